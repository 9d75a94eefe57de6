export {hitAtOrAfter, hitPosition, nextHit, prevHit} from './hit-navigation.js';
export {searchAsync, searchSync} from './run-search.js';
export {createSearchIndex, type SearchIndex} from './search-index.js';
export type {CharRange, SearchHit, SearchOptions, SearchResult} from './search-types.js';
