import {describe, expect, it} from 'vitest';
import {
	createTimeIndex,
	parseClock,
	parseTimeQuery,
} from '../../../source/core/analysis/time-index.js';
import {storeOf} from '../../../source/core/transcript/message-store.js';
import {message, messages} from '../message-factory.js';

describe('parseClock', () => {
	it.each([
		['19:30', 70_200],
		['19:30:15', 70_215],
		['9:05', 32_700],
		['09:05', 32_700],
		[' 0:00 ', 0],
		['23:59:59', 86_399],
		['19：30', 70_200],
		['19', 68_400],
		['9', 32_400],
	])('reads %j as %d', (query, seconds) => {
		expect(parseClock(query)).toBe(seconds);
	});

	it.each([
		'',
		'1930',
		'24',
		'24:00',
		'19:60',
		'19:30:60',
		'19:3',
		'19:30:1',
		'noon',
		'-1:00',
		'19:30pm',
	])('refuses %j', (query) => {
		expect(parseClock(query)).toBeUndefined();
	});
});

describe('parseTimeQuery', () => {
	it('reads a clock alone on day 0', () => {
		expect(parseTimeQuery('19:30')).toEqual({seconds: 70_200});
		expect(parseTimeQuery('19:30', '2018-08-27')).toEqual({seconds: 70_200});
	});

	it('places a date and a clock relative to the base date', () => {
		expect(parseTimeQuery('2018-08-27 19:30', '2018-08-27')).toEqual({seconds: 70_200});
		expect(parseTimeQuery('2018-08-28T00:10', '2018-08-27')).toEqual({seconds: 87_000});
		expect(parseTimeQuery('2018-08-26 23:00', '2018-08-27')).toEqual({seconds: -3600});
		expect(parseTimeQuery('2018-09-01', '2018-08-27')).toEqual({seconds: 5 * 86_400});
	});

	it('refuses a date it cannot place, or that does not exist', () => {
		expect(parseTimeQuery('2018-08-27 19:30')).toBeUndefined();
		expect(parseTimeQuery('2018-08-27 19:30', '')).toBeUndefined();
		expect(parseTimeQuery('2018-02-30 10:00', '2018-02-01')).toBeUndefined();
		expect(parseTimeQuery('2018-08-27 25:00', '2018-08-27')).toBeUndefined();
		expect(parseTimeQuery('2018-08-27 19:30 extra', '2018-08-27')).toBeUndefined();
		expect(parseTimeQuery('', '2018-08-27')).toBeUndefined();
	});
});

describe('createTimeIndex', () => {
	const day = messages([
		['08:49:51', 'a'],
		['08:49:53', 'a'],
		['09:00:00', 'a'],
		['09:00:00', 'a'],
		['12:03:01', 'a'],
		['19:27:56', 'a'],
	]);
	const index = createTimeIndex(storeOf(day));

	it('finds the first message at or after a time', () => {
		expect(index.atOrAfter(0)).toBe(0);
		expect(index.atOrAfter(8 * 3600 + 49 * 60 + 52)).toBe(1);
		expect(index.atOrAfter(9 * 3600)).toBe(2);
		expect(index.atOrAfter(10 * 3600)).toBe(4);
		expect(index.atOrAfter(19 * 3600 + 27 * 60 + 56)).toBe(5);
	});

	it('clamps past the end and answers -1 when empty', () => {
		expect(index.atOrAfter(86_399)).toBe(5);
		expect(createTimeIndex(storeOf([])).atOrAfter(0)).toBe(-1);
		expect(createTimeIndex(storeOf([])).hourStarts()).toEqual([]);
		expect(createTimeIndex(storeOf([])).nextHour(0)).toBeUndefined();
	});

	it('stays monotonic where the clock steps backwards', () => {
		const stepped = [
			message(0, '10:00:00', 'a'),
			message(1, '10:05:00', 'a'),
			message(2, '10:01:00', 'a'),
			message(3, '10:02:00', 'a'),
			message(4, '10:10:00', 'a'),
		];
		const stepIndex = createTimeIndex(storeOf(stepped));
		expect(stepIndex.atOrAfter(10 * 3600 + 60)).toBe(1);
		expect(stepIndex.atOrAfter(10 * 3600 + 6 * 60)).toBe(4);
		const answers = [0, 60, 120, 300, 400, 600].map((offset) =>
			stepIndex.atOrAfter(36_000 + offset),
		);
		expect(answers).toEqual([...answers].sort((a, b) => a - b));
	});

	it('lists the first message of every hour that has messages', () => {
		expect(index.hourStarts()).toEqual([0, 2, 4, 5]);
	});

	it('moves to the next and previous hour', () => {
		expect(index.nextHour(0)).toBe(2);
		expect(index.nextHour(3)).toBe(4);
		expect(index.nextHour(5)).toBeUndefined();
		expect(index.prevHour(5)).toBe(4);
		expect(index.prevHour(3)).toBe(2);
		expect(index.prevHour(0)).toBeUndefined();
	});

	it('keeps hours of later days apart', () => {
		const twoDays = [
			message(0, '23:10:00', 'a', 'x', 83_400),
			message(1, '23:10:00', 'a', 'x', 169_800),
		];
		expect(createTimeIndex(storeOf(twoDays)).hourStarts()).toEqual([0, 1]);
	});
});
