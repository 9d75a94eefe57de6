// Which messages fuse.js could possibly match, so it runs on those only and still returns
// exactly the hits it would return over every message (test/core/search-sample.test.ts checks).
import {compileApproximate, matchesApproximately} from './approximate-match.js';
import {candidatesWithAtLeast, distinctCodes} from './char-index.js';
import type {SearchIndex} from './search-index.js';

export const fuseThreshold = 0.3;
/** fuse.js searches a longer pattern in chunks of this many characters. */
const fuseChunk = 32;
/** Characters scanned between two yields. */
const charsPerSlice = 200_000;

/**
 * With `e` errors allowed, a pattern chunk still needs all but `e` of its distinct
 * characters (a cheap count over the character index), one of `e + 1` disjoint pieces of it
 * verbatim (pigeonhole; a fast native `includes`) and an occurrence with at most `e` edits
 * (approximate-match.ts, exactly fuse.js's own condition). Empty when fuse.js allows
 * no error, since its hits are then exactly the substring hits. Yields now and then;
 * returns sorted positions.
 */
export function* fuzzyCandidates(
	index: SearchIndex,
	fuseQuery: string,
): Generator<void, number[], void> {
	const taken = new Uint8Array(index.messages.length);
	const candidates: number[] = [];
	let scanned = 0;
	const chunks = fuseChunks(fuseQuery);
	for (const chunk of chunks) {
		const errors = maxErrors(chunk.length);
		if (errors === 0) continue;
		const codes = distinctCodes(chunk);
		const pattern = compileApproximate(chunk, errors);
		const verbatim = pieces(chunk, errors + 1);
		const holdsPiece = (value: string) => verbatim.some((piece) => value.includes(piece));
		for (const position of candidatesWithAtLeast(index.chars, codes, codes.length - errors)) {
			if (taken[position] === 1) continue;
			const text = index.lowerTexts[position]!;
			const speaker = index.lowerSpeakers[position]!;
			scanned += text.length + speaker.length + 16;
			if (scanned >= charsPerSlice) {
				scanned = 0;
				yield;
			}
			if (
				index.unevenLower.has(position) ||
				(holdsPiece(text) && matchesApproximately(pattern, text)) ||
				(holdsPiece(speaker) && matchesApproximately(pattern, speaker))
			) {
				taken[position] = 1;
				candidates.push(position);
			}
		}
	}
	return chunks.length > 1 ? candidates.sort((a, b) => a - b) : candidates;
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
