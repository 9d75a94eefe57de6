// Which messages fuse.js matches, without running fuse.js over them. fuse.js (Bitap, location
// ignored, threshold 0.3) accepts a string when, after `toLowerCase`, some chunk of the query
// occurs in it with at most `maxErrors` edits (approximate-match.ts decides exactly that) and
// the string is not blank. Its score and match indices are needed only for ranking and for
// highlights, so they are asked of fuse.js later, hit by hit (collect-hits.ts).
// test/core/search/search-sample.test.ts and search-fuzzy.test.ts check the agreement.
import {
	type ApproximatePattern,
	compileApproximate,
	matchesApproximatelyIn,
} from './approximate-match.js';
import {candidatesWithAll, distinctCodes} from './char-index.js';
import type {SearchField} from './query-syntax.js';
import {lowerSpeaker, lowerText, type SearchIndex} from './search-index.js';
import {codeUnits, rangeIncludes} from './text-pool.js';

export const fuseThreshold = 0.3;
/** fuse.js searches a longer pattern in chunks of this many characters. */
const fuseChunk = 32;
/** Characters scanned between two yields. */
const charsPerSlice = 200_000;

type Chunk = {
	pattern: ApproximatePattern;
	/** Distinct code units of the chunk, and how many a match must hold. */
	codes: number[];
	need: number;
	/** `errors + 1` disjoint pieces: a match holds one verbatim (pigeonhole). */
	pieces: Uint16Array[];
	pieceTexts: string[];
};

/** The chunks of a (lower-cased) fuse.js query that allow errors. */
export type FuzzyQuery = {chunks: Chunk[]};

export function compileFuzzy(fuseQuery: string): FuzzyQuery {
	const chunks: Chunk[] = [];
	for (const chunk of fuseChunks(fuseQuery)) {
		const errors = maxErrors(chunk.length);
		if (errors === 0) continue;
		const codes = distinctCodes(chunk);
		const pieceTexts = pieces(chunk, errors + 1);
		chunks.push({
			pattern: compileApproximate(chunk, errors),
			codes,
			need: codes.length - errors,
			pieces: pieceTexts.map(codeUnits),
			pieceTexts,
		});
	}
	return {chunks};
}

/** Whether some chunk occurs, within its errors, in the code units `codes[from..to)`. */
export function fuzzyMatchesIn(
	query: FuzzyQuery,
	codes: Uint16Array,
	from: number,
	to: number,
): boolean {
	return query.chunks.some(
		(chunk) =>
			chunk.pieces.some((piece) => rangeIncludes(codes, from, to, piece)) &&
			matchesApproximatelyIn(chunk.pattern, codes, from, to),
	);
}

/** fuzzyMatchesIn over a whole string. */
export function fuzzyMatches(query: FuzzyQuery, value: string): boolean {
	return fuzzyMatchesIn(query, codeUnits(value), 0, value.length);
}

/** Whether fuse.js matches `value` (lower-cased without changing its length): not blank. */
export function fuseWouldMatchIn(
	query: FuzzyQuery,
	codes: Uint16Array,
	from: number,
	to: number,
): boolean {
	return !blank(codes, from, to) && fuzzyMatchesIn(query, codes, from, to);
}

/**
 * The messages fuse.js could match in `field`. With `e` errors allowed, an occurrence of a
 * chunk holds one of `e + 1` disjoint pieces of it verbatim (pigeonhole), so only texts holding
 * a piece (found like substring hits, often narrowed by a recent search) are checked for an
 * occurrence with at most `e` edits; speakers are few and checked once each. Messages whose
 * strings lengthen under `toLowerCase` stay in whenever they hold all but `e` of the chunk's
 * characters (their fuse.js form is not the pooled one: fuse.js decides them). Empty when
 * fuse.js allows no error, since its hits are then exactly the substring hits. `within`, when
 * given, holds every candidate (those of a query this one contains, recent-searches.ts).
 * `verbatim`, when given, is non-zero at the positions whose pooled text holds the whole
 * (lower-cased) query: every chunk occurs there without an error, so they are not scanned.
 * Yields now and then; returns sorted positions.
 */
