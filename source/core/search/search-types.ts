import type {SearchField} from './query-syntax.js';

/** A character range `[start, end)` in UTF-16 indices. */
export type CharRange = [number, number];

export type SearchHit = {
	/** `Message.id` of the hit. */
	id: number;
	/** 0 is a perfect hit, 1 the worst; exact substring hits score below pinyin hits, which score below fuzzy ones. */
	score: number;
	/** Ranges to highlight in `message.text`, sorted and merged. */
	textRanges: CharRange[];
	/** Ranges to highlight in `message.speaker`, sorted and merged. */
	speakerRanges: CharRange[];
};

export type SearchResult = {
	query: string;
	/** In message order, for `n`/`N`. */
	hits: SearchHit[];
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
