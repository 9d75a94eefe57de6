// The pane's items, compact: at a million messages an object per message line was about
// 40 MB. A message line is its id in an Int32Array; a flood line or a separator (a few per
// hour) is kept as an object beside it and coded as -(its index + 1).

export type PaneItem =
	| {kind: 'message'; id: number}
	| {kind: 'flood'; flood: number; folded: boolean}
	| {kind: 'separator'; label: string};

type OtherItem = Exclude<PaneItem, {kind: 'message'}>;

export class PaneItemList {
	#codes: Int32Array;
	#length = 0;
	#others: OtherItem[];

	constructor(codes = new Int32Array(256), length = 0, others: OtherItem[] = []) {
		this.#codes = codes;
		this.#length = length;
		this.#others = others;
	}

	get length(): number {
		return this.#length;
	}

	/** The item at `index`, undefined outside the list (a negative index too, unlike Array). */
	at(index: number): PaneItem | undefined {
		const code = this.#code(index);
		if (code === undefined) return undefined;
		return code >= 0 ? {kind: 'message', id: code} : this.#others[-code - 1];
	}

	kindAt(index: number): PaneItem['kind'] | undefined {
		const code = this.#code(index);
		if (code === undefined) return undefined;
		return code >= 0 ? 'message' : this.#others[-code - 1]?.kind;
	}

	/** The message id a message line shows; -1 for any other item or outside the list. */
	messageAt(index: number): number {
		const code = this.#code(index) ?? -1;
		return code >= 0 ? code : -1;
	}

	#code(index: number): number | undefined {
		// A typed array gives undefined for a fraction or NaN; the length bounds the rest.
		return index >= 0 && index < this.#length ? this.#codes[index] : undefined;
	}

	push(item: PaneItem): void {
		if (this.#length === this.#codes.length) {
			const grown = new Int32Array(this.#codes.length * 2);
			grown.set(this.#codes);
			this.#codes = grown;
		}
		if (item.kind === 'message') this.#codes[this.#length++] = item.id;
		else {
			this.#others.push(item);
			this.#codes[this.#length++] = -this.#others.length;
		}
	}

	/** A new list of the first `count` items (this one is left as it is). */
	prefix(count: number): PaneItemList {
		const length = Math.max(0, Math.min(count, this.#length));
		const codes = new Int32Array(Math.max(256, length * 2));
		codes.set(this.#codes.subarray(0, length));
		// Other items are pushed in order: the kept ones are those up to the last one kept.
		let others = 0;
		for (let i = length - 1; i >= 0; i--) {
			const code = codes[i]!;
			if (code < 0) {
				others = -code;
				break;
			}
		}
		return new PaneItemList(codes, length, this.#others.slice(0, others));
	}

	/** The index of the first item that passes, or -1. */
	findIndex(test: (item: PaneItem, index: number) => boolean): number {
		for (let i = 0; i < this.#length; i++) if (test(this.at(i)!, i)) return i;
		return -1;
	}

	/** Every item (tests, and callers that want an array). */
	toArray(): PaneItem[] {
		return Array.from({length: this.#length}, (_, i) => this.at(i)!);
	}
}
