import stringWidth from 'string-width';
import {describe, expect, it} from 'vitest';
import {
	graphemeCells,
	quickCells,
	quickRanges,
	simpleCells,
	simpleUnitCells,
} from '../../source/layout/cell-width.js';

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

describe('cells of a text without segmenting it', () => {
	const graphemes = new Intl.Segmenter(undefined, {granularity: 'grapheme'});

	it('count only units that are a grapheme whatever table units surround them', () => {
		const joined: string[] = [];
		for (const [first, last] of quickRanges) {
			for (let code = first; code <= last; code++) {
				const unit = String.fromCharCode(code);
				if (simpleUnitCells(code) === 0) continue;
				for (const text of [
					`a${unit}a`,
					`中${unit}中`,
					`${unit}${unit}`,
					`ｶ${unit}ｶ`,
					`가${unit}각`,
				]) {
					if ([...graphemes.segment(text)].length !== text.length) joined.push(code.toString(16));
				}
			}
		}
		expect(joined).toEqual([]);
		// The ones left out: each extends the grapheme before it.
		for (const code of [0x302e, 0x302f, 0xff9e, 0xff9f]) expect(simpleUnitCells(code)).toBe(0);
	});

	it("are string-width's, or undefined when a unit needs segmenting", () => {
		for (const text of [
			'',
			'plain',
			'中文 text ─│▌',
			'ｶﾞ',
			'e\u0301',
			'👍',
			'\u1100\u1161',
			'a\u001Bb',
		]) {
			const cells = simpleCells(text);
			if (cells !== undefined) expect(cells).toBe(stringWidth(text));
		}
		expect(simpleCells('中文 text ─│▌')).toBe(stringWidth('中文 text ─│▌'));
		for (const text of ['ｶﾞ', 'e\u0301', '👍', '\u1100\u1161', 'a\u001Bb']) {
			expect(simpleCells(text)).toBeUndefined();
		}
	});
});
