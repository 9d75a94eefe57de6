import {useCallback, useEffect, useRef} from 'react';
import {
	createSearchIndex,
	createSearchIndexSteps,
	type SearchIndex,
	searchAsync,
} from '../core/search/index.js';
import {appendHits, sharedPrefix} from '../core/search/merge-results.js';
import type {MessageStore} from '../core/transcript/message-store.js';
import type {Transcript} from '../core/transcript/types.js';
import type {Action} from '../state/reducer.js';
import {readerSearchOptions} from '../state/search-commands.js';

/**
 * The index over the first `count` messages, built in steps; messages appended since (a
 * followed chat) get a small one at search time.
 */
type Built = {
	messages: MessageStore;
	count: number;
	steps: Generator<undefined, SearchIndex>;
	index?: SearchIndex;
};

/** A followed chat rebuilds the big index only once this many messages came after it. */
function tailLimit(count: number): number {
	return Math.max(2000, Math.floor(count / 8));
}

/** The longest a slice of the index build holds the event loop. */
const sliceMs = 6;
/** The same while a search waits for the build. */
const searchSliceMs = 16;

const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

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
	const searched = useRef<{query: string; messages: MessageStore}>(undefined);

	const building = useCallback((): Built => {
		const current = built.current;
		const reusable =
			current &&
			messages.length - current.count <= tailLimit(current.count) &&
			sharedPrefix(current.messages, messages) >= current.count;
		if (!reusable) {
			built.current = {
				messages,
				count: messages.length,
				steps: createSearchIndexSteps(messages),
			};
		}
		return built.current!;
	}, [messages]);

	/**
	 * The index once built: a search typed before the build ends steps it on in slices of its
	 * own, so keys keep their frames (a whole build at 1,000,000 messages is seconds).
	 * Undefined when `signal` aborts first.
	 */
	const indexWhenBuilt = useCallback(
		async (signal: AbortSignal): Promise<(Built & {index: SearchIndex}) | undefined> => {
			const current = building();
			while (!current.index) {
				if (signal.aborted) return undefined;
				const until = performance.now() + searchSliceMs;
				while (!current.index && performance.now() < until) {
					const step = current.steps.next();
					if (step.done) current.index = step.value;
				}
				if (!current.index) await nextTurn();
			}
			return current as Built & {index: SearchIndex};
		},
		[building],
	);

	// Built after the first screen, in slices of a few ms between turns of the event loop, so
	// keys pressed meanwhile get their frames (a whole build blocks 0.4-0.6 s at 100,000).
	useEffect(() => {
		let timer: NodeJS.Immediate | NodeJS.Timeout | undefined;
		const slice = (): void => {
			const current = building();
			const until = performance.now() + sliceMs;
			while (!current.index && performance.now() < until) {
				const step = current.steps.next();
				if (step.done) current.index = step.value;
			}
			timer = current.index ? undefined : setImmediate(slice);
		};
		timer = setTimeout(slice, 50);
		return () => {
			clearTimeout(timer as NodeJS.Timeout);
			clearImmediate(timer as NodeJS.Immediate);
		};
	}, [building]);

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
			void (async () => {
				const built = await indexWhenBuilt(signal);
				if (!built) return;
				const {count, index} = built;
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
	}, [indexWhenBuilt, messages, query, resultQuery, dispatch]);
}
