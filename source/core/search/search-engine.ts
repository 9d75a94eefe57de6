// The search as a generator that yields between slices of work, so `searchSync` can run it
// straight through and `searchAsync` can pause (and be abandoned) between slices; both
// therefore give identical results.
import Fuse, {type FuseResult, type IFuseOptions} from 'fuse.js';
import type {Message} from '../types.js';
import {candidatesWithAll, candidatesWithAtLeast, distinctCodes} from './char-index.js';
import {lowerSameLength, mergeRanges, queryRanges, tidyFuseRanges} from './highlight-ranges.js';
import {
	buildPinyinTable,
	compilePinyinQuery,
	findPinyinRanges,
	hasPinyinMatch,
	pinyinQuery,
} from './pinyin-match.js';
import type {SearchIndex} from './search-index.js';
import type {CharRange, SearchHit, SearchOptions, SearchResult} from './search-types.js';
import {createWindowFilter, mayMatch} from './window-filter.js';

/** Messages handled between two yields. */
export const sliceSize = 2000;
export const fuseThreshold = 0.3;
/** fuse.js searches a longer pattern in chunks of this many characters. */
const fuseChunk = 32;

const fuseOptions: IFuseOptions<Message> = {
	keys: [
		{name: 'text', weight: 2},
		{name: 'speaker', weight: 1},
	],
	ignoreLocation: true,
	threshold: fuseThreshold,
	includeMatches: true,
	includeScore: true,
	minMatchCharLength: 1,
	shouldSort: false,
};

type Found = {
	exactText: boolean;
	exactSpeaker: boolean;
	pinyinText?: CharRange[];
	pinyinSpeaker?: CharRange[];
	fuse?: FuseResult<Message>;
};

export function* runSearch(
	index: SearchIndex,
	query: string,
	options: SearchOptions,
): Generator<void, SearchResult, void> {
	const trimmed = query.trim();
	if (trimmed.length === 0) return {query, hits: [], best: -1};
	const lowerQuery = lowerSameLength(trimmed);
	const found = new Map<number, Found>();
	const entry = (position: number): Found => {
		let value = found.get(position);
		if (!value) {
			value = {exactText: false, exactSpeaker: false};
			found.set(position, value);
		}
		return value;
	};

	// A plain substring is always a hit, whatever fuse.js makes of it.
	const exact = candidatesWithAll(index.chars, distinctCodes(lowerQuery));
	for (let from = 0; from < exact.length; from += sliceSize) {
		for (const position of exact.slice(from, from + sliceSize)) {
			const inText = index.lowerTexts[position]!.includes(lowerQuery);
			const inSpeaker = index.lowerSpeakers[position]!.includes(lowerQuery);
			if (inText || inSpeaker) {
				const value = entry(position);
				value.exactText = inText;
				value.exactSpeaker = inSpeaker;
			}
		}
		yield;
	}

	// Exact text hits need nothing from fuse.js: their score and ranges are our own.
	const fuzzy = fuzzyCandidates(index, trimmed.toLowerCase()).filter(
		(position) => !found.get(position)?.exactText,
	);
	for (let from = 0; from < fuzzy.length; from += sliceSize) {
		const slice = fuzzy.slice(from, from + sliceSize);
		const fuse = new Fuse(
			slice.map((position) => index.messages[position]!),
			fuseOptions,
		);
		for (const result of fuse.search(trimmed)) entry(slice[result.refIndex]!).fuse = result;
		yield;
	}

	const letters = pinyinQuery(trimmed);
	if (letters) {
		index.pinyin ??= buildPinyinTable(index.chars);
		const table = index.pinyin;
		const matcher = compilePinyinQuery(letters, table);
		for (let from = 0; from < index.messages.length; from += sliceSize) {
			const to = Math.min(index.messages.length, from + sliceSize);
			for (let position = from; position < to; position++) {
				const lowerText = index.lowerTexts[position]!;
				const lowerSpeaker = index.lowerSpeakers[position]!;
				if (hasPinyinMatch(lowerText, matcher)) {
					entry(position).pinyinText = findPinyinRanges(lowerText, letters, table);
				}
				if (hasPinyinMatch(lowerSpeaker, matcher)) {
					entry(position).pinyinSpeaker = findPinyinRanges(lowerSpeaker, letters, table);
				}
			}
			yield;
		}
	}

	return collect(index, query, lowerQuery, found, options);
}

