import fc from 'fast-check';
import Fuse from 'fuse.js';
import {describe, expect, it} from 'vitest';
import {
	compileApproximate,
	matchesApproximately,
} from '../../../source/core/search/approximate-match.js';
import {
	compileFuzzy,
	fuseThreshold,
	fuzzyMatchesIn,
	maxErrors,
} from '../../../source/core/search/fuzzy-candidates.js';
import {codeUnits} from '../../../source/core/search/text-pool.js';

/** Least Levenshtein distance from `pattern` to any substring of `text` (Sellers). */
function substringDistance(pattern: string, text: string): number {
	let column = Array.from({length: pattern.length + 1}, (_, i) => i);
	let best = column[pattern.length]!;
	for (const char of text) {
		const next = [0];
		for (let i = 1; i <= pattern.length; i++) {
			const substitution = column[i - 1]! + (pattern[i - 1] === char ? 0 : 1);
			next.push(Math.min(substitution, column[i]! + 1, next[i - 1]! + 1));
		}
		column = next;
		best = Math.min(best, column[pattern.length]!);
	}
	return best;
}

const alphabet = fc.constantFrom('a', 'b', 'c', 'd', ' ', '的');
const word = (maxLength: number) =>
	fc.array(alphabet, {minLength: 1, maxLength}).map((chars) => chars.join(''));

describe('matchesApproximately', () => {
	it('agrees with the textbook dynamic programme for every error budget', () => {
		fc.assert(
			fc.property(word(32), word(40), fc.nat({max: 6}), (pattern, text, errors) => {
				const expected = substringDistance(pattern, text) <= errors;
				expect(matchesApproximately(compileApproximate(pattern, errors), text)).toBe(expected);
			}),
			{numRuns: 3000},
		);
	});

	it('handles 32-character patterns, where the bit arithmetic wraps', () => {
		const pattern = 'abcdefghijklmnopqrstuvwxyz012345';
		const compiled = compileApproximate(pattern, 3);
		expect(matchesApproximately(compiled, `xx${pattern}yy`)).toBe(true);
		expect(matchesApproximately(compiled, `xx${pattern.replace(/[bkt]/g, 'X')}`)).toBe(true);
		expect(matchesApproximately(compiled, pattern.replace(/[bktz]/g, 'X'))).toBe(false);
		expect(matchesApproximately(compiled, '')).toBe(false);
	});

	it('accepts every chunk fuse.js accepts (so filtering by it never loses a fuse.js hit)', () => {
		fc.assert(
			fc.property(word(14), word(60), (pattern, text) => {
				// fuse.js returns everything for a blank query; the search never sends one.
				fc.pre(pattern.trim().length > 0);
				const fuse = new Fuse([text], {ignoreLocation: true, threshold: fuseThreshold});
				const errors = maxErrors(pattern.length);
				if (fuse.search(pattern).length > 0) {
					expect(matchesApproximately(compileApproximate(pattern, errors), text)).toBe(true);
				}
			}),
			{numRuns: 3000},
		);
	});
});

describe('fuzzyMatchesIn (only the text around a verbatim piece of the query is scanned)', () => {
	it('agrees with the dynamic programme over the whole text, inside a larger array', () => {
		fc.assert(
			fc.property(word(32), word(60), word(8), word(8), (pattern, text, head, tail) => {
				const errors = maxErrors(pattern.length);
				fc.pre(errors > 0);
				const expected = substringDistance(pattern, text) <= errors;
				const codes = codeUnits(head + text + tail);
				const from = head.length;
				expect(fuzzyMatchesIn(compileFuzzy(pattern), codes, from, from + text.length)).toBe(
					expected,
				);
			}),
			{numRuns: 5000},
		);
	});

	it('finds occurrences whose edits spare one piece, at the ends of the text too', () => {
		// 3 errors allowed; the pieces are ab, cde, fg, hij.
		const pattern = 'abcdefghij';
		const query = compileFuzzy(pattern);
		const cases = [
			'xxXbcdeXghiXxx',
			'abXdeXghXj',
			'aXcdXfgXiX',
			'abcdefg',
			'abcdef',
			'Xcdefghij',
			'XXXdefghij',
		];
		for (const text of cases) {
			const codes = codeUnits(text);
			expect(fuzzyMatchesIn(query, codes, 0, codes.length), text).toBe(
				substringDistance(pattern, text) <= 3,
			);
		}
	});
});
