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

	readonly length: number;
	readonly #idAt: (index: number) => number;
	readonly #make: (index: number) => SearchHit;
	/** Hits made so far, by index: reading one twice gives the same object. */
	readonly #made = new Map<number, SearchHit>();

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

	/** The hits from `start` up to `end` (exclusive), as a list over this one's hits. */
	slice(start: number, end = this.length): HitList {
		const from = Math.max(0, Math.min(this.length, start));
		const to = Math.max(from, Math.min(this.length, end));
		if (from === 0 && to === this.length) return this;
		return new HitList(
			to - from,
			(index) => this.#idAt(from + index),
			(index) => this.at(from + index)!,
		);
	}

	/** The hits whose ids pass `keep`, as a list over this one's hits (no hit is made). */
	filterIds(keep: (id: number) => boolean): HitList {
		const kept: number[] = [];
		for (let index = 0; index < this.length; index++) {
			if (keep(this.#idAt(index))) kept.push(index);
		}
		if (kept.length === this.length) return this;
		const indices = Int32Array.from(kept);
		return new HitList(
			indices.length,
			(index) => this.#idAt(indices[index]!),
			(index) => this.at(indices[index]!)!,
		);
	}

	/** This list, then `later`'s hits (whose ids all come after this one's). */
	concat(later: HitList): HitList {
		if (later.length === 0) return this;
		if (this.length === 0) return later;
		const split = this.length;
		return new HitList(
			split + later.length,
			(index) => (index < split ? this.#idAt(index) : later.idAt(index - split)),
			(index) => (index < split ? this.at(index)! : later.at(index - split)!),
		);
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
