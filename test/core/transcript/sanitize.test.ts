import {describe, expect, it} from 'vitest';
import {hasUnsafe, sanitizeLine, sanitizeText} from '../../../source/core/transcript/sanitize.js';

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
		expect(sanitizeLine('龚晓冬 ‍👩‍💻')).toBe('龚晓冬 ‍👩‍💻');
	});
});
