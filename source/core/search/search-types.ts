import type {HitList} from './hit-list.js';

export type {CharRange, SearchHit} from './hit-list.js';

import type {SearchField} from './query-syntax.js';

export type SearchResult = {
	query: string;
	/** In message order, for `n`/`N`. */
	hits: HitList;
	/** Index into `hits` of the best-scoring hit, or -1 when there are none. */
	best: number;
	/** Why the query could not run (a bad regular expression). */
	error?: string;
};

export type SearchOptions = {
	/** Keep at most this many hits (the best-scoring ones), still returned in message order. */
	limit?: number;
	/**
	 * Where a query without `@` looks: `both` (the default) the text and the speaker's name,
	 * `text` the text only (the reader's choice). `@query` always searches names only.
	 */
	fields?: SearchField;
};
