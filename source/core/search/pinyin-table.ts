// Toneless pinyin readings of the characters a transcript uses, read from pinyin-pro once per
// distinct character when the index is built. `polyphonic` looks each character up on its own
// (no word segmentation), so one call over all of them gives what per-character calls give,
// without the ~100 ms `pinyin()` spends loading its segmentation dictionaries.
import {polyphonic} from 'pinyin-pro';
import type {CharIndex} from './char-index.js';

export type PinyinTable = {
	/** Toneless readings (ü written v) per code unit; undefined for characters without one. */
	readings: Array<readonly string[] | undefined>;
	/** Bit `n` set when some reading starts with the letter `a + n`. */
	firstLetters: Int32Array;
	/** The code units that have readings, ascending. */
	codes: number[];
};

const letterA = 97;
const options = {toneType: 'none', type: 'array', v: true} as const;

export function buildPinyinTable(index: CharIndex): PinyinTable {
	const readings: Array<readonly string[] | undefined> = new Array(index.counts.length);
	const firstLetters = new Int32Array(index.counts.length);
	const used: number[] = [];
	for (let code = 0x80; code < index.counts.length; code++) {
		if (index.counts[code]! > 0 && (code < 0xd800 || code > 0xdfff)) used.push(code);
	}
	let found = polyphonic(used.map((code) => String.fromCharCode(code)).join(''), options);
	// One entry per character is what pinyin-pro gives; should that ever change, ask one by one.
	if (found.length !== used.length) {
		found = used.map((code) => polyphonic(String.fromCharCode(code), options)[0] ?? []);
	}
	const codes: number[] = [];
	used.forEach((code, i) => {
		const own = [...new Set(found[i]!.filter((reading) => /^[a-z]+$/.test(reading)))];
		if (own.length === 0) return;
		readings[code] = own;
		codes.push(code);
		for (const reading of own) firstLetters[code]! |= 1 << (reading.charCodeAt(0) - letterA);
	});
	return {readings, firstLetters, codes};
}
