// Whether a pattern of at most 32 code units occurs in a text with at most `errors` edits
// (its Levenshtein distance to some substring of the text), by Myers' bit-parallel algorithm.
// fuse.js's Bitap accepts a pattern chunk only when such an occurrence exists (its errors are
// substitutions, insertions and deletions too), so this is an exact filter for it, at a few
// bit operations per character.
import {codeUnits} from './text-pool.js';

export type ApproximatePattern = {
	/** Bit `i` of `equal[code]` is set when pattern character `i` is `code`. */
	equal: Int32Array;
	length: number;
	errors: number;
};

export const maxPatternLength = 32;

export function compileApproximate(pattern: string, errors: number): ApproximatePattern {
	if (pattern.length > maxPatternLength) throw new RangeError('pattern longer than 32');
	const equal = new Int32Array(0x10000);
	for (let i = 0; i < pattern.length; i++) {
		const code = pattern.charCodeAt(i);
		equal[code] = equal[code]! | (1 << i);
	}
	return {equal, length: pattern.length, errors};
}

export function matchesApproximately(pattern: ApproximatePattern, text: string): boolean {
	return matchesApproximatelyIn(pattern, codeUnits(text), 0, text.length);
}

/** matchesApproximately over the code units `codes[from..to)`. */
export function matchesApproximatelyIn(
	pattern: ApproximatePattern,
	codes: Uint16Array,
	from: number,
	to: number,
): boolean {
	const {equal, length, errors} = pattern;
	if (length === 0 || length <= errors) return true;
	const last = 1 << (length - 1);
	// Vertical deltas of the last DP column: all +1 at first (distance i to the empty text).
	// Bits above `length` hold garbage, which only ever moves upward and is never read.
	let plus = -1;
	let minus = 0;
	let score = length;
	for (let j = from; j < to; j++) {
		const eq = equal[codes[j]!]!;
		const xv = eq | minus;
		const xh = ((((eq & plus) + plus) | 0) ^ plus) | eq;
		let hPlus = minus | ~(xh | plus);
		let hMinus = plus & xh;
		if ((hPlus & last) !== 0) score++;
		else if ((hMinus & last) !== 0) score--;
		if (score <= errors) return true;
		// No carry into row 0: a match may start anywhere in the text.
		hPlus <<= 1;
		hMinus <<= 1;
		plus = hMinus | ~(xv | hPlus);
		minus = hPlus & xv;
	}
	return false;
}
