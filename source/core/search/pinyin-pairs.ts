// Which initial letters follow each other in a message, as a small signature: when a character
// with a reading starting with letter `a` is directly followed by one with a reading starting
// with `b`, the bit of the pair (a, b) is set. A pinyin match of two or more characters needs
// such a pair, so `tk` scans only the messages where a t-character may precede a k-character,
// not every message holding both. The 676 pairs share `signatureBits` bits: each pair sets
// two of them, chosen by hashing (a Bloom filter), so a pair can look present when other
// pairs set its bits: false positives, never false negatives, and the matcher checks every
// candidate anyway. 16 bytes a message instead of 88 for one bit per pair. WeChat emoticon
// codes (`[愉快]`) add no pairs, as the matcher skips them.
import {emoticonEnd} from './pinyin-match.js';
import type {PinyinTable} from './pinyin-table.js';

export const pairWords = 4;
const signatureBits = pairWords * 32;
const letters = 26;

/** The two signature bits of each of the 26 × 26 letter pairs (multiplicative hashes' top bits). */
const pairBits = Uint8Array.from({length: letters * letters * 2}, (_, at) => {
	const pair = at >> 1;
	const bits = Math.log2(signatureBits);
	const first = Math.imul(pair + 1, 0x9e3779b1) >>> (32 - bits);
	if (at % 2 === 0) return first;
	// A second bit distinct from the first.
	const step = 1 + ((Math.imul(pair + 1, 0x85ebca6b) >>> (32 - bits)) % (signatureBits - 1));
	return (first + step) % signatureBits;
});

/**
 * Sets, in the signature at `base` of `pairs`, the bits of the letter pairs of the code units
 * `codes[from..to)` (one lower-cased string).
 */
export function addPairs(
	codes: ArrayLike<number>,
	from: number,
	to: number,
	table: PinyinTable,
	pairs: Uint32Array,
	base: number,
): void {
	const {firstLetters} = table;
	let previous = 0;
	for (let i = from; i < to; i++) {
		const code = codes[i]!;
		// A WeChat emoticon code (`[愉快]`) is no pinyin match: the matcher skips it too.
		const emoticon = code === 0x5b ? emoticonEnd(codes, i, to) : -1;
		if (emoticon > 0) {
			previous = 0;
			i = emoticon - 1;
			continue;
		}
		const current = code < 0x80 ? 0 : firstLetters[code]!;
		for (let before = previous; before !== 0; before &= before - 1) {
			const a = 31 - Math.clz32(before & -before);
			for (let after = current; after !== 0; after &= after - 1) {
				const pair = a * letters + 31 - Math.clz32(after & -after);
				const one = pairBits[2 * pair]!;
				const two = pairBits[2 * pair + 1]!;
				pairs[base + (one >>> 5)] = pairs[base + (one >>> 5)]! | (1 << (one & 31));
				pairs[base + (two >>> 5)] = pairs[base + (two >>> 5)]! | (1 << (two & 31));
			}
		}
		previous = current;
	}
}

/**
 * The tests for letter `first` followed by any of `seconds`: `[word, mask, word, mask]` per
 * pair, flat; a signature may hold the pair when both words have their mask's bit set.
 */
export function pairTests(first: number, seconds: Iterable<number>): Int32Array {
	const tests: number[] = [];
	for (const second of seconds) {
		const pair = first * letters + second;
		for (const bit of [pairBits[2 * pair]!, pairBits[2 * pair + 1]!]) {
			tests.push(bit >>> 5, 1 << (bit & 31));
		}
	}
	return Int32Array.from(tests);
}

/** Whether the signature at `base` may hold one of the pairs `tests` stand for. */
export function mayHoldPair(pairs: Uint32Array, base: number, tests: Int32Array): boolean {
	for (let t = 0; t < tests.length; t += 4) {
		if (
			(pairs[base + tests[t]!]! & tests[t + 1]!) !== 0 &&
			(pairs[base + tests[t + 2]!]! & tests[t + 3]!) !== 0
		) {
			return true;
		}
	}
	return false;
}
