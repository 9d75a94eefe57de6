// Which messages fuse.js could possibly match, so it runs on those only and still returns
// exactly the hits it would return over every message (test/core/search-sample.test.ts checks).
import {candidatesWithAll, candidatesWithAtLeast, distinctCodes} from './char-index.js';
import type {SearchIndex} from './search-index.js';
import {createWindowFilter, mayMatch} from './window-filter.js';

export const fuseThreshold = 0.3;
/** fuse.js searches a longer pattern in chunks of this many characters. */
const fuseChunk = 32;
/** Messages checked between two yields. */
const checksPerSlice = 2000;

/**
 * With `e` errors allowed, a pattern chunk still needs all but `e` of its distinct
 * characters, (pigeonhole) one of `e + 1` disjoint pieces of it verbatim, and most of its
 * characters close together (window-filter.ts). Empty when fuse.js allows no error, since
 * its hits are then exactly the substring hits. Yields now and then; returns sorted positions.
 */
export function* fuzzyCandidates(
	index: SearchIndex,
	fuseQuery: string,
): Generator<void, number[], void> {
	const candidates = new Set<number>();
	let checks = 0;
	for (const chunk of fuseChunks(fuseQuery)) {
		const errors = maxErrors(chunk.length);
		if (errors === 0) continue;
		const codes = distinctCodes(chunk);
		const enough = new Set(candidatesWithAtLeast(index.chars, codes, codes.length - errors));
		const window = createWindowFilter(chunk, errors);
		for (const piece of pieces(chunk, errors + 1)) {
			for (const position of candidatesWithAll(index.chars, distinctCodes(piece))) {
				if (!enough.has(position) || candidates.has(position)) continue;
				if (++checks % checksPerSlice === 0) yield;
				const text = index.lowerTexts[position]!;
				const speaker = index.lowerSpeakers[position]!;
				if (
					index.unevenLower.has(position) ||
					(text.includes(piece) && mayMatch(window, text)) ||
					(speaker.includes(piece) && mayMatch(window, speaker))
				) {
					candidates.add(position);
				}
			}
		}
	}
	return [...candidates].sort((a, b) => a - b);
}

/** The pattern chunks fuse.js searches separately (a message matches when any chunk does). */
function fuseChunks(pattern: string): string[] {
	if (pattern.length <= fuseChunk) return [pattern];
	const chunks: string[] = [];
	const whole = pattern.length - (pattern.length % fuseChunk);
	for (let at = 0; at < whole; at += fuseChunk) chunks.push(pattern.slice(at, at + fuseChunk));
	if (whole < pattern.length) chunks.push(pattern.slice(-fuseChunk));
	return chunks;
}

/** `count` disjoint, nearly equal pieces covering `value`. */
function pieces(value: string, count: number): string[] {
	return Array.from({length: count}, (_, i) =>
		value.slice(
			Math.floor((i * value.length) / count),
			Math.floor(((i + 1) * value.length) / count),
		),
	).filter((piece) => piece.length > 0);
}

/** The most errors fuse.js accepts in a pattern of `length` (its score is errors / length). */
export function maxErrors(length: number): number {
	let errors = 0;
	while ((errors + 1) / length <= fuseThreshold) errors++;
	return errors;
}
