// One pending timeout at a time: while playing, wait out the gap after the current step, then
// dispatch `present/tick`. A speed change mid-gap rescales only what is left of it, and a
// pause keeps what was already waited, so resuming does not start the gap over.
import {useEffect, useRef} from 'react';
import type {Reel} from '../../core/replay/reel.js';
import {remainingDelayMs} from '../../core/replay/replay-clock.js';
import type {PresentAction, PresentState} from '../../state/present-state.js';

type Progress = {reel: Reel; index: number; consumedSeconds: number};

const stopped: PresentState = {
	reel: {steps: [], title: ''},
	index: 0,
	playing: false,
	speed: 1,
	idleLimit: 0,
	finished: true,
};

/** `state` is undefined when no presentation is open: then no timer runs. */
export function useReplayTimer(
	state: PresentState | undefined,
	dispatch: (action: PresentAction) => void,
): void {
	const {reel, index, speed, idleLimit, playing, finished} = state ?? stopped;
	const progress = useRef<Progress>({reel, index, consumedSeconds: 0});
	if (progress.current.reel !== reel || progress.current.index !== index) {
		progress.current = {reel, index, consumedSeconds: 0};
	}

	useEffect(() => {
		if (!playing || finished) {
			return;
		}
		const current = progress.current;
		const delay = remainingDelayMs(reel, index, speed, idleLimit, current.consumedSeconds);
		const startedAt = Date.now();
		const timer = setTimeout(() => {
			dispatch({type: 'present/tick'});
		}, delay);
		return () => {
			clearTimeout(timer);
			current.consumedSeconds += ((Date.now() - startedAt) / 1000) * speed;
		};
	}, [reel, index, speed, idleLimit, playing, finished, dispatch]);
}
