import {useCallback, useEffect, useRef} from 'react';
import {createSearchIndex, type SearchIndex, searchAsync} from '../core/search/index.js';
import {appendHits, sharedPrefix} from '../core/search/merge-results.js';
import type {Message, Transcript} from '../core/transcript/types.js';
import type {Action} from '../state/reducer.js';
import {readerSearchOptions} from '../state/search-commands.js';

/** The index over the first `count` messages; messages appended since get a small one. */
type Built = {messages: readonly Message[]; count: number; index: SearchIndex};

/** A followed chat rebuilds the big index only once this many messages came after it. */
function tailLimit(count: number): number {
	return Math.max(2000, Math.floor(count / 8));
}

/**
 * Runs the search for the current query off the keystroke path: each new query aborts the
 * unfinished one, and the work yields between slices so typing keeps echoing. When a
 * followed chat grows, only the new messages are searched and their hits appended.
 */
export function useSearchRunner(
	transcript: Transcript,
	query: string,
	/** The query the state's current result belongs to. */
	resultQuery: string | undefined,
	dispatch: (action: Action) => void,
) {
	const {messages} = transcript;
	const built = useRef<Built>(undefined);
	/** What the state's result covers: the query and the messages it searched. */
	const searched = useRef<{query: string; messages: readonly Message[]}>(undefined);

	const ensureIndex = useCallback((): Built => {
		const current = built.current;
		const reusable =
			current &&
			messages.length - current.count <= tailLimit(current.count) &&
			sharedPrefix(current.messages, messages) >= current.count;
		if (!reusable) {
			built.current = {messages, count: messages.length, index: createSearchIndex(messages)};
		}
		return built.current!;
	}, [messages]);

	// Built once the first screen is up (0.4-0.6 s at 100,000 messages), not on the first '/'.
	useEffect(() => {
		const timer = setTimeout(ensureIndex, 50);
		return () => clearTimeout(timer);
	}, [ensureIndex]);

	useEffect(() => {
		if (!query) {
			searched.current = undefined;
			return;
		}
		const before = searched.current;
		const appending = before?.query === query && resultQuery === query;
		if (appending && before.messages === messages) return;
		const controller = new AbortController();
		const {signal} = controller;
		const finish = (action: Action) => {
			if (signal.aborted) return;
			searched.current = {query, messages};
			dispatch(action);
		};
		// Yield once first, so a burst of keys (or of appends) collapses into one search.
		const timer = setImmediate(() => {
			if (appending) {
				const from = sharedPrefix(before.messages, messages);
				const index = createSearchIndex(messages.slice(from));
				void searchAsync(index, query, signal, readerSearchOptions).then((result) => {
					if (result) finish({type: 'search-append', query, from, hits: result.hits});
				});
				return;
			}
			const {count, index} = ensureIndex();
			void (async () => {
				const head = await searchAsync(index, query, signal, readerSearchOptions);
				if (!head || count === messages.length) {
					if (head) finish({type: 'search-result', result: head});
					return;
				}
				const tail = await searchAsync(
					createSearchIndex(messages.slice(count)),
					query,
					signal,
					readerSearchOptions,
				);
				if (tail) finish({type: 'search-result', result: appendHits(head, tail, count)});
			})();
		});
		return () => {
			clearImmediate(timer);
			controller.abort();
		};
	}, [ensureIndex, messages, query, resultQuery, dispatch]);
}
