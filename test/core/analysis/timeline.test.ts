import {describe, expect, it} from 'vitest';
import {activityBuckets, bucketOf, defaultRange} from '../../../source/core/analysis/timeline.js';
import {storeOf} from '../../../source/core/transcript/message-store.js';
import {message, messages} from '../message-factory.js';

describe('activityBuckets', () => {
	it('spans the whole day by default, for a one-day transcript', () => {
		const day = messages([
			['00:00:00', 'a'],
			['05:59:59', 'a'],
			['06:00:00', 'a'],
			['19:30:00', 'a'],
			['23:59:59', 'a'],
		]);
		expect(activityBuckets(storeOf(day), 4)).toEqual([2, 1, 0, 2]);
		expect(activityBuckets(storeOf(day), 24)[19]).toBe(1);
	});

	it('spans first to last message when the transcript passes midnight', () => {
		const day = [
			message(0, '22:00:00', 'a', 'x', 79_200),
			message(1, '02:00:00', 'a', 'x', 93_600),
		];
		expect(defaultRange(storeOf(day))).toEqual({start: 79_200, end: 93_601});
		expect(activityBuckets(storeOf(day), 2)).toEqual([1, 1]);
	});

	it('counts only the messages inside an explicit range', () => {
		const day = messages([
			['08:00:00', 'a'],
			['19:00:00', 'a'],
			['19:45:00', 'a'],
			['20:00:00', 'a'],
		]);
		expect(activityBuckets(storeOf(day), 2, {start: 19 * 3600, end: 20 * 3600})).toEqual([1, 1]);
	});

	it('gives zeros for an empty day and nothing for no buckets', () => {
		expect(activityBuckets(storeOf([]), 3)).toEqual([0, 0, 0]);
		expect(activityBuckets(storeOf(messages([['10:00:00', 'a']])), 0)).toEqual([]);
		expect(activityBuckets(storeOf(messages([['10:00:00', 'a']])), Number.NaN)).toEqual([]);
	});

	it('does not mind a clock that steps backwards', () => {
		const day = messages([
			['10:00:00', 'a'],
			['09:59:00', 'a'],
			['13:00:00', 'a'],
		]);
		expect(activityBuckets(storeOf(day), 2, {start: 9 * 3600, end: 15 * 3600})).toEqual([2, 1]);
	});
});

describe('bucketOf', () => {
	const range = {start: 0, end: 86_400};

	it('maps seconds to their bucket', () => {
		expect(bucketOf(0, 24, range)).toBe(0);
		expect(bucketOf(19 * 3600 + 1799, 24, range)).toBe(19);
		expect(bucketOf(86_399, 24, range)).toBe(23);
	});

	it('clamps outside the range and survives an empty range', () => {
		expect(bucketOf(-5, 24, range)).toBe(0);
		expect(bucketOf(200_000, 24, range)).toBe(23);
		expect(bucketOf(10, 24, {start: 10, end: 10})).toBe(0);
	});
});
