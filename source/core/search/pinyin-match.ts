// Pinyin search: an ASCII query such as `tk`, `tuikuan`, `tui kuan` or `tuik` matches a run of
// consecutive Chinese characters. Each character takes its initial (`t`, or `zh`/`ch`/`sh`)
// or its whole syllable; the last one may take any prefix of its syllable. Readings come from
// pinyin-table.ts, once per distinct character, so a 100k-message transcript costs only a scan.

import type {PinyinTable} from './pinyin-table.js';
import type {CharRange} from './search-types.js';
import {codeUnits} from './text-pool.js';

const maxQueryLetters = 32;
/** Recursion steps allowed per start position; a safety net against pathological input. */
const stepBudget = 500;
const letterA = 97;

/** The letters of a pinyin query, or undefined when the query is not one (≥ 2 letters). */
export function pinyinQuery(query: string): string | undefined {
	const lower = query.trim().toLowerCase();
	if (!/^[a-z' ]+$/.test(lower)) return undefined;
	const letters = lower.replace(/[' ]/g, '');
	return letters.length >= 2 && letters.length <= maxQueryLetters ? letters : undefined;
}

/**
 * The query as an automaton over query positions: `steps[code][from]` has bit `to - 1` set
 * when that character can take the letters `from..to`. Scanning a message with it is a few
 * bit operations per character, far cheaper than trying a match at every character.
 * `covers[i]` has bit `p` set when character `coding[i]` can take letter `p` at all.
 */
export type PinyinMatcher = {
	letters: string;
	steps: Array<Int32Array | undefined>;
	coding: number[];
	covers: number[];
	/** `steps` flat, for scanning: the row of `code` is `rows[rowOf[code] * letters.length..]`, 0 none. */
	rowOf: Uint16Array;
	rows: Int32Array;
};

export function compilePinyinQuery(letters: string, table: PinyinTable): PinyinMatcher {
	const steps: Array<Int32Array | undefined> = new Array(table.readings.length);
	const coding: number[] = [];
	const covers: number[] = [];
	const end = letters.length;
	const rests = Array.from({length: end}, (_, from) => letters.slice(from));
	for (const code of table.codes) {
		let row: Int32Array | undefined;
		let cover = 0;
		for (const reading of table.readings[code]!) {
			const readingTakes = takes(reading);
			for (let from = 0; from < end; from++) {
				if (reading.charCodeAt(0) !== letters.charCodeAt(from)) continue;
				let mask = 0;
				if (end - from <= reading.length && reading.startsWith(rests[from]!)) {
					mask |= 1 << (end - 1);
				}
				for (const take of readingTakes) {
					if (from + take <= end && letters.startsWith(reading.slice(0, take), from)) {
						mask |= 1 << (from + take - 1);
					}
				}
				if (mask === 0) continue;
				row ??= new Int32Array(end);
				row[from] = row[from]! | mask;
				// Letters from..to - 1 for every `to` in the mask: all from `from` up to the highest.
				const highest = 31 - Math.clz32(mask);
				cover |= (highest === 31 ? -1 : (1 << (highest + 1)) - 1) & ~((1 << from) - 1);
			}
		}
		if (row) {
			steps[code] = row;
			coding.push(code);
			covers.push(cover);
		}
	}
	const rowOf = new Uint16Array(0x10000);
	const rows = new Int32Array((coding.length + 1) * end);
	coding.forEach((code, i) => {
		rowOf[code] = i + 1;
		rows.set(steps[code]!, (i + 1) * end);
	});
	return {letters, steps, coding, covers, rowOf, rows};
}

const open = 0x5b; // [
const close = 0x5d; // ]
const longestEmoticon = 4;

/**
 * Where a WeChat emoticon code such as `[愉快]`, `[捂脸]` or `[强]` (`[`, one to four CJK
 * characters, `]`) starting at `at` ends, or -1. Their pinyin is no word anyone typed (`tk`
 * spelled `[愉快]` through 愉's old reading tōu), so pinyin search skips them.
 */
export function emoticonEnd(codes: ArrayLike<number>, at: number, to: number): number {
	if (codes[at] !== open) return -1;
	const last = Math.min(to, at + longestEmoticon + 2);
	for (let i = at + 1; i < last; i++) {
		const code = codes[i]!;
		if (code === close) return i > at + 1 ? i + 1 : -1;
		if (!isHan(code)) return -1;
	}
	return -1;
}

/** emoticonEnd over a string. */
function emoticonEndIn(value: string, at: number): number {
	if (value.charCodeAt(at) !== open) return -1;
	const last = Math.min(value.length, at + longestEmoticon + 2);
	for (let i = at + 1; i < last; i++) {
		const code = value.charCodeAt(i);
		if (code === close) return i > at + 1 ? i + 1 : -1;
		if (!isHan(code)) return -1;
	}
	return -1;
}

const isHan = (code: number): boolean =>
	(code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf);

/** Whether some run of consecutive characters in `value` spells the query. */
export function hasPinyinMatch(value: string, matcher: PinyinMatcher): boolean {
	return hasPinyinMatchIn(codeUnits(value), 0, value.length, matcher);
}

/** hasPinyinMatch over the code units `codes[from..to)`. */
export function hasPinyinMatchIn(
	codes: Uint16Array,
	from: number,
	to: number,
	matcher: PinyinMatcher,
): boolean {
	const {rowOf, rows} = matcher;
	const length = matcher.letters.length;
	const endBit = 1 << (length - 1);
	let state = 0; // bit p - 1: some run ending at the previous character took letters 0..p
	for (let i = from; i < to; i++) {
		const row = rowOf[codes[i]!]! * length;
		if (row === 0) {
			state = 0;
			if (codes[i] === open) i = Math.max(i, emoticonEnd(codes, i, to) - 1);
			continue;
		}
		let next = rows[row]!;
		for (let rest = state & ~endBit; rest !== 0; rest &= rest - 1) {
			next |= rows[row + 32 - Math.clz32(rest & -rest)]!;
		}
		if ((next & endBit) !== 0) return true;
		state = next;
	}
	return false;
}

/** Every non-overlapping run of `value` that spells `letters`, left to right. */
export function findPinyinRanges(value: string, letters: string, table: PinyinTable): CharRange[] {
	const ranges: CharRange[] = [];
	const firstBit = 1 << (letters.charCodeAt(0) - letterA);
	let i = 0;
	while (i < value.length) {
		const code = value.charCodeAt(i);
		if (code === open) {
			const end = emoticonEndIn(value, i);
			if (end > 0) {
				i = end;
				continue;
			}
		}
		if (code >= 0x80 && (table.firstLetters[code]! & firstBit) !== 0) {
			const budget = {steps: stepBudget};
			const end = matchFrom(value, i, letters, 0, table, budget);
			if (end > i) {
				ranges.push([i, end]);
				i = end;
				continue;
			}
		}
		i++;
	}
	return ranges;
}

function matchFrom(
	value: string,
	at: number,
	letters: string,
	from: number,
	table: PinyinTable,
	budget: {steps: number},
): number {
	if (from === letters.length) return at;
	if (at >= value.length || --budget.steps < 0) return -1;
	const readings = table.readings[value.charCodeAt(at)];
	if (!readings) return -1;
	const rest = letters.length - from;
	for (const reading of readings) {
		// The rest of the query is a prefix of this syllable: the match ends here.
		if (rest <= reading.length && reading.startsWith(letters.slice(from))) return at + 1;
		for (const take of takes(reading)) {
			if (take > rest || !letters.startsWith(reading.slice(0, take), from)) continue;
			const end = matchFrom(value, at + 1, letters, from + take, table, budget);
			if (end >= 0) return end;
		}
	}
	return -1;
}

const takesBySyllable = new Map<string, readonly number[]>();

/** How many letters of a syllable a non-final character may take, longest first. */
function takes(reading: string): readonly number[] {
	let lengths = takesBySyllable.get(reading);
	if (!lengths) {
		lengths = [...new Set([reading.length, /^[zcs]h/.test(reading) ? 2 : 1, 1])];
		// Readings are pinyin syllables, a few hundred at most.
		takesBySyllable.set(reading, lengths);
	}
	return lengths;
}
