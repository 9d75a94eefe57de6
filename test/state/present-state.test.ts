import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest';
import {buildReel, type Reel} from '../../source/core/replay/reel.js';
import {nextDelayMs} from '../../source/core/replay/replay-clock.js';
import {
	createPresentState,
	type PresentAction,
	type PresentState,
	presentReducer,
} from '../../source/state/present-state.js';
import {type Row, syntheticTranscript, talkOf} from '../fixtures/synthetic-transcript.js';
import {sample as loadSample} from '../helpers/sample.js';

const sample = loadSample();
const talk = buildReel(sample, {talk: 0});
const gaps = talk.steps.slice(1).map((step, i) => step.seconds - (talk.steps[i]?.seconds ?? 0));

const run = (state: PresentState, ...actions: PresentAction[]) =>
	actions.reduce(presentReducer, state);

/** The hook's job in miniature: one timeout per step while playing. */
function player(initial: PresentState) {
	let state = initial;
	let timer: ReturnType<typeof setTimeout> | undefined;
	const start = Date.now();
	const shown: Array<{index: number; at: number}> = [];
	const schedule = () => {
		clearTimeout(timer);
		timer = undefined;
		if (!state.playing || state.finished) return;
		timer = setTimeout(
			() => {
				dispatch({type: 'present/tick'});
			},
			nextDelayMs(state.reel, state.index, state.speed, state.idleLimit),
		);
	};
	const dispatch = (action: PresentAction) => {
		const before = state.index;
		state = presentReducer(state, action);
		if (state.index !== before) shown.push({index: state.index, at: Date.now() - start});
		schedule();
	};
	schedule();
	return {
		dispatch,
		shown,
		get state() {
			return state;
		},
	};
}

describe('presentReducer', () => {
	const fresh = () => createPresentState(talk, {playing: false, speed: 1, idleLimit: 5});

	it('starts on the first step, paused when asked', () => {
		const state = fresh();
		expect(state).toMatchObject({
			index: 0,
			playing: false,
			speed: 1,
			idleLimit: 5,
			finished: false,
		});
		expect(createPresentState(talk).playing).toBe(true);
	});

	it('steps forward and back within the reel', () => {
		expect(run(fresh(), {type: 'present/next'}, {type: 'present/next'}).index).toBe(2);
		expect(run(fresh(), {type: 'present/prev'}).index).toBe(0);
		const end = run(fresh(), {type: 'present/end'});
		expect(end).toMatchObject({index: 46, finished: true, playing: false});
		expect(run(end, {type: 'present/next'}).index).toBe(46);
		expect(run(end, {type: 'present/prev'})).toMatchObject({index: 45, finished: false});
		expect(run(end, {type: 'present/home'})).toMatchObject({index: 0, finished: false});
	});

	it('seeks by tenths', () => {
		const state = run(fresh(), {type: 'present/next'}, {type: 'present/seek', digit: 5});
		expect(state.index).toBe(23);
		expect(run(state, {type: 'present/seek', digit: 0}).index).toBe(0);
		expect(run(state, {type: 'present/seek', digit: 9}).index).toBe(42);
	});

	it('finishes and stops on the last step; play again restarts', () => {
		const playing = run(fresh(), {type: 'present/toggle'}, {type: 'present/seek', digit: 9});
		expect(playing.playing).toBe(true);
		let state = playing;
		for (let i = 0; i < 10; i++) state = presentReducer(state, {type: 'present/tick'});
		expect(state).toMatchObject({index: 46, finished: true, playing: false});
		expect(run(state, {type: 'present/toggle'})).toMatchObject({
			index: 0,
			playing: true,
			finished: false,
		});
	});

	it('ignores a tick while paused', () => {
		const state = fresh();
		expect(presentReducer(state, {type: 'present/tick'})).toBe(state);
	});

	it('changes speed by doubling and halving', () => {
		const state = run(fresh(), {type: 'present/faster'}, {type: 'present/faster'});
		expect(state.speed).toBe(4);
		expect(
			run(state, {type: 'present/slower'}, {type: 'present/slower'}, {type: 'present/slower'})
				.speed,
		).toBe(0.5);
	});

	it('moves between talks by chapter', () => {
		const rows: Row[] = [
			['10:00:00', 'Ann', 'a1'],
			['10:00:10', 'Ann', 'a2'],
			['10:00:20', 'Bob', 'q'],
			['11:00:00', 'Cy', 'c1'],
			['11:00:05', 'Cy', 'c2'],
		];
		const base = syntheticTranscript(rows);
		const transcript = syntheticTranscript(rows, {talks: [talkOf(base, 0, 1), talkOf(base, 3, 4)]});
		const first = createPresentState(buildReel(transcript, {talk: 0}), {playing: false});
		const second = run(
			first,
			{type: 'present/next'},
			{type: 'present/chapter', delta: 1, transcript},
		);
		expect(second).toMatchObject({index: 0, finished: false});
		expect(second.reel.talkIndex).toBe(1);
		expect(run(second, {type: 'present/chapter', delta: 1, transcript})).toBe(second);
		expect(run(second, {type: 'present/chapter', delta: -1, transcript}).reel.talkIndex).toBe(0);
		// From a clock range: the next talk after the message on screen.
		const range = createPresentState(buildReel(transcript, {from: 0, to: 36_020}), {
			playing: false,
		});
		expect(run(range, {type: 'present/chapter', delta: 1, transcript}).reel.talkIndex).toBe(1);
	});

	it('handles an empty reel without moving', () => {
		const empty: Reel = {steps: [], title: ''};
		const state = createPresentState(empty);
		expect(state).toMatchObject({index: 0, playing: false, finished: true});
		expect(
			run(state, {type: 'present/toggle'}, {type: 'present/next'}, {type: 'present/end'}).index,
		).toBe(0);
	});

	it('opens another reel from its start', () => {
		const state = run(
			fresh(),
			{type: 'present/end'},
			{type: 'present/open', reel: talk, playing: true},
		);
		expect(state).toMatchObject({index: 0, playing: true, finished: false});
	});
});

