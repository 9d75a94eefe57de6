import {describe, expect, it} from 'vitest';
import {HitList, hitPosition, nextHit, prevHit} from '../../../source/core/search/index.js';

const hit = (id: number) => ({id, score: 0, textRanges: [], speakerRanges: []});
const hits = HitList.of([hit(3), hit(8), hit(20)]);

describe('hit navigation', () => {
	it('walks forward in time and wraps to the first hit', () => {
		expect(nextHit(hits, 0)?.id).toBe(3);
		expect(nextHit(hits, 3)?.id).toBe(8);
		expect(nextHit(hits, 9)?.id).toBe(20);
		expect(nextHit(hits, 20)?.id).toBe(3);
	});

	it('walks backward and wraps to the last hit', () => {
		expect(prevHit(hits, 20)?.id).toBe(8);
		expect(prevHit(hits, 9)?.id).toBe(8);
		expect(prevHit(hits, 3)?.id).toBe(20);
		expect(prevHit(hits, 0)?.id).toBe(20);
	});

	it('has nothing to visit without hits', () => {
		expect(nextHit(HitList.empty, 5)).toBeUndefined();
		expect(prevHit(HitList.empty, 5)).toBeUndefined();
		expect(hitPosition(HitList.empty, 5)).toEqual({position: 0, total: 0});
	});

	it('numbers the current hit for a 2/3 display', () => {
		expect(hitPosition(hits, 8)).toEqual({position: 2, total: 3});
		expect(hitPosition(hits, 20)).toEqual({position: 3, total: 3});
		expect(hitPosition(hits, 9)).toEqual({position: 0, total: 3});
	});
});