/**
 * Messages fuse.js could match. With `e` errors allowed, a pattern chunk still needs all but
 * `e` of its distinct characters, (pigeonhole) one of `e + 1` disjoint pieces of it
 * verbatim, and most of its characters close together (see window-filter.ts). Empty when fuse.js allows no error, since its hits are then the substring hits.
 */
export function fuzzyCandidates(index: SearchIndex, fuseQuery: string): number[] {
	const candidates = new Set<number>();
	for (const chunk of fuseChunks(fuseQuery)) {
		const errors = maxErrors(chunk.length);
		if (errors === 0) continue;
		const codes = distinctCodes(chunk);
		const enough = new Set(candidatesWithAtLeast(index.chars, codes, codes.length - errors));
		const window = createWindowFilter(chunk, errors);
		for (const piece of pieces(chunk, errors + 1)) {
			for (const position of candidatesWithAll(index.chars, distinctCodes(piece))) {
				if (!enough.has(position) || candidates.has(position)) continue;
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

function collect(
	index: SearchIndex,
	query: string,
	lowerQuery: string,
	found: Map<number, Found>,
	options: SearchOptions,
): SearchResult {
	let hits: SearchHit[] = [...found.entries()]
		.sort((a, b) => a[0] - b[0])
		.map(([position, value]) => toHit(index, position, lowerQuery, value));
	if (options.limit !== undefined && hits.length > options.limit) {
		const kept = new Set(
			hits
				.map((hit, order) => ({hit, order}))
				.sort((a, b) => a.hit.score - b.hit.score || a.order - b.order)
				.slice(0, Math.max(0, options.limit))
				.map(({hit}) => hit),
		);
		hits = hits.filter((hit) => kept.has(hit));
	}
	let best = -1;
	hits.forEach((hit, order) => {
		if (best < 0 || hit.score < hits[best]!.score) best = order;
	});
	return {query, hits, best};
}

function toHit(index: SearchIndex, position: number, lowerQuery: string, found: Found): SearchHit {
	const message = index.messages[position]!;
	const text = index.lowerTexts[position]!;
	const speaker = index.lowerSpeakers[position]!;
	const fuseIndices = (key: string) =>
		found.fuse?.matches?.filter((match) => match.key === key).flatMap((match) => match.indices) ??
		[];
	const ranges = (lower: string, pinyin: CharRange[] | undefined, key: string): CharRange[] => {
		const plain = queryRanges(lower, lowerQuery);
		const lexical = pinyin ? mergeRanges([...plain, ...pinyin]) : plain;
		if (lexical.length > 0) return lexical;
		return tidyFuseRanges(fuseIndices(key), lower.length, lowerQuery.length);
	};
	return {
		id: message.id,
		score: score(found, text.length, speaker.length),
		textRanges: ranges(text, found.pinyinText, 'text'),
		speakerRanges: ranges(speaker, found.pinyinSpeaker, 'speaker'),
	};
}

/** Exact text hits first, then exact speaker hits, pinyin hits, fuzzy hits; short fields first. */
function score(found: Found, textLength: number, speakerLength: number): number {
	const shortness = (length: number) => length / (length + 40);
	if (found.exactText) return 0.3 * shortness(textLength);
	if (found.exactSpeaker) return 0.2 + 0.1 * shortness(speakerLength);
	if (found.pinyinText || found.pinyinSpeaker) {
		return 0.3 + 0.2 * shortness(textLength);
	}
	return 0.5 + 0.5 * (found.fuse?.score ?? 1);
}
