// Issue #10: a folder is many days; a time, a talk and its size belong to their own day.
import {copyFileSync, mkdtempSync, readdirSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';
import {buildReel, talkSize} from '../../source/core/replay/reel.js';
import {openHistory} from '../../source/io/open-history.js';
import {progressLine, titleLine} from '../../source/layout/present-layout.js';
import {lineText} from '../../source/layout/screen-line.js';
import {talkSummary} from '../../source/layout/talk-summary.js';
import {cursorMessageId} from '../../source/state/pane-navigation.js';
import {createReducer} from '../../source/state/reducer.js';
import {initialState} from '../../source/state/view-state.js';
import {syntheticTranscript} from '../fixtures/synthetic-transcript.js';

const samples = fileURLToPath(new URL('../../samples', import.meta.url));

function history() {
	const dir = mkdtempSync(join(tmpdir(), 'chatreel-days-'));
	for (const name of readdirSync(samples).filter((n) => /\.(md|markdown)$/.test(n))) {
		copyFileSync(join(samples, name), join(dir, name));
	}
	return openHistory(dir);
}

const transcript = history();
const reducer = createReducer({});

function typed(query: string): string[] {
	return [':', ...[...query].map((c) => (c === ' ' ? 'space' : c)), 'enter'];
}

describe('a time without a date is on the day at the cursor', () => {
	it('on the first day', () => {
		const state = initialState(transcript, {width: 100, height: 30});
		const jumped = reducer(state, {type: 'keys', keys: typed('10:00')});
		expect(transcript.messages.get(cursorMessageId(jumped))?.timestamp?.slice(0, 13)).toBe(
			'2017-12-22T10',
		);
	});

	it('on a later day, that day, not the first', () => {
		const state = initialState(transcript, {width: 100, height: 30});
		const later = reducer(state, {type: 'keys', keys: typed('2018-08-27 08:00')});
		expect(transcript.messages.get(cursorMessageId(later))?.timestamp?.slice(0, 10)).toBe(
			'2018-08-27',
		);
		const jumped = reducer(later, {type: 'keys', keys: typed('19:30')});
		expect(transcript.messages.get(cursorMessageId(jumped))?.timestamp).toBe('2018-08-27T19:30:08');
		const back = reducer(jumped, {type: 'keys', keys: typed('2018-05-03 19:16')});
		const again = reducer(back, {type: 'keys', keys: typed('14:00')});
		expect(transcript.messages.get(cursorMessageId(again))?.timestamp?.slice(0, 10)).toBe(
			'2018-05-03',
		);
	});

	it('a date still chooses the day', () => {
		const state = initialState(transcript, {width: 100, height: 30});
		const jumped = reducer(state, {type: 'keys', keys: typed('2018-05-03 19:16')});
		expect(transcript.messages.get(cursorMessageId(jumped))?.timestamp?.slice(0, 10)).toBe(
			'2018-05-03',
		);
	});
});

describe('talks carry their own date', () => {
	it('the presentation header shows the talk day, not the first day', () => {
		const last = transcript.talks.length - 1;
		const title = lineText(titleLine(buildReel(transcript, {talk: last}), transcript, 100));
		expect(title).toContain(`talk ${last + 1}/${transcript.talks.length} · 2018-08-27`);
		expect(title).not.toContain('2017-12-22');
	});

	it('the talk list line carries the date in a history', () => {
		const talk = transcript.talks.at(-1)!;
		expect(talkSummary(transcript, talk, true)).toBe(
			'2018-08-27 19:27:56–19:35:22  47 messages, 47 by Eric-Silot-SG',
		);
	});
});

describe('one talk size, the same in the list and in the replay', () => {
	// Ann presents; Bob and a two-message flood interrupt her inside the talk.
	const day = syntheticTranscript(
		[
			['20:00:00', 'Ann', 'part one'],
			['20:00:30', 'Bob', 'a question'],
			['20:01:00', 'Cat', '收到'],
			['20:01:05', 'Dan', '收到'],
			['20:02:00', 'Ann', 'part two'],
			['20:03:00', 'Ann', 'part three'],
			['20:04:00', 'Ann', '以上就是我的分享'],
		],
		{
			talks: [
				{speaker: 'Ann', start: '20:00:00', end: '20:04:00', count: 4, firstId: 0, lastId: 6},
			],
			floods: [
				{
					start: '20:01:00',
					end: '20:01:05',
					count: 2,
					firstId: 2,
					lastId: 3,
					ids: [2, 3],
					tokens: [{token: '收到', count: 2}],
					people: 2,
				},
			],
		},
	);

	it('the list says all messages and the presenter’s share', () => {
		expect(talkSize(day.talks[0]!)).toBe(7);
		expect(talkSummary(day, day.talks[0]!, false)).toBe('20:00:00–20:04:00  7 messages, 4 by Ann');
	});

	it('the replay counts the same 7, a folded flood as its two messages', () => {
		const reel = buildReel(day, {talk: 0});
		expect(reel.steps).toHaveLength(6);
		const playback = {reel, playing: false, speed: 1, idleLimit: 2};
		expect(lineText(progressLine({...playback, index: 0}, 80))).toContain(' 1/7 ');
		expect(lineText(progressLine({...playback, index: 2}, 80))).toContain(' 4/7 ');
		expect(lineText(progressLine({...playback, index: 5}, 80))).toContain(' 7/7 ');
	});
});
