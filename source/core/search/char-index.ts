// Posting lists of message positions per UTF-16 code unit of the lower-cased text and
// speaker. A message can only match fuse.js when it holds enough of the query's
// characters, so the lists let the search hand fuse.js a small candidate set.

export type CharIndex = {
	/** Number of messages indexed. */
	size: number;
	/** Sorted message positions for each code unit; undefined when no message has it. */
	postings: Array<Int32Array | undefined>;
};

const codeUnits = 0x10000;

/** Indexes `size` messages; `valuesOf(position)` gives the (lower-cased) strings of one. */
export function buildCharIndex(
	size: number,
	valuesOf: (position: number) => readonly string[],
): CharIndex {
	return runSteps(buildCharIndexSteps(size, valuesOf));
}

/** Messages indexed between two yields of the step builders. */
export const stepSize = 4096;

/** Runs a step builder to its end. */
export function runSteps<T>(steps: Generator<undefined, T>): T {
	for (;;) {
		const step = steps.next();
		if (step.done) return step.value;
	}
}

/** buildCharIndex in steps of `stepSize` messages, for callers that yield between. */
export function* buildCharIndexSteps(
	size: number,
	valuesOf: (position: number) => readonly string[],
): Generator<undefined, CharIndex> {
	const counts = new Int32Array(codeUnits);
	const lastSeen = new Int32Array(codeUnits).fill(-1);
	const visit = (position: number, each: (code: number) => void): void => {
		for (const value of valuesOf(position)) {
			for (let i = 0; i < value.length; i++) {
				const code = value.charCodeAt(i);
				if (lastSeen[code] !== position) {
					lastSeen[code] = position;
					each(code);
				}
			}
		}
	};
	const count = (code: number): void => {
		counts[code]!++;
	};
	for (let position = 0; position < size; position++) {
		visit(position, count);
		if (position % stepSize === stepSize - 1) yield;
	}
	const postings: Array<Int32Array | undefined> = new Array(codeUnits);
	for (let code = 0; code < codeUnits; code++) {
		const n = counts[code]!;
		if (n > 0) postings[code] = new Int32Array(n);
	}
	const fill = new Int32Array(codeUnits);
	lastSeen.fill(-1);
	for (let position = 0; position < size; position++) {
		visit(position, (code) => {
			postings[code]![fill[code]!++] = position;
		});
		if (position % stepSize === stepSize - 1) yield;
	}
	return {size, postings};
}

/** Distinct code units of a (lower-cased) string. */
export function distinctCodes(value: string): number[] {
	return [...new Set(Array.from({length: value.length}, (_, i) => value.charCodeAt(i)))];
}

/** Positions of the messages holding every one of `codes`. */
export function candidatesWithAll(index: CharIndex, codes: readonly number[]): number[] {
	return candidatesWithAtLeast(index, codes, codes.length);
}

/** Positions, in order, of the messages holding at least `need` of the distinct `codes`. */
export function candidatesWithAtLeast(
	index: CharIndex,
	codes: readonly number[],
	need: number,
): number[] {
	if (codes.length === 0 || need > codes.length || codes.length > 0xffff) return [];
	const lists = codes
		.map((code) => index.postings[code] ?? new Int32Array(0))
		.sort((a, b) => a.length - b.length);
	if (need <= 0) return Array.from({length: index.size}, (_, i) => i);
	if (need === codes.length) return intersect(lists);
	const counts = new Uint16Array(index.size);
	for (const list of lists) {
		for (const position of list) counts[position] = counts[position]! + 1;
	}
	const result: number[] = [];
	for (let position = 0; position < index.size; position++) {
		if (counts[position]! >= need) result.push(position);
	}
	return result;
}

function intersect(lists: readonly Int32Array[]): number[] {
	const [first, ...rest] = lists;
	if (!first) return [];
	let current: number[] = Array.from(first);
	for (const list of rest) {
		const next: number[] = [];
		let j = 0;
		for (const position of current) {
			while (j < list.length && list[j]! < position) j++;
			if (j >= list.length) break;
			if (list[j] === position) next.push(position);
		}
		current = next;
		if (current.length === 0) break;
	}
	return current;
}
