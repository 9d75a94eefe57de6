// Character ranges for highlighting: exact occurrences first, fuse.js's own indices only as a
// fallback, merged and with scattered single characters dropped when longer runs exist.
import type {CharRange} from './search-types.js';

/** Lower-cases code unit by code unit, so indices stay those of the original string. */
export function lowerSameLength(value: string): string {
	const lower = value.toLowerCase();
	if (lower.length === value.length) return lower;
	let result = '';
	for (const char of value) {
		const lowered = char.toLowerCase();
		result += lowered.length === char.length ? lowered : char;
	}
	return result;
}

/** Non-overlapping occurrences of `needle` in `haystack`, left to right. */
export function occurrences(haystack: string, needle: string): CharRange[] {
	const ranges: CharRange[] = [];
	if (needle.length === 0) return ranges;
	let from = haystack.indexOf(needle);
	while (from >= 0) {
		ranges.push([from, from + needle.length]);
		from = haystack.indexOf(needle, from + needle.length);
	}
	return ranges;
}

/** Sorted, with overlapping and touching ranges joined. */
export function mergeRanges(ranges: readonly CharRange[]): CharRange[] {
	if (ranges.length === 1 && ranges[0]![1] > ranges[0]![0]) return [[ranges[0]![0], ranges[0]![1]]];
	const sorted = ranges
		.filter(([start, end]) => end > start)
		.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
	const merged: CharRange[] = [];
	for (const [start, end] of sorted) {
		const last = merged.at(-1);
		if (last && start <= last[1]) last[1] = Math.max(last[1], end);
		else merged.push([start, end]);
	}
	return merged;
}

/** fuse.js indices (inclusive ends) as tidy ranges within a string of `length`. */
export function tidyFuseRanges(
	indices: ReadonlyArray<readonly [number, number]>,
	length: number,
	queryLength: number,
): CharRange[] {
	const ranges = mergeRanges(
		indices.map(([start, end]): CharRange => [Math.max(0, start), Math.min(length, end + 1)]),
	);
	if (queryLength < 2 || !ranges.some(([start, end]) => end - start >= 2)) return ranges;
	return ranges.filter(([start, end]) => end - start >= 2);
}

/** Occurrences of the whole query, else of each word of it (single letters only when alone). */
export function queryRanges(lowerValue: string, lowerQuery: string): CharRange[] {
	const whole = occurrences(lowerValue, lowerQuery);
	if (whole.length > 0) return whole;
	const words = queryWords(lowerQuery);
	if (words.length === 0) return [];
	return mergeRanges(words.flatMap((word) => occurrences(lowerValue, word)));
}

// A search asks for the words of one query once per hit: keep the last answer.
let wordsFor = '';
let wordsOfLast: readonly string[] = [];

/** The words worth highlighting on their own; none when the query is a single word. */
function queryWords(lowerQuery: string): readonly string[] {
	if (lowerQuery !== wordsFor) {
		const words = lowerQuery.split(/\s+/).filter((word) => word.length > 0);
		wordsOfLast =
			words.length < 2 ? [] : words.filter((word) => word.length >= 2 || /[^\x00-\x7f]/.test(word));
		wordsFor = lowerQuery;
	}
	return wordsOfLast;
}
