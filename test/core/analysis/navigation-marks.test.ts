import {describe, expect, it} from 'vitest';
import {nextMark, prevMark, sectionStarts} from '../../../source/core/analysis/navigation-marks.js';
import type {Flood, Talk} from '../../../source/core/transcript/types.js';

const talk = (firstId: number): Talk => ({
	speaker: 's',
	start: '00:00:00',
	end: '00:00:00',
	count: 15,
	firstId,
	lastId: firstId + 20,
});

const flood = (firstId: number): Flood => ({
	start: '00:00:00',
	end: '00:00:00',
	count: 5,
	firstId,
	lastId: firstId + 5,
	ids: [firstId],
	tokens: [{token: '签到', count: 5}],
	people: 5,
});

describe('sectionStarts', () => {
	it('merges talk and flood starts, sorted and unique', () => {
		expect(sectionStarts([talk(301), talk(40)], [flood(215), flood(6), flood(40)])).toEqual([
			6, 40, 215, 301,
		]);
	});

	it('is empty without talks and floods', () => {
		expect(sectionStarts([], [])).toEqual([]);
	});
});

describe('nextMark and prevMark', () => {
	const marks = [6, 215, 301];

	it('moves to the next mark strictly after the id', () => {
		expect(nextMark(marks, 0)).toBe(6);
		expect(nextMark(marks, 6)).toBe(215);
		expect(nextMark(marks, 214)).toBe(215);
		expect(nextMark(marks, 301)).toBeUndefined();
	});

	it('moves to the previous mark strictly before the id', () => {
		expect(prevMark(marks, 400)).toBe(301);
		expect(prevMark(marks, 301)).toBe(215);
		expect(prevMark(marks, 7)).toBe(6);
		expect(prevMark(marks, 6)).toBeUndefined();
	});

	it('finds nothing among no marks', () => {
		expect(nextMark([], 3)).toBeUndefined();
		expect(prevMark([], 3)).toBeUndefined();
	});
});
