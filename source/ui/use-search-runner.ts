import {useCallback, useEffect, useRef} from 'react';
import {createSearchIndex, type SearchIndex, searchAsync} from '../core/search/index.js';
import type {Transcript} from '../core/transcript/types.js';
import type {Action} from '../state/reducer.js';
import {readerSearchOptions} from '../state/search-commands.js';

/**
 * Runs the search for the current query off the keystroke path: each new query aborts the
 * unfinished one, and the work yields between slices so typing keeps echoing.
 */
export function useSearchRunner(
	transcript: Transcript,
	query: string,
	dispatch: (action: Action) => void,
) {
	const built = useRef<{transcript: Transcript; index: SearchIndex}>(undefined);
	const ensureIndex = useCallback(() => {
		if (built.current?.transcript !== transcript) {
			built.current = {transcript, index: createSearchIndex(transcript.messages)};
		}
		return built.current.index;
	}, [transcript]);

	// Built once the first screen is up (0.4-0.6 s at 100,000 messages), not on the first '/'.
	useEffect(() => {
		const timer = setTimeout(ensureIndex, 50);
		return () => clearTimeout(timer);
	}, [ensureIndex]);

	useEffect(() => {
		if (!query) return;
		const controller = new AbortController();
		// Yield once first, so a burst of keys collapses into one search.
		const timer = setImmediate(() => {
			void searchAsync(ensureIndex(), query, controller.signal, readerSearchOptions).then(
				(result) => {
					if (result && !controller.signal.aborted) dispatch({type: 'search-result', result});
				},
			);
		});
		return () => {
			clearImmediate(timer);
			controller.abort();
		};
	}, [ensureIndex, query, dispatch]);
}
