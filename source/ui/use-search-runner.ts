import {useEffect} from 'react';
import {sharedPrefix} from '../core/search/merge-results.js';
import type {Transcript} from '../core/transcript/types.js';
import type {Action} from '../state/reducer.js';
import type {ReaderSearch} from './reader-search.js';

/** The longest a slice of the index build holds the event loop. */
const sliceMs = 6;

/**
 * Runs the search for the current query off the keystroke path when the reducer could not
 * answer it at once (reader-search.ts): each new query aborts the unfinished one, and the
 * work yields between slices so typing keeps echoing. When a followed chat grows, only the
 * new messages are searched and their hits appended.
 */
export function useSearchRunner(
	search: ReaderSearch,
	transcript: Transcript,
	query: string,
	/** The query the state's current result belongs to. */
	resultQuery: string | undefined,
	dispatch: (action: Action) => void,
	/** Called when a build of the index ends (not when a finished one is reused). */
	onBuilt?: () => void,
) {
	const {messages} = transcript;

	// Built after the first screen, in slices of a few ms between turns of the event loop, so
	// keys pressed meanwhile get their frames (a whole build blocks 0.4-0.6 s at 100,000).
	useEffect(() => {
		let timer: NodeJS.Immediate | NodeJS.Timeout | undefined;
		if (search.buildFor(messages, 0)) return;
		const slice = (): void => {
			const built = search.buildFor(messages, sliceMs);
			timer = built ? undefined : setImmediate(slice);
			if (built) onBuilt?.();
		};
		timer = setTimeout(slice, 50);
		return () => {
			clearTimeout(timer as NodeJS.Timeout);
			clearImmediate(timer as NodeJS.Immediate);
		};
	}, [search, messages, onBuilt]);

	useEffect(() => {
		if (!query) {
			search.searched = undefined;
			return;
		}
		const before = search.searched;
		const appending = before?.query === query && resultQuery === query;
		if (appending && before.messages === messages) return;
		const controller = new AbortController();
		const {signal} = controller;
		const finish = (action: Action) => {
			if (signal.aborted) return;
			search.searched = {query, messages};
			dispatch(action);
		};
		// Yield once first, so a burst of keys (or of appends) collapses into one search.
		const timer = setImmediate(() => {
			if (appending) {
				const from = sharedPrefix(before.messages, messages);
				void search.searchFrom(query, messages, from, signal).then((result) => {
					if (result) finish({type: 'search-append', query, from, hits: result.hits});
				});
				return;
			}
			void search.search(query, messages, signal).then((result) => {
				if (result) finish({type: 'search-result', result});
			});
		});
		return () => {
			clearImmediate(timer);
			controller.abort();
		};
	}, [search, messages, query, resultQuery, dispatch]);
}