describe('playing the sample talk on a fake clock', () => {
	beforeEach(() => {
		vi.useFakeTimers();
	});
	afterEach(() => {
		vi.useRealTimers();
	});

	const expectedTimes = (speed: number, idleLimit: number) => {
		let at = 0;
		return gaps.map((gap, i) => {
			at += ((idleLimit > 0 ? Math.min(gap, idleLimit) : gap) / speed) * 1000;
			return {index: i + 1, at};
		});
	};

	for (const [speed, idleLimit, total] of [
		[1, 0, 446_000],
		[4, 5, 56_250],
		[64, 5, 3515.625],
	] as const) {
		it(`shows all 47 messages in order at ${speed}x (idle limit ${idleLimit})`, () => {
			const play = player(createPresentState(talk, {speed, idleLimit}));
			vi.advanceTimersByTime(total - 100);
			expect(play.state.finished).toBe(false);
			vi.advanceTimersByTime(200);
			expect(play.state).toMatchObject({index: 46, finished: true, playing: false});
			expect(play.shown.map((s) => s.index)).toEqual(gaps.map((_, i) => i + 1));
			const expected = expectedTimes(speed, idleLimit);
			play.shown.forEach((s, i) => {
				expect(Math.abs(s.at - (expected[i]?.at ?? 0))).toBeLessThanOrEqual(i + 1);
			});
			expect(vi.getTimerCount()).toBe(0);
		});
	}

	it('holds while paused and resumes', () => {
		const play = player(createPresentState(talk, {speed: 1, idleLimit: 0}));
		vi.advanceTimersByTime(15_000);
		expect(play.state.index).toBe(1);
		play.dispatch({type: 'present/toggle'});
		vi.advanceTimersByTime(600_000);
		expect(play.state.index).toBe(1);
		play.dispatch({type: 'present/toggle'});
		vi.advanceTimersByTime(12_000);
		expect(play.state.index).toBe(2);
	});

	it('uses a new speed for the next message', () => {
		const play = player(createPresentState(talk, {speed: 1, idleLimit: 0}));
		vi.advanceTimersByTime(15_000);
		play.dispatch({type: 'present/faster'});
		play.dispatch({type: 'present/faster'});
		// The 12 s gap after message 2 now lasts 3 s.
		vi.advanceTimersByTime(2999);
		expect(play.state.index).toBe(1);
		vi.advanceTimersByTime(1);
		expect(play.state.index).toBe(2);
	});

	it('steps manually while playing and keeps playing from there', () => {
		const play = player(createPresentState(talk, {speed: 1, idleLimit: 0}));
		play.dispatch({type: 'present/seek', digit: 9});
		expect(play.state.index).toBe(42);
		play.dispatch({type: 'present/prev'});
		expect(play.state.index).toBe(41);
		vi.advanceTimersByTime((gaps[41] ?? 0) * 1000);
		expect(play.state.index).toBe(42);
	});
});
