// Pinyin search: an ASCII query such as `tk`, `tuikuan`, `tui kuan` or `tuik` matches a run of
// consecutive Chinese characters. Each character takes its initial (`t`, or `zh`/`ch`/`sh`)
// or its whole syllable; the last one may take any prefix of its syllable. Readings come from
// pinyin-pro, once per distinct character, so a 100k-message transcript costs only a scan.
import {pinyin} from 'pinyin-pro';
import type {CharIndex} from './char-index.js';
import type {CharRange} from './search-types.js';

export type PinyinTable = {
	/** Toneless readings (ü written v) per code unit; undefined for characters without one. */
	readings: Array<readonly string[] | undefined>;
	/** Bit `n` set when some reading starts with the letter `a + n`. */
	firstLetters: Int32Array;
};

const maxQueryLetters = 32;
/** Recursion steps allowed per start position; a safety net against pathological input. */
const stepBudget = 500;
const letterA = 97;

export function buildPinyinTable(index: CharIndex): PinyinTable {
	const readings: Array<readonly string[] | undefined> = new Array(index.postings.length);
	const firstLetters = new Int32Array(index.postings.length);
	for (let code = 0x80; code < index.postings.length; code++) {
		if (!index.postings[code] || (code >= 0xd800 && code <= 0xdfff)) continue;
		const char = String.fromCharCode(code);
		const found = pinyin(char, {toneType: 'none', type: 'array', multiple: true, v: true}).filter(
			(reading) => /^[a-z]+$/.test(reading),
		);
		if (found.length === 0) continue;
		readings[code] = [...new Set(found)];
		for (const reading of found) firstLetters[code]! |= 1 << (reading.charCodeAt(0) - letterA);
	}
	return {readings, firstLetters};
}

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
 */
export type PinyinMatcher = {letters: string; steps: Array<Int32Array | undefined>};

export function compilePinyinQuery(letters: string, table: PinyinTable): PinyinMatcher {
	const steps: Array<Int32Array | undefined> = new Array(table.readings.length);
	const end = letters.length;
	for (let code = 0; code < table.readings.length; code++) {
		const readings = table.readings[code];
		if (!readings) continue;
		let row: Int32Array | undefined;
		for (let from = 0; from < end; from++) {
			let mask = 0;
			for (const reading of readings) {
				if (end - from <= reading.length && reading.startsWith(letters.slice(from))) {
					mask |= 1 << (end - 1);
				}
				for (const take of takes(reading)) {
					if (from + take <= end && letters.startsWith(reading.slice(0, take), from)) {
						mask |= 1 << (from + take - 1);
					}
				}
			}
			if (mask !== 0) {
				row ??= new Int32Array(end);
				row[from] = mask;
			}
		}
		if (row) steps[code] = row;
	}
	return {letters, steps};
}

/** Whether some run of consecutive characters in `value` spells the query. */
export function hasPinyinMatch(value: string, matcher: PinyinMatcher): boolean {
	const endBit = 1 << (matcher.letters.length - 1);
	let state = 0; // bit p - 1: some run ending at the previous character took letters 0..p
	for (let i = 0; i < value.length; i++) {
		const row = matcher.steps[value.charCodeAt(i)];
		if (!row) {
			state = 0;
			continue;
		}
		let next = row[0]!;
		for (let rest = state & ~endBit; rest !== 0; rest &= rest - 1) {
			next |= row[32 - Math.clz32(rest & -rest)] ?? 0;
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

/** How many letters of a syllable a non-final character may take, longest first. */
function takes(reading: string): number[] {
	const lengths = [reading.length, /^[zcs]h/.test(reading) ? 2 : 1, 1];
	return [...new Set(lengths)];
}
