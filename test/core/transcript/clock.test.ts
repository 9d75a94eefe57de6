import {describe, expect, it} from 'vitest';
import {addDays, assignClock} from '../../../source/core/transcript/clock.js';
import type {Message} from '../../../source/core/transcript/types.js';

const at = (time: string, id = 0): Message => ({
	id,
	line: id + 1,
	time,
	seconds: 0,
	day: 0,
	speaker: 's',
	rawSpeaker: 's',
	kind: 'text',
	text: 't',
	raw: 't',
});

const clock = (times: string[], date?: string) => assignClock(times.map(at), date);

describe('assignClock', () => {
	it('counts seconds from midnight and stamps the date', () => {
		const [m] = clock(['08:49:51'], '2018-08-27');
		expect(m).toMatchObject({
			seconds: 8 * 3600 + 49 * 60 + 51,
			day: 0,
			timestamp: '2018-08-27T08:49:51',
		});
	});

	it('leaves the timestamp out without a date', () => {
		expect(clock(['08:00:00'])[0]?.timestamp).toBeUndefined();
	});

	it('rolls over to the next day when time jumps back by more than an hour', () => {
		const out = clock(['23:50:00', '00:05:00', '00:06:00'], '2018-08-31');
		expect(out.map((m) => [m.day, m.seconds, m.timestamp])).toEqual([
			[0, 85_800, '2018-08-31T23:50:00'],
			[1, 86_700, '2018-09-01T00:05:00'],
			[1, 86_760, '2018-09-01T00:06:00'],
		]);
	});

	it('keeps small backward steps on the same day, in file order', () => {
		const out = clock(['12:30:00', '12:00:00', '12:31:00']);
		expect(out.map((m) => [m.day, m.seconds])).toEqual([
			[0, 45_000],
			[0, 43_200],
			[0, 45_060],
		]);
	});

	it('compares with the previous message, not the latest time seen', () => {
		const out = clock(['23:50:00', '23:10:00', '00:05:00']);
		expect(out.map((m) => m.day)).toEqual([0, 0, 1]);
	});

	it("keeps a clock that runs backwards on the file's date and reports each step back", () => {
		const problems: {line: number; problem: string}[] = [];
		const out = assignClock(
			['20:00:00', '18:00:00', '16:00:00', '14:00:00'].map(at),
			'2018-08-27',
			problems,
		);
		expect(out.map((m) => m.timestamp?.slice(0, 10))).toEqual(Array(4).fill('2018-08-27'));
		expect(problems).toEqual([
			{line: 2, problem: 'clock runs backwards at line 2'},
			{line: 3, problem: 'clock runs backwards at line 3'},
			{line: 4, problem: 'clock runs backwards at line 4'},
		]);
	});

	it('still takes a wrap past midnight, or a quiet night, as the next day, silently', () => {
		const problems: {line: number; problem: string}[] = [];
		const out = assignClock(
			['23:59:00', '00:01:00', '22:00:00', '08:00:00'].map(at),
			'x',
			problems,
		);
		expect(out.map((m) => m.day)).toEqual([0, 1, 1, 2]);
		expect(problems).toEqual([]);
	});

	it('does not change its input', () => {
		const input = [at('23:00:00'), at('01:00:00', 1)];
		assignClock(input, '2018-01-01');
		expect(input[1]).toMatchObject({day: 0, seconds: 0});
	});
});

describe('addDays', () => {
	it('crosses month and year ends, and leap days', () => {
		expect(addDays('2018-12-31', 1)).toBe('2019-01-01');
		expect(addDays('2016-02-28', 1)).toBe('2016-02-29');
		expect(addDays('2017-02-28', 1)).toBe('2017-03-01');
		expect(addDays('2018-08-27', 0)).toBe('2018-08-27');
	});

	it('does not read years below 100 as 19xx', () => {
		expect(addDays('0018-01-31', 1)).toBe('0018-02-01');
	});

	it('returns undefined for no date', () => {
		expect(addDays('someday', 1)).toBeUndefined();
	});
});
