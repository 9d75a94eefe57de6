// `n`/`N` over hits held in message order; ids need not be hits themselves (the cursor may
// sit on any message), and both directions wrap around. Each is a binary search over ids:
// no hit is made but the one returned.
import type {HitList} from './hit-list.js';
import type {SearchHit} from './search-types.js';

/** The first hit after message `fromId`, wrapping to the first hit; undefined when none. */
export function nextHit(hits: HitList, fromId: number): SearchHit | undefined {
	return hits.at(hits.indexAtOrAfter(fromId + 1)) ?? hits.at(0);
}

/** The last hit before message `fromId`, wrapping to the last hit; undefined when none. */
export function prevHit(hits: HitList, fromId: number): SearchHit | undefined {
	const before = hits.indexAtOrAfter(fromId) - 1;
	return hits.at(before >= 0 ? before : -1);
}

/** 1-based position of hit `id` and the hit count, for a `3/17` display; 0 when not a hit. */
export function hitPosition(hits: HitList, id: number): {position: number; total: number} {
	const at = hits.indexAtOrAfter(id);
	const found = at < hits.length && hits.idAt(at) === id;
	return {position: found ? at + 1 : 0, total: hits.length};
}

/** The first hit at or after message `fromId`, wrapping to the first hit; undefined when none. */
export function hitAtOrAfter(hits: HitList, fromId: number): SearchHit | undefined {
	return hits.at(hits.indexAtOrAfter(fromId)) ?? hits.at(0);
}
