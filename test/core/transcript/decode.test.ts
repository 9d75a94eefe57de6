import fs from 'node:fs';
import iconv from 'iconv-lite';
import {describe, expect, it} from 'vitest';
import {decodeBytes, looksBinary} from '../../../source/core/transcript/decode.js';

const original = fs.readFileSync(
	new URL('../../../samples/2018-08-27-WeChat.md', import.meta.url),
	'utf8',
);
const utf8 = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));
const withBom = (bom: number[], body: Buffer) =>
	new Uint8Array(Buffer.concat([Buffer.from(bom), body]));

describe('decodeBytes', () => {
	it('reads the sample as UTF-8', () => {
		const decoded = decodeBytes(utf8(original));
		expect(decoded).toEqual({text: original, encoding: 'utf-8', badSequences: 0});
	});

	it('strips a UTF-8 BOM', () => {
		const decoded = decodeBytes(withBom([0xef, 0xbb, 0xbf], Buffer.from(original)));
		expect(decoded.encoding).toBe('utf-8');
		expect(decoded.text).toBe(original);
	});

	it('reads UTF-16 LE with a BOM', () => {
		const decoded = decodeBytes(withBom([0xff, 0xfe], Buffer.from(original, 'utf16le')));
		expect(decoded.encoding).toBe('utf-16le');
		expect(decoded.text).toBe(original);
	});

	it('reads UTF-16 BE with a BOM', () => {
		const decoded = decodeBytes(withBom([0xfe, 0xff], Buffer.from(original, 'utf16le').swap16()));
		expect(decoded.encoding).toBe('utf-16be');
		expect(decoded.text).toBe(original);
	});

	it('normalises CRLF, and lone CR in a file without LF, to LF', () => {
		expect(decodeBytes(utf8(original.replaceAll('\n', '\r\n'))).text).toBe(original);
		expect(decodeBytes(utf8(original.replaceAll('\n', '\r'))).text).toBe(original);
		// A stray CR in a file with real line breaks is a character, shown later as ^M.
		expect(decodeBytes(utf8('a\r\n\rb\n\r\nc')).text).toBe('a\n\rb\n\nc');
	});

	it('reads a GB18030 copy of the sample', () => {
		const bytes = new Uint8Array(iconv.encode(original, 'gb18030'));
		const decoded = decodeBytes(bytes);
		expect(decoded).toEqual({text: original, encoding: 'gb18030', badSequences: 0});
	});

	it('keeps plain ASCII as UTF-8', () => {
		expect(decodeBytes(utf8('hello, world\n')).encoding).toBe('utf-8');
		expect(decodeBytes(new Uint8Array()).text).toBe('');
	});

	it('falls back to lossy UTF-8 and counts the bad sequences', () => {
		// 0xff can start nothing in GB18030 or UTF-8; 0x80 alone is not GB18030 either.
		const bytes = new Uint8Array([0x68, 0x69, 0xff, 0x20, 0xe4, 0xbd, 0xa0, 0xff, 0x0a]);
		const decoded = decodeBytes(bytes);
		expect(decoded.encoding).toBe('utf-8 (lossy)');
		expect(decoded.badSequences).toBe(2);
		expect(decoded.text).toBe('hi\uFFFD 你\uFFFD\n');
	});

	it('does not count a U+FFFD written in the file as bad', () => {
		const bytes = utf8('ok \uFFFD ');
		const lossy = new Uint8Array([...bytes, 0xff]);
		expect(decodeBytes(bytes).badSequences).toBe(0);
		expect(decodeBytes(lossy).badSequences).toBe(1);
	});

	it('survives a truncated UTF-16 file', () => {
		const bytes = withBom([0xff, 0xfe], Buffer.from([0x41, 0x00, 0x3d, 0xd8]));
		const decoded = decodeBytes(bytes);
		expect(decoded.encoding).toBe('utf-16le (lossy)');
		expect(decoded.badSequences).toBeGreaterThan(0);
		expect(decoded.text.startsWith('A')).toBe(true);
	});
});

describe('looksBinary', () => {
	it('flags a NUL in the first 8 KB of what is not text', () => {
		expect(looksBinary(utf8(original))).toBe(false);
		// BOM-less UTF-16: a NUL every other byte.
		expect(looksBinary(new Uint8Array(Buffer.from('> 19:27:56  横烟秋  ', 'utf16le')))).toBe(true);
		// An image: its signature, NULs spread through and bytes that are not UTF-8.
		const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
		expect(looksBinary(png)).toBe(true);
		// Random bytes.
		let seed = 7;
		const noise = Uint8Array.from({length: 4000}, () => {
			seed = (seed * 1103515245 + 12345) % 2 ** 31;
			return seed >>> 23;
		});
		noise[100] = 0;
		expect(looksBinary(noise)).toBe(true);
	});

	it('reads a damaged export as text: a zero-filled block, a stray NUL', () => {
		const text = utf8(original);
		const holed = new Uint8Array(text.length + 4096);
		holed.set(text.subarray(0, 200));
		holed.set(text.subarray(200), 200 + 4096);
		expect(looksBinary(holed)).toBe(false);
		const stray = Uint8Array.from([...utf8('> 19:00:00  a  \nhi'), 0, ...utf8(' there\n')]);
		expect(looksBinary(stray)).toBe(false);
		// Cut in the middle of a character at the end of the probe: still text.
		const long = utf8(`${'横'.repeat(3000)}`).subarray(0, 8192);
		long[10] = 0;
		expect(looksBinary(long)).toBe(false);
	});

	it('ignores a NUL past the first 8 KB', () => {
		const bytes = new Uint8Array(9000).fill(0x41);
		bytes[8999] = 0;
		expect(looksBinary(bytes)).toBe(false);
	});

	it('does not flag UTF-16 with a BOM', () => {
		expect(looksBinary(withBom([0xff, 0xfe], Buffer.from('ab', 'utf16le')))).toBe(false);
		expect(looksBinary(withBom([0xfe, 0xff], Buffer.from('ab', 'utf16le').swap16()))).toBe(false);
	});
});
