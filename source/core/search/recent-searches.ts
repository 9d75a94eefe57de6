// Typing narrows: a message holding `spri` holds `spr`, and a run of characters spelling the
// pinyin `tku` starts with a run spelling `tk` (the last character of a match may take any
// prefix of its syllable, the others their initial or whole syllable, so a match cut short
// is still one). A query that contains an earlier one therefore only needs to check the
// earlier one's substring hits, and letters that extend earlier letters the earlier pinyin
// hits. fuse.js's candidates narrow too while the number of errors it allows stays the same
// (an occurrence of `sprin` with one edit holds one of `spri` with at most one). The last few
// plain searches are kept for that (and for Backspace, back to them).
import type {SearchField} from './query-syntax.js';

/** What one finished plain search found in `field`, positions ascending. */
export type SearchMemo = {
	field: SearchField;
	/** The lower-cased query the substring hits hold. */
	lowerQuery: string;
	/** Positions whose searched strings hold `lowerQuery`. */
	exact: Int32Array;
	/** Pinyin letters of the query, when it is one; with the positions that spell them. */
	letters?: string;
	pinyin?: Int32Array;
	/** The query fuse.js searched, when it allowed errors; with its candidates (fuzzy-candidates.ts). */
	fuzzyQuery?: string;
	fuzzy?: Int32Array;
};

/** Searches kept; a few cover typing a word and backing up over it. */
const kept = 8;
/** Positions kept over all of them, so that huge results do not pile up. */
const keptPositions = 2_000_000;

export class RecentSearches {
	#memos: SearchMemo[] = [];

	/**
	 * The search with the fewest substring hits among those whose query `lowerQuery` holds: its
	 * hits hold every substring hit of `lowerQuery`. Undefined when there is none.
	 */
	exactWithin(field: SearchField, lowerQuery: string): SearchMemo | undefined {
		let best: SearchMemo | undefined;
		for (const memo of this.#memos) {
			if (memo.field !== field || !lowerQuery.includes(memo.lowerQuery)) continue;
			if (!best || memo.exact.length < best.exact.length) best = memo;
		}
		return best;
	}

	/** The fewest positions known to hold every pinyin hit of `letters`, if any. */
	pinyinWithin(field: SearchField, letters: string): Int32Array | undefined {
		return this.#smallest(
			(memo) =>
				memo.field === field && memo.letters !== undefined && letters.startsWith(memo.letters),
			(memo) => memo.pinyin,
		);
	}

	/**
	 * The fewest positions known to hold every fuzzy candidate of `fuzzyQuery`: those of a
	 * query it contains that allowed as many errors (fewer would miss some, more is wasted).
	 */
	fuzzyWithin(
		field: SearchField,
		fuzzyQuery: string,
		errors: (query: string) => number | undefined,
	): Int32Array | undefined {
		const own = errors(fuzzyQuery);
		if (own === undefined) return undefined;
		return this.#smallest(
			(memo) =>
				memo.field === field &&
				memo.fuzzyQuery !== undefined &&
				fuzzyQuery.includes(memo.fuzzyQuery) &&
				errors(memo.fuzzyQuery) === own,
			(memo) => memo.fuzzy,
		);
	}

	remember(memo: SearchMemo): void {
		const memos = [memo, ...this.#memos.filter((each) => !sameSearch(each, memo))];
		let total = 0;
		this.#memos = memos.slice(0, kept).filter((each, order) => {
			total += each.exact.length + (each.pinyin?.length ?? 0) + (each.fuzzy?.length ?? 0);
			return order === 0 || total <= keptPositions;
		});
	}

	#smallest(
		covers: (memo: SearchMemo) => boolean,
		positions: (memo: SearchMemo) => Int32Array | undefined,
	): Int32Array | undefined {
		let best: Int32Array | undefined;
		for (const memo of this.#memos) {
			const own = covers(memo) ? positions(memo) : undefined;
			if (own && (!best || own.length < best.length)) best = own;
		}
		return best;
	}
}

function sameSearch(a: SearchMemo, b: SearchMemo): boolean {
	return a.field === b.field && a.lowerQuery === b.lowerQuery;
}
