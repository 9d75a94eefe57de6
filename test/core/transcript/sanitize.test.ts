import {describe, expect, it} from 'vitest';
import {
	hasUnsafe,
	sanitizeLine,
	sanitizeText,
	withoutInvisible,
} from '../../../source/core/transcript/sanitize.js';

const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

const hostile = [
	'\x1b]0;title\x07',
	'\x1b]52;c;aGVsbG8=\x07',
	'\x1b[2J',
	'\x1b[?1049h',
	'\u009b31m',
	'\u009d0;title\u009c',
	'\x1bPq#0;2;0;0;0\x1b\\',
	'abc\u202Edcba',
	'nul\0here',
	'back\bspace',
	'carriage\rreturn',
	'del\x7f',
	'iso\u2066late\u2069 \u200e\u200f\u061c',
	'sep\u2028par\u2029',
	'lone \ud800 surrogate \udc00',
];

function expectInert(out: string, allowNewline: boolean) {
	for (const ch of out) {
		const code = ch.codePointAt(0)!;
		if (allowNewline && ch === '\n') continue;
		expect(code < 0x20 || (code >= 0x7f && code <= 0x9f)).toBe(false);
	}
	expect(out).not.toMatch(BIDI);
	expect(out).not.toMatch(/[\u2028\u2029]/);
	expect(out).not.toMatch(/[\uD800-\uDFFF]/u); // lone surrogates only, with the u flag
}

describe('sanitizeText', () => {
	it.each(hostile)('makes %j inert', (input) => {
		expect(hasUnsafe(input)).toBe(true);
		expectInert(sanitizeText(input), true);
		expectInert(sanitizeLine(input), false);
	});

	it('shows escape sequences as visible text', () => {
		expect(sanitizeText('\x1b]0;pwned\x07')).toBe('^[]0;pwned^G');
		expect(sanitizeText('\x1b]52;c;aGVsbG8=\x07')).toBe('^[]52;c;aGVsbG8=^G');
		expect(sanitizeText('\x1b[2J\x1b[?1049h')).toBe('^[[2J^[[?1049h');
		expect(sanitizeText('\x1bPdata\x1b\\')).toBe('^[Pdata^[\\');
		expect(sanitizeText('\u009b2J \u009d0;t')).toBe('<U+009B>2J <U+009D>0;t');
		expect(sanitizeText('a\0b\bc\rd\x7f')).toBe('a^@b^Hc^Md^?');
		expect(sanitizeText('abc\u202Edcba')).toBe('abc<U+202E>dcba');
		expect(sanitizeText('x\u2028y')).toBe('x<U+2028>y');
		expect(sanitizeText('a\ud800b')).toBe('a\uFFFDb');
	});

	it('keeps newlines and expands tabs to multiples of four columns', () => {
		expect(sanitizeText('a\tb\nab\tc\n\td')).toBe('a   b\nab  c\n    d');
		expect(sanitizeText('你好\tx')).toBe('你好  x');
		expect(sanitizeText('abcd\te')).toBe('abcd    e');
	});

	it('returns clean text unchanged', () => {
		const clean = [
			'签到',
			'焦虑的时代，工程师如何高效学习？\n第二行',
			'👨‍👩‍👧 family, ❤️ heart, 👍🏽',
			'plain text',
			'',
		];
		for (const s of clean) {
			expect(hasUnsafe(s)).toBe(false);
			expect(sanitizeText(s)).toBe(s);
		}
	});
});

describe('sanitizeLine', () => {
	it('shows newlines and turns tabs into one space', () => {
		expect(sanitizeLine('a\nb\tc')).toBe('a^Jb c');
		expect(hasUnsafe('a\nb')).toBe(false);
		expect(hasUnsafe('a\nb', true)).toBe(true);
	});

	it('returns a clean name unchanged', () => {
		const name = '右军-蚂蚁金服-成都';
		expect(sanitizeLine(name)).toBe(name);
		expect(sanitizeLine('龚晓冬 👩‍💻')).toBe('龚晓冬 👩‍💻');
		// A joiner that joins no two pictographs hides in the name (issue 13): it shows.
		expect(sanitizeLine('龚晓冬 \u200d👩‍💻')).toBe('龚晓冬 <U+200D>👩‍💻');
	});
});

describe('invisible characters', () => {
	it.each([
		['zero-width space', 'Eric\u200B-Silot-SG', 'Eric<U+200B>-Silot-SG'],
		['zero-width non-joiner', 'Eric\u200C-Silot', 'Eric<U+200C>-Silot'],
		['stray joiner', 'Eric\u200D-Silot', 'Eric<U+200D>-Silot'],
		[
			'word joiner and invisible operators',
			'a\u2060b\u2061c\u2064d',
			'a<U+2060>b<U+2061>c<U+2064>d',
		],
		['BOM inside text', 'a\uFEFFb', 'a<U+FEFF>b'],
		['soft hyphen', 'pay\u00ADment', 'pay<U+00AD>ment'],
		['Mongolian vowel separator', 'a\u180Eb', 'a<U+180E>b'],
		['grapheme joiner', 'a\u034Fb', 'a<U+034F>b'],
		['Hangul fillers', '\u115F\u1160\u3164\uFFA0', '<U+115F><U+1160><U+3164><U+FFA0>'],
		['tag characters', 'hi\u{E0068}\u{E0069}', 'hi<U+E0068><U+E0069>'],
		['variation selector on a letter', 'a\uFE0Fb', 'a<U+FE0F>b'],
	])('shows %s', (_, input, shown) => {
		expect(sanitizeLine(input)).toBe(shown);
		expect(sanitizeText(input)).toBe(shown);
		expect(withoutInvisible(input)).not.toBe(input);
	});

	it.each([
		['a family (joiners between pictographs)', '👨‍👩‍👧'],
		['a rainbow flag (VS16 then a joiner)', '🏳️‍🌈'],
		['a skin tone then a joiner', '👩🏽‍💻'],
		['a red heart with VS16', '❤️'],
		['a keycap', '1️⃣'],
		['a subdivision flag made of tags', '🏴\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}'],
		['an ideographic variation selector', '葛\u{E0100}'],
	])('keeps %s whole', (_, emoji) => {
		expect(sanitizeLine(`x ${emoji} y`)).toBe(`x ${emoji} y`);
		expect(sanitizeText(emoji)).toBe(emoji);
		expect(withoutInvisible(emoji)).toBe(emoji);
	});
});
