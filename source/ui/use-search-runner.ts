import {useCallback, useEffect, useRef} from 'react';
import {createSearchIndexSteps, type SearchIndex, searchAsync} from '../core/search/index.js';
import type {Transcript} from '../core/transcript/types.js';
import type {Action} from '../state/reducer.js';
import {readerSearchOptions} from '../state/search-commands.js';

/** The longest a slice of the index build holds the event loop. */
const sliceMs = 6;
/** The same while a search waits for the build. */
const searchSliceMs = 16;

const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

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
	/**
	 * The index once built: a search typed before the build ends steps it on in slices of its
	 * own, so keys keep their frames (a whole build at 1,000,000 messages is seconds).
	 * Undefined when `signal` aborts first.
	 */
	const indexWhenBuilt = useCallback(
		async (signal: AbortSignal): Promise<SearchIndex | undefined> => {
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
			return current.index;
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
		if (!query) return;
		const controller = new AbortController();
		// Yield once first, so a burst of keys collapses into one search.
		const timer = setImmediate(async () => {
			const index = await indexWhenBuilt(controller.signal);
			if (!index) return;
			const result = await searchAsync(index, query, controller.signal, readerSearchOptions);
			if (result && !controller.signal.aborted) dispatch({type: 'search-result', result});
		});
		return () => {
			clearImmediate(timer);
			controller.abort();
		};
	}, [indexWhenBuilt, query, dispatch]);
}