export function* fuzzyCandidates(
	index: SearchIndex,
	query: FuzzyQuery,
	field: SearchField,
	within?: Int32Array,
	verbatim?: Uint8Array,
): Generator<void, Int32Array, void> {
	const inText = field !== 'speaker';
	const inSpeakers = field !== 'text';
	const candidates: number[] = [];
	const {texts, speakerOf, fuseForms} = index;
	let scanned = 0;
	for (const chunk of query.chunks) {
		const one: FuzzyQuery = {chunks: [chunk]};
		const speakerTakes = index.speakers.map((name) => inSpeakers && fuzzyMatches(one, name));
		const unevenTakes = (position: number) =>
			holdsAtLeast(index, position, chunk.codes, chunk.need);
		const positions =
			within ??
			(inText
				? union(
						chunk.pieceTexts.map(
							(piece) =>
								index.recent.exactWithin(field, piece)?.exact ??
								candidatesWithAll(index.chars, distinctCodes(piece)),
						),
					)
				: new Int32Array(0));
		const noForms = fuseForms.size === 0;
		for (let at = 0; at < positions.length; at++) {
			const position = positions[at]!;
			if (verbatim && verbatim[position] !== 0 && (noForms || !fuseForms.has(position))) {
				candidates.push(position);
				continue;
			}
			const from = texts.starts[position]!;
			const to = texts.starts[position + 1]!;
			scanned += to - from + 16;
			if (scanned >= charsPerSlice) {
				scanned = 0;
				yield;
			}
			if (fuseForms.has(position)) {
				if (unevenTakes(position)) candidates.push(position);
			} else if (
				(inText && fuzzyMatchesIn(one, texts.codes, from, to)) ||
				speakerTakes[speakerOf[position]!]
			) {
				candidates.push(position);
			}
		}
		if (!within) {
			for (const position of fuseForms.keys()) if (unevenTakes(position)) candidates.push(position);
			if (speakerTakes.some(Boolean)) {
				for (let position = 0; position < index.size; position++) {
					if (speakerTakes[speakerOf[position]!]) candidates.push(position);
				}
			}
		}
		yield;
	}
	return union([Int32Array.from(candidates).sort()]);
}

/** The positions in any of `lists` (each ascending), ascending, each once. */
function union(lists: readonly Int32Array[]): Int32Array {
	if (
		lists.length === 1 &&
		lists[0]!.every((position, at, all) => at === 0 || all[at - 1]! < position)
	) {
		return lists[0]!;
	}
	const all = new Int32Array(lists.reduce((sum, list) => sum + list.length, 0));
	let length = 0;
	for (const list of lists) {
		all.set(list, length);
		length += list.length;
	}
	all.sort();
	let kept = 0;
	for (let at = 0; at < all.length; at++) {
		if (kept === 0 || all[kept - 1] !== all[at]) all[kept++] = all[at]!;
	}
	return all.subarray(0, kept);
}

/** Whether the message at `position` holds at least `need` of `codes`, as the index counts. */
function holdsAtLeast(
	index: SearchIndex,
	position: number,
	codes: readonly number[],
	need: number,
): boolean {
	const values = [lowerText(index, position), lowerSpeaker(index, position)];
	for (const form of index.fuseForms.get(position) ?? []) values.push(form);
	const held = codes.filter((code) =>
		values.some((value) => value.includes(String.fromCharCode(code))),
	);
	return held.length >= need;
}

/** What `String.prototype.trim` removes: fuse.js skips a string of only these. */
function isTrimmed(code: number): boolean {
	return (
		code === 0x20 ||
		(code >= 0x09 && code <= 0x0d) ||
		code === 0xa0 ||
		code === 0x1680 ||
		(code >= 0x2000 && code <= 0x200a) ||
		code === 0x2028 ||
		code === 0x2029 ||
		code === 0x202f ||
		code === 0x205f ||
		code === 0x3000 ||
		code === 0xfeff
	);
}

function blank(codes: Uint16Array, from: number, to: number): boolean {
	for (let at = from; at < to; at++) if (!isTrimmed(codes[at]!)) return false;
	return true;
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

/** The errors fuse.js allows in a query searched as one chunk; undefined for longer ones. */
export function singleChunkErrors(fuseQuery: string): number | undefined {
	return fuseQuery.length <= fuseChunk ? maxErrors(fuseQuery.length) : undefined;
}

/** The most errors fuse.js accepts in a pattern of `length` (its score is errors / length). */
export function maxErrors(length: number): number {
	let errors = 0;
	while ((errors + 1) / length <= fuseThreshold) errors++;
	return errors;
}
