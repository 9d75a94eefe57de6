// A search's hits in message order, without an object per hit: a keystroke that matches
// 100,000 messages makes one typed array, and a hit's object (its score and highlights) is
// made when something reads it: the rows on screen, `n`/`N`, the results list. Ids are read
// without making hits, so navigation and counts stay cheap.

/** A character range `[start, end)` in UTF-16 indices. */
export type CharRange = [number, number];

export type SearchHit = {
	/** `Message.id` of the hit. */
	id: number;
	/** 0 is a perfect hit, 1 the worst; exact substring hits score below pinyin hits, which score below fuzzy ones. */
	score: number;
	/** Ranges to highlight in `message.text`, sorted and merged. */
	textRanges: CharRange[];
	/** Ranges to highlight in `message.speaker`, sorted and merged. */
	speakerRanges: CharRange[];
};

/** Which hits of which lists a derived list holds: entry `i` is hit `index[i]` of `leaves[which[i]]`. */
type Picks = {leaves: HitList[]; which: Int32Array | undefined; index: Int32Array};

export class HitList implements Iterable<SearchHit> {
	/** An empty list. */
	static readonly empty: HitList = HitList.of([]);

	/** A list over hits already made (extended and regular-expression searches, tests). */
	static of(hits: readonly SearchHit[]): HitList {
		return new HitList(
			hits.length,
			(index) => hits[index]!.id,
			(index) => hits[index]!,
		);
	}

	/**
	 * A list of hits of other lists. It points at the lists that make hits (never at another
	 * derived list), so a followed chat's search, sliced and joined at every append, reads each
	 * hit through one step however long it runs.
	 */
	static #picked(picks: Picks): HitList {
		const {leaves, which, index} = picks;
		const leafOf = (at: number): HitList => leaves[which ? which[at]! : 0]!;
		const list = new HitList(
			index.length,
			(at) => leafOf(at).idAt(index[at]!),
			(at) => leafOf(at).at(index[at]!)!,
		);
		list.#picks = picks;
		return list;
	}

	readonly length: number;
	readonly #idAt: (index: number) => number;
	readonly #make: (index: number) => SearchHit;
	/** Hits made so far, by index: reading one twice gives the same object. */
	readonly #made = new Map<number, SearchHit>();
	/** Set on a derived list: what it picks from the lists that make hits. */
	#picks: Picks | undefined;

	/** `idAt` must rise with the index (message order); `make` is called once per index. */
	constructor(length: number, idAt: (index: number) => number, make: (index: number) => SearchHit) {
		this.length = length;
		this.#idAt = idAt;
		this.#make = make;
	}

	/** The id of the hit at `index` (0 ≤ index < length), without making the hit. */
	idAt(index: number): number {
		return this.#idAt(index);
	}

	/** The hit at `index`, counting from the end when negative, like `Array.prototype.at`. */
	at(index: number): SearchHit | undefined {
		const at = index < 0 ? this.length + index : index;
		if (at < 0 || at >= this.length) return undefined;
		// A derived list's hits are its leaves' (made and kept there).
		if (this.#picks) return this.#make(at);
		let hit = this.#made.get(at);
		if (!hit) {
			hit = this.#make(at);
			this.#made.set(at, hit);
		}
		return hit;
	}

	/** The index of the first hit whose id is `id` or more; `length` when there is none. */
	indexAtOrAfter(id: number): number {
		let low = 0;
		let high = this.length;
		while (low < high) {
			const middle = (low + high) >> 1;
			if (this.#idAt(middle) < id) low = middle + 1;
			else high = middle;
		}
		return low;
	}

	/** This list's hits at `positions` (ascending), as a list over the same hits. */
	#pick(positions: Int32Array): HitList {
		const picks = this.#picks;
		if (!picks) return HitList.#picked({leaves: [this], which: undefined, index: positions});
		const {leaves, which, index} = picks;
		return HitList.#picked({
			leaves,
			which: which && positions.map((at) => which[at]!),
			index: positions.map((at) => index[at]!),
		});
	}

	/** The picks of this list: itself whole when it makes its own hits. */
	#allPicks(): Picks {
		return (
			this.#picks ?? {
				leaves: [this],
				which: undefined,
				index: Int32Array.from({length: this.length}, (_, at) => at),
			}
		);
	}

	/** The hits from `start` up to `end` (exclusive), as a list over this one's hits. */
	slice(start: number, end = this.length): HitList {
		const from = Math.max(0, Math.min(this.length, start));
		const to = Math.max(from, Math.min(this.length, end));
		if (from === 0 && to === this.length) return this;
		return this.#pick(Int32Array.from({length: to - from}, (_, at) => from + at));
	}

	/** The hits whose ids pass `keep`, as a list over this one's hits (no hit is made). */
	filterIds(keep: (id: number) => boolean): HitList {
		const kept: number[] = [];
		for (let index = 0; index < this.length; index++) {
			if (keep(this.#idAt(index))) kept.push(index);
		}
		if (kept.length === this.length) return this;
		return this.#pick(Int32Array.from(kept));
	}

	/** This list, then `later`'s hits (whose ids all come after this one's). */
	concat(later: HitList): HitList {
		if (later.length === 0) return this;
		if (this.length === 0) return later;
		const first = this.#allPicks();
		const second = later.#allPicks();
		const leaves = [...first.leaves, ...second.leaves];
		const shift = first.leaves.length;
		const which = new Int32Array(this.length + later.length);
		if (first.which) which.set(first.which);
		for (let at = 0; at < later.length; at++) {
			which[this.length + at] = (second.which ? second.which[at]! : 0) + shift;
		}
		const index = new Int32Array(this.length + later.length);
		index.set(first.index);
		index.set(second.index, this.length);
		return HitList.#picked({leaves, which, index});
	}

	/** Makes every hit: for what reads them all (ranking the results list, tests). */
	toArray(): SearchHit[] {
		return Array.from({length: this.length}, (_, index) => this.at(index)!);
	}

	map<T>(transform: (hit: SearchHit, index: number) => T): T[] {
		return Array.from({length: this.length}, (_, index) => transform(this.at(index)!, index));
	}

	find(test: (hit: SearchHit) => boolean): SearchHit | undefined {
		for (const hit of this) if (test(hit)) return hit;
		return undefined;
	}

	every(test: (hit: SearchHit) => boolean): boolean {
		for (const hit of this) if (!test(hit)) return false;
		return true;
	}

	*[Symbol.iterator](): Iterator<SearchHit> {
		for (let index = 0; index < this.length; index++) yield this.at(index)!;
	}
}
