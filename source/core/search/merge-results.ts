// Following a live chat: the search runs over the new messages only and its hits are added
// to the result it already has.
import type {MessageStore} from '../transcript/message-store.js';
import type {HitList} from './hit-list.js';
import type {SearchResult} from './search-types.js';

/** How many leading messages two transcripts share unchanged (a live append). */
export function sharedPrefix(before: MessageStore, after: MessageStore): number {
	return before.sharedPrefix(after);
}

/** The index of the best-scoring hit (the first of equals), or -1. */
export function bestHit(hits: HitList): number {
	let best = -1;
	let bestScore = Number.POSITIVE_INFINITY;
	for (let order = 0; order < hits.length; order++) {
		const score = hits.at(order)!.score;
		if (score < bestScore) {
			best = order;
			bestScore = score;
		}
	}
	return best;
}

/**
 * A result whose best hit is found when first asked: that reads every hit's score, which for
 * a fuzzy hit asks fuse.js, and nothing on the way from a keystroke to the screen needs it.
 */
export function searchResultOf(query: string, hits: HitList): SearchResult {
	let best: number | undefined;
	const result = {query, hits} as SearchResult;
	Object.defineProperty(result, 'best', {
		enumerable: true,
		get: () => {
			best ??= bestHit(hits);
			return best;
		},
	});
	return result;
}

/** `earlier`'s hits before message `from`, then `later`'s (which start at `from`). */
export function appendHits(earlier: SearchResult, later: SearchResult, from: number): SearchResult {
	return searchResultOf(
		earlier.query,
		earlier.hits.slice(0, earlier.hits.indexAtOrAfter(from)).concat(later.hits),
	);
}
