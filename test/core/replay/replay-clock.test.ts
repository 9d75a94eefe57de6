import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';
import {buildReel, type Reel} from '../../../source/core/replay/reel.js';
import {
	cappedGapSeconds,
	clampSpeed,
	fasterSpeed,
	formatDuration,
	formatSpeed,
	nextDelayMs,
	remainingDelayMs,
	seekPercent,
	slowerSpeed,
	totalMs,
} from '../../../source/core/replay/replay-clock.js';
import {openTranscript} from '../../../source/io/open-transcript.js';

const samplePath = fileURLToPath(new URL('../../../samples/2018-08-27-WeChat.md', import.meta.url));
const talk = buildReel(openTranscript(samplePath), {talk: 0});

function reelAt(...seconds: number[]): Reel {
	return {steps: seconds.map((s, id) => ({kind: 'message', id, seconds: s})), title: 't'};
}

describe('nextDelayMs', () => {
	const reel = reelAt(0, 10, 12, 100, 100);

	it('waits the gap to the next step, divided by the speed', () => {
		expect(nextDelayMs(reel, 1, 1, 0)).toBe(2000);
		expect(nextDelayMs(reel, 1, 4, 0)).toBe(500);
		expect(nextDelayMs(reel, 0, 0.5, 0)).toBe(20_000);
	});

	it('caps the original gap by the idle limit before dividing by the speed', () => {
		expect(nextDelayMs(reel, 2, 1, 5)).toBe(5000);
		expect(nextDelayMs(reel, 2, 2, 5)).toBe(2500);
		expect(nextDelayMs(reel, 2, 64, 5)).toBeCloseTo(78.125);
		// A gap under the limit is not touched.
		expect(nextDelayMs(reel, 1, 1, 5)).toBe(2000);
	});

	it('is zero for messages in the same second and on the last step', () => {
		expect(nextDelayMs(reel, 3, 1, 5)).toBe(0);
		expect(nextDelayMs(reel, 4, 1, 5)).toBe(0);
		expect(nextDelayMs(reel, 99, 1, 5)).toBe(0);
	});

	it('never goes negative when the clock steps back', () => {
		expect(cappedGapSeconds(reelAt(50, 40), 0, 0)).toBe(0);
	});

	it('rescales only what is left of a gap', () => {
		expect(remainingDelayMs(reel, 0, 1, 0, 4)).toBe(6000);
		expect(remainingDelayMs(reel, 0, 2, 0, 4)).toBe(3000);
		expect(remainingDelayMs(reel, 0, 2, 0, 40)).toBe(0);
	});
});

describe('totalMs on the sample talk', () => {
	it('plays 446 seconds without an idle limit', () => {
		expect(talk.steps).toHaveLength(47);
		expect(totalMs(talk, 0, 1, 0)).toBe(446_000);
		expect(totalMs(talk, 0, 4, 0)).toBe(111_500);
	});

	it('shortens the 30 s and 32 s pauses with an idle limit', () => {
		expect(totalMs(talk, 0, 1, 5)).toBe(225_000);
		expect(totalMs(talk, 0, 1, 10)).toBe(355_000);
		expect(totalMs(talk, 0, 64, 5)).toBeCloseTo(225_000 / 64);
	});

	it('counts only what is left from a step', () => {
		expect(totalMs(talk, 45, 1, 0)).toBe(32_000);
		expect(totalMs(talk, 46, 1, 0)).toBe(0);
	});
});

describe('speed', () => {
	it('doubles up to 64 and halves down to 0.25', () => {
		const up = [1];
		for (let i = 0; i < 8; i++) up.push(fasterSpeed(up.at(-1) ?? 1));
		expect(up).toEqual([1, 2, 4, 8, 16, 32, 64, 64, 64]);
		const down = [1];
		for (let i = 0; i < 4; i++) down.push(slowerSpeed(down.at(-1) ?? 1));
		expect(down).toEqual([1, 0.5, 0.25, 0.25, 0.25]);
	});

	it('clamps nonsense', () => {
		expect(clampSpeed(Number.NaN)).toBe(1);
		expect(clampSpeed(0)).toBe(0.25);
		expect(clampSpeed(1000)).toBe(64);
		expect(clampSpeed(3)).toBe(3);
	});

	it('formats speeds and durations', () => {
		expect(formatSpeed(1)).toBe('1x');
		expect(formatSpeed(4)).toBe('4x');
		expect(formatSpeed(0.25)).toBe('0.25x');
		expect(formatDuration(92_000)).toBe('1:32');
		expect(formatDuration(0)).toBe('0:00');
		expect(formatDuration(400)).toBe('0:01');
		expect(formatDuration(3_725_000)).toBe('62:05');
		expect(formatDuration(Number.NaN)).toBe('0:00');
	});
});

describe('seekPercent', () => {
	it('lands on tenths of the talk', () => {
		expect(seekPercent(talk, 0)).toBe(0);
		expect(seekPercent(talk, 5)).toBe(23);
		expect(seekPercent(talk, 9)).toBe(42);
	});

	it('stays inside short and empty reels', () => {
		expect(seekPercent(reelAt(1), 9)).toBe(0);
		expect(seekPercent(reelAt(), 5)).toBe(0);
		expect(seekPercent(reelAt(1, 2, 3), 12)).toBe(2);
		expect(seekPercent(reelAt(1, 2, 3), -3)).toBe(0);
	});
});
