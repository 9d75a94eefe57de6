// Posting lists of message positions per UTF-16 code unit of the lower-cased text and
// speaker. A message can only match fuse.js when it holds enough of the query's
// characters, so the lists let the search hand fuse.js a small candidate set.
//
// The lists are stored as gaps between positions, 7 bits a byte (LEB128), code after code in
// one byte array: about a quarter of the 4 bytes a position that Int32 lists take.

export type CharIndex = {
	/** Number of messages indexed. */
	size: number;
	/** Postings per code unit: for each position, the gap to the previous one minus 1. */
	bytes: Uint8Array;
	/** Where the postings of each code unit start in `bytes` (`starts[code + 1]` ends them). */
	starts: Uint32Array;
	/** Number of positions per code unit. */
	counts: Int32Array;
};

const codeUnits = 0x10000;

/** Hands each code unit of the message at `position` to `add` (repeats are fine). */
export type CodesOf = (position: number, add: (code: number) => void) => void;

/** Indexes `size` messages; `valuesOf(position)` gives the (lower-cased) strings of one. */
export function buildCharIndex(
	size: number,
	valuesOf: (position: number) => readonly string[],
): CharIndex {
	return runSteps(
		buildCharIndexSteps(size, (position, add) => {
			for (const value of valuesOf(position)) {
				for (let i = 0; i < value.length; i++) add(value.charCodeAt(i));
			}
		}),
	);
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

/** Bytes the LEB128 form of `value` takes. */
function varintLength(value: number): number {
	let length = 1;
	while (value >= 0x80) {
		value = Math.floor(value / 0x80);
		length++;
	}
	return length;
}

/** buildCharIndex in steps of `stepSize` messages, for callers that yield between. */
export function* buildCharIndexSteps(
	size: number,
	codesOf: CodesOf,
): Generator<undefined, CharIndex> {
	const counts = new Int32Array(codeUnits);
	const lengths = new Float64Array(codeUnits);
	// The last position holding each code: a message's repeats are skipped, gaps measured.
	const lastSeen = new Int32Array(codeUnits).fill(-1);
	let position = 0;
	const count = (code: number): void => {
		const last = lastSeen[code]!;
		if (last === position) return;
		lastSeen[code] = position;
		counts[code]!++;
		lengths[code]! += varintLength(position - last - 1);
	};
	for (; position < size; position++) {
		codesOf(position, count);
		if (position % stepSize === stepSize - 1) yield;
	}
	const starts = new Uint32Array(codeUnits + 1);
	for (let code = 0; code < codeUnits; code++) starts[code + 1] = starts[code]! + lengths[code]!;
	const bytes = new Uint8Array(starts[codeUnits]!);
	const cursor = starts.slice(0, codeUnits);
	lastSeen.fill(-1);
	const write = (code: number): void => {
		const last = lastSeen[code]!;
		if (last === position) return;
		lastSeen[code] = position;
		let gap = position - last - 1;
		let at = cursor[code]!;
		while (gap >= 0x80) {
			bytes[at++] = (gap & 0x7f) | 0x80;
			gap = Math.floor(gap / 0x80);
		}
		bytes[at++] = gap;
		cursor[code] = at;
	};
	for (position = 0; position < size; position++) {
		codesOf(position, write);
		if (position % stepSize === stepSize - 1) yield;
	}
	return {size, bytes, starts, counts};
}

/** How many messages hold `code`. */
export function postingCount(index: CharIndex, code: number): number {
	return index.counts[code] ?? 0;
}

/** The sorted positions of the messages holding `code`. */
export function decodePostings(index: CharIndex, code: number): Int32Array {
	const list = new Int32Array(postingCount(index, code));
	const {bytes} = index;
	let at = index.starts[code] ?? 0;
	let position = -1;
	for (let n = 0; n < list.length; n++) {
		let gap = 0;
		let scale = 1;
		let byte = bytes[at++]!;
		while (byte >= 0x80) {
			gap += (byte & 0x7f) * scale;
			scale *= 0x80;
			byte = bytes[at++]!;
		}
		position += gap + byte * scale + 1;
		list[n] = position;
	}
	return list;
}

/** Distinct code units of a (lower-cased) string. */
export function distinctCodes(value: string): number[] {
	return [...new Set(Array.from({length: value.length}, (_, i) => value.charCodeAt(i)))];
}

/** Positions, ascending, of the messages holding every one of `codes`. */
export function candidatesWithAll(index: CharIndex, codes: readonly number[]): Int32Array {
	if (codes.length === 0 || codes.length > 0xffff) return new Int32Array(0);
	const sorted = [...codes].sort((a, b) => postingCount(index, a) - postingCount(index, b));
	return narrowToAll(index, decodePostings(index, sorted[0]!), sorted.slice(1), Infinity);
}

/**
 * `positions` (ascending) less those lacking one of `codes`: each code's postings are read
 * and merged, when they are at most `ratio` times as many as the positions left (else reading
 * them costs more than it saves: callers check the candidates anyway). A new array.
 */
export function narrowToAll(
	index: CharIndex,
	positions: Int32Array,
	codes: readonly number[],
	ratio = 8,
): Int32Array {
	let current = positions.slice();
	for (const code of [...codes].sort((a, b) => postingCount(index, a) - postingCount(index, b))) {
		if (current.length === 0 || postingCount(index, code) > current.length * ratio) break;
		const list = decodePostings(index, code);
		let kept = 0;
		let j = 0;
		for (let i = 0; i < current.length; i++) {
			const position = current[i]!;
			while (j < list.length && list[j]! < position) j++;
			if (j >= list.length) break;
			if (list[j] === position) current[kept++] = position;
		}
		current = current.subarray(0, kept);
	}
	return current;
}
