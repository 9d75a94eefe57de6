import {fileURLToPath} from 'node:url';
import {Text} from 'ink';
import {render} from 'ink-testing-library';
import {act, useReducer} from 'react';
import {afterEach, beforeAll, beforeEach, describe, expect, it, vi} from 'vitest';
import {buildReel} from '../../source/core/replay/reel.js';
import {openTranscript} from '../../source/io/open-transcript.js';
import {
	createPresentState,
	type PresentAction,
	type PresentOptions,
	type PresentState,
	presentReducer,
} from '../../source/state/present-state.js';
import {useReplayTimer} from '../../source/ui/present/use-replay-timer.js';

const samplePath = fileURLToPath(new URL('../../samples/2018-08-27-WeChat.md', import.meta.url));
const talk = buildReel(openTranscript(samplePath), {talk: 0});
// Gaps of the talk: 15 s, 12 s, 11 s, … (19:27:56, 19:28:11, 19:28:23, 19:28:34).

type Control = {dispatch: (action: PresentAction) => void; states: PresentState[]};

function Harness({initial, control}: {initial: PresentState; control: Control}) {
	const [state, dispatch] = useReducer(presentReducer, initial);
	useReplayTimer(state, dispatch);
	control.dispatch = dispatch;
	if (control.states.at(-1) !== state) control.states.push(state);
	return (
		<Text>{`${state.index + 1}/${state.reel.steps.length} ${state.playing ? 'playing' : 'paused'}`}</Text>
	);
}

function start(options: PresentOptions) {
	const control: Control = {dispatch: () => {}, states: []};
	let view: ReturnType<typeof render> | undefined;
	act(() => {
		view = render(<Harness initial={createPresentState(talk, options)} control={control} />);
	});
	const advance = (ms: number) => {
		act(() => {
			vi.advanceTimersByTime(ms);
		});
	};
	const send = (action: PresentAction) => {
		act(() => {
			control.dispatch(action);
		});
	};
	const rendered = view!;
	return {view: rendered, control, advance, send, frame: () => rendered.lastFrame() ?? ''};
}

beforeAll(() => {
	(globalThis as {IS_REACT_ACT_ENVIRONMENT?: boolean}).IS_REACT_ACT_ENVIRONMENT = true;
});
beforeEach(() => {
	vi.useFakeTimers();
});
afterEach(() => {
	vi.useRealTimers();
});

describe('useReplayTimer', () => {
	it('plays the talk to the end at 4x with a 5 s idle limit, in order and on time', () => {
		const player = start({speed: 4, idleLimit: 5});
		const startedAt = Date.now();
		const shown: Array<[index: number, at: number]> = [];
		// One timer at a time: jump to it, let React commit, and read where the reel is.
		for (let i = 0; i < 100 && vi.getTimerCount() > 0; i++) {
			act(() => {
				vi.advanceTimersToNextTimer();
			});
			const state = player.control.states.at(-1);
			if (state) shown.push([state.index, Date.now() - startedAt]);
		}
		let at = 0;
		const expected = talk.steps.slice(1).map((step, i): [number, number] => {
			at += (Math.min(5, step.seconds - (talk.steps[i]?.seconds ?? 0)) / 4) * 1000;
			return [i + 1, at];
		});
		expect(shown.map(([index]) => index)).toEqual(expected.map(([index]) => index));
		shown.forEach(([, when], i) => {
			expect(Math.abs(when - (expected[i]?.[1] ?? 0))).toBeLessThanOrEqual(1);
		});
		expect(Date.now() - startedAt).toBeCloseTo(56_250, -1);
		expect(player.frame()).toBe('47/47 paused');
		expect(vi.getTimerCount()).toBe(0);
		act(() => player.view.unmount());
	});

	it('holds on pause and resumes with what was left of the gap', () => {
		const player = start({speed: 1, idleLimit: 0});
		player.advance(15_000);
		expect(player.frame()).toBe('2/47 playing');
		player.advance(5000);
		player.send({type: 'present/toggle'});
		player.advance(600_000);
		expect(player.frame()).toBe('2/47 paused');
		player.send({type: 'present/toggle'});
		player.advance(6999);
		expect(player.frame()).toBe('2/47 playing');
		player.advance(1);
		expect(player.frame()).toBe('3/47 playing');
		act(() => player.view.unmount());
	});

	it('applies a speed change to the wait in progress and the next messages', () => {
		const player = start({speed: 1, idleLimit: 0});
		player.advance(15_000);
		player.advance(4000);
		player.send({type: 'present/faster'});
		player.send({type: 'present/faster'});
		// 8 s of the 12 s gap are left: 2 s at 4x.
		player.advance(1999);
		expect(player.frame()).toBe('2/47 playing');
		player.advance(1);
		expect(player.frame()).toBe('3/47 playing');
		// The next gap, 11 s, takes 2.75 s.
		player.advance(2749);
		expect(player.frame()).toBe('3/47 playing');
		player.advance(1);
		expect(player.frame()).toBe('4/47 playing');
		act(() => player.view.unmount());
	});

	it('restarts the wait after a manual step', () => {
		const player = start({speed: 1, idleLimit: 0});
		player.advance(10_000);
		player.send({type: 'present/next'});
		// Now on message 2, whose gap is 12 s, counted from the step.
		player.advance(11_999);
		expect(player.frame()).toBe('2/47 playing');
		player.advance(1);
		expect(player.frame()).toBe('3/47 playing');
		act(() => player.view.unmount());
	});

	it('stops its timer on unmount', () => {
		const player = start({speed: 1, idleLimit: 0});
		const before = vi.getTimerCount();
		expect(before).toBeGreaterThan(0);
		act(() => player.view.unmount());
		const seen = player.control.states.length;
		player.advance(60_000);
		expect(player.control.states.length).toBe(seen);
	});
});
