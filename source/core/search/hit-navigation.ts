// `n`/`N` over hits held in message order; ids need not be hits themselves (the cursor may
// sit on any message), and both directions wrap around.
import type {SearchHit} from './search-types.js';

type HasId = Pick<SearchHit, 'id'>;

/** The first hit after message `fromId`, wrapping to the first hit; undefined when none. */
export function nextHit<T extends HasId>(hits: readonly T[], fromId: number): T | undefined {
	return hits.find((hit) => hit.id > fromId) ?? hits[0];
}

/** The last hit before message `fromId`, wrapping to the last hit; undefined when none. */
export function prevHit<T extends HasId>(hits: readonly T[], fromId: number): T | undefined {
	return hits.findLast((hit) => hit.id < fromId) ?? hits.at(-1);
}

/** 1-based position of hit `id` and the hit count, for a `3/17` display; 0 when not a hit. */
export function hitPosition(hits: readonly HasId[], id: number): {position: number; total: number} {
	let low = 0;
	let high = hits.length - 1;
	while (low <= high) {
		const middle = (low + high) >> 1;
		const middleId = hits[middle]!.id;
		if (middleId === id) return {position: middle + 1, total: hits.length};
		if (middleId < id) low = middle + 1;
		else high = middle - 1;
	}
	return {position: 0, total: hits.length};
}

/** The first hit at or after message `fromId`, wrapping to the first hit; undefined when none. */
export function hitAtOrAfter<T extends HasId>(hits: readonly T[], fromId: number): T | undefined {
	return hits.find((hit) => hit.id >= fromId) ?? hits[0];
}
