export {hitPosition, nextHit, prevHit} from './hit-navigation.js';
export {searchAsync} from './search-async.js';
export {createSearchIndex, type SearchIndex, searchSync} from './search-index.js';
export type {CharRange, SearchHit, SearchOptions, SearchResult} from './search-types.js';
