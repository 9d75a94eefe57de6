// Which initial letters follow each other in a message: bit `a * 26 + b` is set when a character
// with a reading starting with letter `a` is directly followed by one with a reading starting
// with `b`. A pinyin match of two or more characters needs such a pair, so `tk` scans only the
// messages where a t-character precedes a k-character, not every message holding both.
import {runSteps, stepSize} from './char-index.js';
import type {PinyinTable} from './pinyin-table.js';

export const pairWords = 22; // ⌈26 × 26 / 32⌉

/** `pairWords` 32-bit words per message, for its lower-cased text and speaker together. */
export function buildPinyinPairs(
	size: number,
	valuesOf: (position: number) => readonly string[],
	table: PinyinTable,
): Uint32Array {
	return runSteps(buildPinyinPairsSteps(size, valuesOf, table));
}

/** buildPinyinPairs in steps, for callers that yield between. */
export function* buildPinyinPairsSteps(
	size: number,
	valuesOf: (position: number) => readonly string[],
	table: PinyinTable,
): Generator<undefined, Uint32Array> {
	const pairs = new Uint32Array(size * pairWords);
	const {firstLetters} = table;
	for (let position = 0; position < size; position++) {
		const base = position * pairWords;
		for (const value of valuesOf(position)) {
			let previous = 0;
			for (let i = 0; i < value.length; i++) {
				const code = value.charCodeAt(i);
				const current = code < 0x80 ? 0 : firstLetters[code]!;
				for (let before = previous; before !== 0; before &= before - 1) {
					const a = 31 - Math.clz32(before & -before);
					for (let after = current; after !== 0; after &= after - 1) {
						const bit = a * 26 + 31 - Math.clz32(after & -after);
						pairs[base + (bit >>> 5)] = pairs[base + (bit >>> 5)]! | (1 << (bit & 31));
					}
				}
				previous = current;
			}
		}
		if (position % stepSize === stepSize - 1) yield;
	}
	return pairs;
}

/** Where the bit for letter `a` followed by letter `b` sits among a message's words. */
export function pairBit(a: number, b: number): {word: number; mask: number} {
	const bit = a * 26 + b;
	return {word: bit >>> 5, mask: 1 << (bit & 31)};
}
