import {describe, expect, it, vi} from 'vitest';
import {HitList} from '../../../source/core/search/hit-list.js';
import {createSearchIndex, searchSync} from '../../../source/core/search/index.js';
import {storeOf} from '../../../source/core/transcript/message-store.js';
import {message} from '../search-fixtures.js';

const hit = (id: number) => ({id, score: id / 100, textRanges: [], speakerRanges: []});

/** A lazy list over ids, counting the hits it makes. */
function lazy(ids: number[]) {
	const make = vi.fn((index: number) => hit(ids[index]!));
	return {list: new HitList(ids.length, (index) => ids[index]!, make), make};
}

describe('HitList', () => {
	it('reads ids without making hits, and makes each hit once', () => {
		const {list, make} = lazy([2, 5, 9, 14]);
		expect(list.idAt(2)).toBe(9);
		expect(list.indexAtOrAfter(6)).toBe(2);
		expect(list.indexAtOrAfter(15)).toBe(4);
		expect(make).not.toHaveBeenCalled();
		expect(list.at(-1)?.id).toBe(14);
		expect(list.at(3)).toBe(list.at(-1));
		expect(list.at(4)).toBeUndefined();
		expect(make).toHaveBeenCalledTimes(1);
	});

	it('slices, filters and joins as views over the same hits', () => {
		const {list, make} = lazy([2, 5, 9, 14]);
		const head = list.slice(0, list.indexAtOrAfter(9));
		expect(head.map((each) => each.id)).toEqual([2, 5]);
		const odd = list.filterIds((id) => id % 2 === 1);
		expect([odd.length, odd.idAt(0), odd.idAt(1)]).toEqual([2, 5, 9]);
		expect(odd.at(0)).toBe(list.at(1));
		const joined = head.concat(HitList.of([hit(20)]));
		expect(joined.map((each) => each.id)).toEqual([2, 5, 20]);
		expect(list.slice(0)).toBe(list);
		expect(list.filterIds(() => true)).toBe(list);
		expect(make).toHaveBeenCalledTimes(2);
	});

	it('stays one step from its hits however often a followed search is cut and joined', () => {
		// The first leaf measures how deep the call that reads its id is.
		let depth = 0;
		const measured = new HitList(
			1,
			() => {
				const limit = Error.stackTraceLimit;
				Error.stackTraceLimit = Number.POSITIVE_INFINITY;
				depth = (new Error().stack ?? '').split('\n').length;
				Error.stackTraceLimit = limit;
				return 0;
			},
			() => hit(0),
		);
		measured.idAt(0);
		const direct = depth;
		let list = measured;
		for (let id = 1; id <= 2000; id++) {
			list = list.slice(0, list.indexAtOrAfter(id)).concat(HitList.of([hit(id)]));
		}
		expect(list.length).toBe(2001);
		expect(list.idAt(1234)).toBe(1234);
		expect(list.at(-1)?.id).toBe(2000);
		list.idAt(0);
		expect(depth - direct).toBeLessThanOrEqual(3);
		const even = list.filterIds((id) => id % 2 === 0).slice(1, 3);
		expect(even.map((each) => each.id)).toEqual([2, 4]);
		expect(even.at(0)).toBe(list.at(2));
	});

	it('holds a search matching every message, in message order', () => {
		const many = Array.from({length: 5000}, (_, i) => message(i, 'wood', `spring ${i}`));
		const index = createSearchIndex(storeOf(many));
		const result = searchSync(index, 'spring');
		expect(result.hits.length).toBe(5000);
		expect(result.hits.idAt(4321)).toBe(4321);
		expect([...result.hits].length).toBe(5000);
		expect(result.hits.at(4321)?.textRanges).toEqual([[0, 6]]);
	});
});
