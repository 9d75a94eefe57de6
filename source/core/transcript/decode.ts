// Bytes to text: BOM sniffing, strict UTF-8, GB18030 for legacy exports, lossy UTF-8 last.

export type Decoded = {text: string; encoding: string; badSequences: number};

const BINARY_PROBE = 8192;
const REPLACEMENT = '\uFFFD';

function bomOf(bytes: Uint8Array): 'utf-8' | 'utf-16le' | 'utf-16be' | undefined {
	const [a, b, c] = bytes;
	if (a === 0xef && b === 0xbb && c === 0xbf) return 'utf-8';
	if (a === 0xff && b === 0xfe) return 'utf-16le';
	if (a === 0xfe && b === 0xff) return 'utf-16be';
	return undefined;
}

/**
 * Binary, going by the first 8 KB: a NUL there, unless the rest is plain text. A damaged
 * export can hold a zero-filled block (a crash mid-write) or a stray NUL a stranger pasted;
 * what is not text (an image, an archive, random bytes, BOM-less UTF-16) has NULs spread
 * through it, or bytes that are not UTF-8, or control bytes.
 */
export function looksBinary(bytes: Uint8Array): boolean {
	const bom = bomOf(bytes);
	if (bom === 'utf-16le' || bom === 'utf-16be') return false;
	const probe = bytes.subarray(0, BINARY_PROBE);
	if (!probe.includes(0)) return false;
	const rest: number[] = [];
	let scatteredNuls = 0;
	let controls = 0;
	for (let index = 0; index < probe.length; index++) {
		const byte = probe[index]!;
		if (byte === 0) {
			if (!inNulRun(probe, index)) scatteredNuls++;
			continue;
		}
		if (byte < 0x20 && !textControls.has(byte)) controls++;
		rest.push(byte);
	}
	const share = probe.length / 100;
	if (scatteredNuls > Math.max(4, share) || controls > share) return true;
	// Mostly zeros is not a transcript, whatever else is there.
	if (rest.length < probe.length / 4) return true;
	// A few bad sequences are damage (a character cut by a zero-filled block or by the end of
	// the probe); many are not text.
	return lossy('utf-8', Uint8Array.from(rest)).badSequences > Math.max(4, share);
}

/** Tab, line feed, vertical tab, form feed, carriage return, escape. */
const textControls = new Set([0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x1b]);
/** NULs in a run this long are a zero-filled block, not part of an encoding. */
const nulRun = 8;

function inNulRun(bytes: Uint8Array, index: number): boolean {
	let start = index;
	while (start > 0 && bytes[start - 1] === 0 && index - start < nulRun) start--;
	let end = index;
	while (end + 1 < bytes.length && bytes[end + 1] === 0 && end - start < nulRun) end++;
	return end - start + 1 >= nulRun;
}

function tryStrict(encoding: string, bytes: Uint8Array): string | undefined {
	try {
		// The decoder strips a BOM matching its own encoding (ignoreBOM defaults to false).
		return new TextDecoder(encoding, {fatal: true}).decode(bytes);
	} catch {
		return undefined;
	}
}

function countChar(s: string, ch: string): number {
	let n = 0;
	for (let i = s.indexOf(ch); i !== -1; i = s.indexOf(ch, i + 1)) n++;
	return n;
}

/** U+FFFD written in the file itself, not introduced by decoding. */
function literalReplacements(bytes: Uint8Array, encoding: string): number {
	let n = 0;
	if (encoding === 'utf-8') {
		for (let i = bytes.indexOf(0xef); i !== -1; i = bytes.indexOf(0xef, i + 1)) {
			if (bytes[i + 1] === 0xbf && bytes[i + 2] === 0xbd) n++;
		}
		return n;
	}
	const [hi, lo] = encoding === 'utf-16be' ? [0xff, 0xfd] : [0xfd, 0xff];
	for (let i = 2; i + 1 < bytes.length; i += 2) {
		if (bytes[i] === hi && bytes[i + 1] === lo) n++;
	}
	return n;
}

function lossy(encoding: string, bytes: Uint8Array): Decoded {
	const text = new TextDecoder(encoding).decode(bytes);
	const introduced = countChar(text, REPLACEMENT) - literalReplacements(bytes, encoding);
	const badSequences = Math.max(1, introduced);
	return {text, encoding: `${encoding} (lossy)`, badSequences};
}

function decodeRaw(bytes: Uint8Array): Decoded {
	const bom = bomOf(bytes);
	if (bom === 'utf-16le' || bom === 'utf-16be') {
		const text = tryStrict(bom, bytes);
		if (text !== undefined) return {text, encoding: bom, badSequences: 0};
		return lossy(bom, bytes);
	}
	const utf8 = tryStrict('utf-8', bytes);
	if (utf8 !== undefined) return {text: utf8, encoding: 'utf-8', badSequences: 0};
	// GB18030 maps almost any byte string, so it is only trusted after UTF-8 failed
	// and only when it decodes without a single error.
	if (bom === undefined) {
		const gb = tryStrict('gb18030', bytes);
		if (gb !== undefined) return {text: gb, encoding: 'gb18030', badSequences: 0};
	}
	return lossy('utf-8', bytes);
}

/**
 * Decodes a transcript's bytes and normalises line breaks to `\n`: CRLF always, a lone CR
 * only in a file that has no LF at all (old Mac files). A stray CR inside a line is text a
 * stranger typed, and the sanitizer shows it as `^M`. Never throws on bad bytes.
 */
export function decodeBytes(bytes: Uint8Array): Decoded {
	const decoded = decodeRaw(bytes);
	const {text} = decoded;
	if (!text.includes('\r')) return decoded;
	decoded.text = text.includes('\n') ? text.replace(/\r\n/g, '\n') : text.replace(/\r/g, '\n');
	return decoded;
}
