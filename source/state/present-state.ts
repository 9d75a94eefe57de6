// The presentation slice: which step of which reel is on screen, and how the replay runs.
import {buildReel, type Reel, type ReelPlayback, stepMessageId} from '../core/replay/reel.js';
import {clampSpeed, fasterSpeed, seekPercent, slowerSpeed} from '../core/replay/replay-clock.js';
import type {Transcript} from '../core/transcript/types.js';
import {defaults} from './defaults.js';

export type PresentState = ReelPlayback & {
	/** The last step is on screen; the replay has stopped. */
	finished: boolean;
};

export type PresentAction =
	| {type: 'present/open'; reel: Reel; playing?: boolean}
	| {type: 'present/toggle'}
	| {type: 'present/next'}
	| {type: 'present/prev'}
	| {type: 'present/faster'}
	| {type: 'present/slower'}
	| {type: 'present/seek'; digit: number}
	| {type: 'present/home'}
	| {type: 'present/end'}
	| {type: 'present/tick'}
	| {type: 'present/chapter'; delta: 1 | -1; transcript: Transcript};

export type PresentOptions = {playing?: boolean; speed?: number; idleLimit?: number};

/** Marks the last step as finished (and stopped), any other step as not finished. */
function settle(state: PresentState): PresentState {
	const last = state.reel.steps.length - 1;
	const index = Math.min(Math.max(0, state.index), Math.max(0, last));
	const finished = index >= last;
	return {...state, index, finished, playing: finished ? false : state.playing};
}

export function createPresentState(reel: Reel, options: PresentOptions = {}): PresentState {
	return settle({
		reel,
		index: 0,
		playing: options.playing ?? true,
		speed: clampSpeed(options.speed ?? defaults.speed),
		idleLimit: options.idleLimit ?? defaults.idleLimit,
		finished: false,
	});
}

/** The talk a chapter step lands on, or undefined when there is none that way. */
function chapterTarget(state: PresentState, transcript: Transcript, delta: 1 | -1) {
	const {talks} = transcript;
	const current = state.reel.talkIndex;
	if (current !== undefined) {
		const target = current + delta;
		return target >= 0 && target < talks.length ? target : undefined;
	}
	// A reel that is not a talk: move relative to the message on screen.
	const step = state.reel.steps[state.index];
	const id = step ? stepMessageId(step) : 0;
	if (delta > 0) {
		const target = talks.findIndex((t) => t.firstId > id);
		return target >= 0 ? target : undefined;
	}
	const target = talks.findLastIndex((t) => t.firstId < id);
	return target >= 0 ? target : undefined;
}

export function presentReducer(state: PresentState, action: PresentAction): PresentState {
	switch (action.type) {
		case 'present/open':
			return settle({
				...state,
				reel: action.reel,
				index: 0,
				playing: action.playing ?? state.playing,
			});
		case 'present/toggle':
			if (state.reel.steps.length === 0) {
				return state;
			}
			if (state.finished) {
				// Play again from the start, like a player at the end of its track.
				return settle({...state, index: 0, playing: true});
			}
			return {...state, playing: !state.playing};
		case 'present/next':
			return settle({...state, index: state.index + 1});
		case 'present/prev':
			return settle({...state, index: state.index - 1});
		case 'present/tick':
			// A timer that fired after a pause or a manual step must not move the reel.
			return state.playing ? settle({...state, index: state.index + 1}) : state;
		case 'present/faster':
			return {...state, speed: fasterSpeed(state.speed)};
		case 'present/slower':
			return {...state, speed: slowerSpeed(state.speed)};
		case 'present/seek':
			return settle({...state, index: seekPercent(state.reel, action.digit)});
		case 'present/home':
			return settle({...state, index: 0});
		case 'present/end':
			return settle({...state, index: state.reel.steps.length - 1});
		case 'present/chapter': {
			const target = chapterTarget(state, action.transcript, action.delta);
			if (target === undefined) {
				return state;
			}
			return settle({
				...state,
				reel: buildReel(action.transcript, {talk: target}),
				index: 0,
			});
		}
		default: {
			const unknown: never = action;
			return unknown;
		}
	}
}
