import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';
import {buildReel, chapters, defaultTalk, type ReelStep} from '../../../source/core/replay/reel.js';
import {openTranscript} from '../../../source/io/open-transcript.js';
import {
	floodOf,
	type Row,
	syntheticTranscript,
	talkOf,
} from '../../fixtures/synthetic-transcript.js';

const samplePath = fileURLToPath(new URL('../../../samples/2018-08-27-WeChat.md', import.meta.url));
const sample = openTranscript(samplePath);

const at = (time: string): number => {
	const [h = 0, m = 0, s = 0] = time.split(':').map(Number);
	return h * 3600 + m * 60 + s;
};

function ids(steps: ReelStep[]): Array<number | string> {
	return steps.map((step) => (step.kind === 'message' ? step.id : `flood${step.floodIndex}`));
}

// A talk by Ann with a question from Bob in the middle, then a small flood with a real
// message inside it, then a second talk by Cy.
const rows: Row[] = [
	['10:00:00', 'Host', 'welcome Ann'],
	['10:00:10', 'Ann', 'one'],
	['10:00:20', 'Ann', 'two'],
	['10:00:25', 'Bob', 'a question?'],
	['10:01:30', 'Ann', 'three'],
	['10:02:00', 'Ann', 'four'],
	['10:03:00', 'P1', '签到'],
	['10:03:05', 'P2', '签到'],
	['10:03:06', 'Bob', 'real words'],
	['10:03:10', 'P3', '签到'],
	['11:00:00', 'Cy', 'first'],
	['11:00:30', 'Cy', 'second'],
	['11:01:00', 'Cy', 'third'],
];
const base = syntheticTranscript(rows);
const synthetic = syntheticTranscript(rows, {
	talks: [talkOf(base, 1, 5), talkOf(base, 10, 12)],
	floods: [floodOf(base, [6, 7, 9])],
});

describe('buildReel on the sample', () => {
	it('replays the talk of Eric-Silot-SG as its 47 messages', () => {
		const reel = buildReel(sample, {talk: 0});
		expect(reel.steps).toHaveLength(47);
		expect(reel.title).toBe('Eric-Silot-SG · 19:27:56–19:35:22');
		expect(reel.talkIndex).toBe(0);
		const first = reel.steps[0];
		const last = reel.steps.at(-1);
		expect(first?.kind === 'message' && sample.messages.get(first.id)?.time).toBe('19:27:56');
		expect(last?.kind === 'message' && sample.messages.get(last.id)?.time).toBe('19:35:22');
		expect(last?.seconds).toBe(at('19:35:22'));
	});

	it('trims a clock range to the presenter and gives the same steps', () => {
		const reel = buildReel(sample, {
			from: at('19:00:00'),
			to: at('19:36:00'),
			speaker: 'Eric-Silot-SG',
		});
		expect(ids(reel.steps)).toEqual(ids(buildReel(sample, {talk: 0}).steps));
		expect(reel.title).toBe('Eric-Silot-SG · 19:27:56–19:35:22');
		expect(reel.talkIndex).toBeUndefined();
	});

	it('folds the evening sign-in flood into one step', () => {
		const reel = buildReel(sample, {from: at('18:30:00'), to: at('19:27:00')});
		const floods = reel.steps.filter((step) => step.kind === 'flood');
		expect(floods).toHaveLength(1);
		const inRange = sample.messages
			.toArray()
			.filter((m) => m.seconds >= at('18:30:00') && m.seconds <= at('19:27:00'));
		const folded = sample.floods[floods[0]?.kind === 'flood' ? floods[0].floodIndex : -1];
		expect(folded?.start).toBe('18:33:32');
		expect(reel.steps).toHaveLength(inRange.length - (folded?.ids.length ?? 0) + 1);
	});

	it('keeps steps in clock order', () => {
		const reel = buildReel(sample, {from: 0, to: at('23:59:59')});
		for (let i = 1; i < reel.steps.length; i++) {
			expect(reel.steps[i]?.seconds).toBeGreaterThanOrEqual(reel.steps[i - 1]?.seconds ?? 0);
		}
	});
});

describe('buildReel on a synthetic day', () => {
	it('includes the listeners between the presenter messages of a talk', () => {
		expect(ids(buildReel(synthetic, {talk: 0}).steps)).toEqual([1, 2, 3, 4, 5]);
	});

	it('folds a flood where it starts and keeps the real message inside it', () => {
		const reel = buildReel(synthetic, {from: at('10:02:00'), to: at('10:59:00')});
		expect(ids(reel.steps)).toEqual([5, 'flood0', 8]);
		expect(reel.steps[1]).toEqual({
			kind: 'flood',
			floodIndex: 0,
			firstId: 6,
			lastId: 9,
			seconds: at('10:03:00'),
		});
		expect(reel.title).toBe('10:02:00–10:03:10');
	});

	it('trims to the speaker, or keeps only the speaker', () => {
		const range = {from: 0, to: at('12:00:00'), speaker: 'Ann'};
		expect(ids(buildReel(synthetic, range).steps)).toEqual([1, 2, 3, 4, 5]);
		expect(ids(buildReel(synthetic, {...range, onlySpeaker: true}).steps)).toEqual([1, 2, 4, 5]);
		expect(buildReel(synthetic, {...range, speaker: 'Nobody'}).steps).toEqual([]);
	});

	it('gives an empty reel for a talk that does not exist or an empty range', () => {
		expect(buildReel(synthetic, {talk: 7}).steps).toEqual([]);
		expect(buildReel(synthetic, {talk: -1}).steps).toEqual([]);
		expect(buildReel(synthetic, {from: at('12:00:00'), to: at('13:00:00')}).steps).toEqual([]);
	});
});

describe('chapters and defaultTalk', () => {
	it('lists one chapter per talk', () => {
		expect(chapters(synthetic)).toEqual([
			{talkIndex: 0, speaker: 'Ann', start: '10:00:10', end: '10:02:00', count: 4},
			{talkIndex: 1, speaker: 'Cy', start: '11:00:00', end: '11:01:00', count: 3},
		]);
		expect(chapters(sample)).toEqual([
			{talkIndex: 0, speaker: 'Eric-Silot-SG', start: '19:27:56', end: '19:35:22', count: 47},
		]);
	});

	it('picks the talk under the cursor, else the longest', () => {
		expect(defaultTalk(synthetic, 11)).toBe(1);
		expect(defaultTalk(synthetic, 3)).toBe(0);
		expect(defaultTalk(synthetic, 8)).toBe(0);
		expect(defaultTalk(synthetic)).toBe(0);
		expect(defaultTalk(syntheticTranscript(rows))).toBeUndefined();
		expect(defaultTalk(sample, 0)).toBe(0);
	});
});
