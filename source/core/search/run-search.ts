import {collectHits} from './collect-hits.js';
import {lowerSameLength} from './highlight-ranges.js';
import {HitList} from './hit-list.js';
import {parseQuery} from './query-syntax.js';
import {plainFound} from './search-engine.js';
import {extendedSearch, regexSearch} from './search-extended.js';
import type {SearchIndex} from './search-index.js';
import type {SearchOptions, SearchResult} from './search-types.js';

/** The search as steps: plain, extended (fzf's terms) or a regular expression. */
export function* runSearch(
	index: SearchIndex,
	query: string,
	options: SearchOptions,
): Generator<void, SearchResult, void> {
	const parsed = parseQuery(query, options.fields);
	switch (parsed.kind) {
		case 'empty':
			return {query, hits: HitList.empty, best: -1};
		case 'regex':
			return yield* regexSearch(index, query, parsed, options);
		case 'extended':
			return yield* extendedSearch(index, query, parsed, options);
		default: {
			const found = yield* plainFound(index, parsed.text, parsed.field);
			const lowerQuery = lowerSameLength(parsed.text);
			return yield* collectHits(index, query, lowerQuery, found, options, parsed.field);
		}
	}
}

const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * Runs search steps to their end, yielding to the event loop every `sliceMs` (after every step
 * when 0). Resolves to undefined once `signal` is aborted, so a new keystroke can supersede it.
 */
export async function stepsAsync(
	steps: Generator<void, SearchResult, void>,
	signal: AbortSignal,
	sliceMs = 0,
): Promise<SearchResult | undefined> {
	for (;;) {
		if (signal.aborted) return undefined;
		const until = performance.now() + sliceMs;
		for (;;) {
			const step = steps.next();
			if (step.done) return step.value;
			if (performance.now() >= until) break;
		}
		await nextTurn();
	}
}

/**
 * The same search as `searchSync`, yielding to the event loop between slices of messages.
 * Resolves to undefined once `signal` is aborted, so a new keystroke can supersede it.
 */
export function searchAsync(
	index: SearchIndex,
	query: string,
	signal: AbortSignal,
	options: SearchOptions = {},
): Promise<SearchResult | undefined> {
	return stepsAsync(runSearch(index, query, options), signal);
}

/** The whole search at once; prefer `searchAsync` on large transcripts. */
export function searchSync(
	index: SearchIndex,
	query: string,
	options: SearchOptions = {},
): SearchResult {
	const steps = runSearch(index, query, options);
	for (;;) {
		const step = steps.next();
		if (step.done) return step.value;
	}
}
