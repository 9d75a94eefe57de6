import {runSearch} from './search-engine.js';
import type {SearchIndex} from './search-index.js';
import type {SearchOptions, SearchResult} from './search-types.js';

const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * The same search as `searchSync`, yielding to the event loop between slices of messages.
 * Resolves to undefined once `signal` is aborted, so a new keystroke can supersede it.
 */
export async function searchAsync(
	index: SearchIndex,
	query: string,
	signal: AbortSignal,
	options: SearchOptions = {},
): Promise<SearchResult | undefined> {
	const steps = runSearch(index, query, options);
	for (;;) {
		if (signal.aborted) return undefined;
		const step = steps.next();
		if (step.done) return step.value;
		await nextTurn();
	}
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
