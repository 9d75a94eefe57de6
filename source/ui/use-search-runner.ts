import {useEffect, useRef} from 'react';
import {createSearchIndex, type SearchIndex, searchAsync} from '../core/search/index.js';
import type {Transcript} from '../core/types.js';
import type {Action} from '../state/reducer.js';

/**
 * Runs the search for the current query off the keystroke path: each new query aborts the
 * unfinished one, and the work yields between slices so typing keeps echoing.
 */
export function useSearchRunner(
	transcript: Transcript,
	query: string,
	dispatch: (action: Action) => void,
) {
	const index = useRef<{transcript: Transcript; index: SearchIndex}>(undefined);
	useEffect(() => {
		if (!query) return;
		const controller = new AbortController();
		// Yield once first, so a burst of keys collapses into one search.
		const timer = setImmediate(() => {
			if (index.current?.transcript !== transcript) {
				index.current = {transcript, index: createSearchIndex(transcript.messages)};
			}
			void searchAsync(index.current.index, query, controller.signal).then((result) => {
				if (result && !controller.signal.aborted) dispatch({type: 'search-result', result});
			});
		});
		return () => {
			clearImmediate(timer);
			controller.abort();
		};
	}, [transcript, query, dispatch]);
}
