import {useCallback, useEffect, useRef} from 'react';
import {createSearchIndexSteps, type SearchIndex, searchAsync} from '../core/search/index.js';
import type {Transcript} from '../core/transcript/types.js';
import type {Action} from '../state/reducer.js';
import {readerSearchOptions} from '../state/search-commands.js';

/** The longest a slice of the index build holds the event loop. */
const sliceMs = 6;

/**
 * Runs the search for the current query off the keystroke path: each new query aborts the
 * unfinished one, and the work yields between slices so typing keeps echoing.
 */
export function useSearchRunner(
	transcript: Transcript,
	query: string,
	dispatch: (action: Action) => void,
) {
	const built = useRef<{
		transcript: Transcript;
		steps: Generator<undefined, SearchIndex>;
		index?: SearchIndex;
	}>(undefined);
	const building = useCallback(() => {
		if (built.current?.transcript !== transcript) {
			built.current = {transcript, steps: createSearchIndexSteps(transcript.messages)};
		}
		return built.current;
	}, [transcript]);
	/** The index now: what is left of the build runs at once (a search typed before it ends). */
	const ensureIndex = useCallback(() => {
		const current = building();
		while (!current.index) {
			const step = current.steps.next();
			if (step.done) current.index = step.value;
		}
		return current.index;
	}, [building]);

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
