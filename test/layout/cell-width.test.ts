import stringWidth from 'string-width';
import {describe, expect, it} from 'vitest';
import {graphemeCells, quickCells, quickRanges} from '../../source/layout/cell-width.js';

describe('cells of a grapheme', () => {
	it('agree with string-width on every code point of the quick ranges', () => {
		const wrong: string[] = [];
		for (const [first, last] of quickRanges) {
			for (let code = first; code <= last; code++) {
				const char = String.fromCharCode(code);
				if (quickCells(char) !== stringWidth(char)) wrong.push(code.toString(16));
			}
		}
		expect(wrong).toEqual([]);
	});

	it('leave everything else to string-width', () => {
		for (const grapheme of [
			'\u00ad',
			'👍🏽',
			'👨‍👩‍👧',
			'e\u0301',
			'\u200b',
			'◽',
			'\u1100\u1161',
			'\u3099',
			'\u{20000}',
		]) {
			expect(quickCells(grapheme)).toBeUndefined();
			expect(graphemeCells(grapheme)).toBe(stringWidth(grapheme));
		}
	});
});
