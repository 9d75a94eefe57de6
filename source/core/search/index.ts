export {HitList} from './hit-list.js';
export {hitAtOrAfter, hitPosition, nextHit, prevHit} from './hit-navigation.js';
export {searchAsync, searchSync} from './run-search.js';
export {createSearchIndex, createSearchIndexSteps, type SearchIndex} from './search-index.js';
export {asSearchSource, messageSource, type SearchSource} from './search-source.js';
export type {CharRange, SearchHit, SearchOptions, SearchResult} from './search-types.js';
