// The plain search (substring, fuse.js, pinyin) as a generator that yields between slices of
// work, so `searchSync` can run it straight through and `searchAsync` can pause (and be
// abandoned) between slices; both therefore give identical results.
import Fuse, {type FuseResult, type IFuseOptions} from 'fuse.js';
import {candidatesWithAll, distinctCodes, narrowToAll} from './char-index.js';
import {
	compileFuzzy,
	fuseThreshold,
	fuseWouldMatchIn,
	fuzzyCandidates,
	fuzzyMatches,
	singleChunkErrors,
} from './fuzzy-candidates.js';
import {lowerSameLength} from './highlight-ranges.js';
import {pinyinCandidates} from './pinyin-candidates.js';
import {compilePinyinQuery, hasPinyinMatch, hasPinyinMatchIn, pinyinQuery} from './pinyin-match.js';
import type {SearchField} from './query-syntax.js';
import type {SearchIndex} from './search-index.js';
import {codeUnits, poolIncludes} from './text-pool.js';

export {fuseThreshold};
/** Messages handled between two yields. */
export const sliceSize = 4000;
/** fuse.js candidates handled between two yields (fuse.js takes ~50 µs on a long message). */
export const fuseSliceSize = 250;

/** Bits of `Found.flags`: how a message was found. */
export const exactText = 1;
export const exactSpeaker = 2;
export const pinyinText = 4;
export const pinyinSpeaker = 8;
export const fuzzy = 16;

/** What fuse.js is handed for each candidate. */
export type FuseItem = {text: string; speaker: string};

/** What a plain search found: how each message matched, by position. */
export type Found = {
	/** The bits above, per position; 0 for a message not found. */
	flags: Uint8Array;
	/** fuse.js's answer for the messages it found, where it was asked (see fuseOne). */
	fuse: Map<number, FuseResult<FuseItem>>;
	/** The query searched (trimmed), and its pinyin letters when it is pinyin. */
	query: string;
	letters?: string;
};

const fuseKeys = {
	both: [
		{name: 'text', weight: 2},
		{name: 'speaker', weight: 1},
	],
	text: ['text'],
	speaker: ['speaker'],
};

const fuseOptions: IFuseOptions<FuseItem> = {
	ignoreLocation: true,
	threshold: fuseThreshold,
	includeMatches: true,
	includeScore: true,
	minMatchCharLength: 1,
	shouldSort: false,
};

function fuseItem(index: SearchIndex, position: number): FuseItem {
	return {text: index.source.text(position), speaker: index.source.speaker(position)};
}

/** What fuse.js answers for the message at `position`: its score and indices for a hit. */
export function fuseOne(
	index: SearchIndex,
	position: number,
	trimmed: string,
	field: SearchField,
): FuseResult<FuseItem> | undefined {
	const item = fuseItem(index, position);
	return new Fuse([item], {...fuseOptions, keys: fuseKeys[field]}).search(trimmed)[0];
}

/** What a plain query (substring, fuse.js, pinyin) finds in `field`, by message position. */
export function* plainFound(
	index: SearchIndex,
	trimmed: string,
	field: SearchField,
): Generator<void, Found, void> {
	const inText = field !== 'speaker';
	const inSpeakers = field !== 'text';
	const lowerQuery = lowerSameLength(trimmed);
	const flags = new Uint8Array(index.size);
	const fuse = new Map<number, FuseResult<FuseItem>>();
	const {texts, speakerOf, speakers, recent} = index;

	// A plain substring is always a hit, whatever fuse.js makes of it. A query holding an
	// earlier one looks only at that one's hits (recent-searches.ts), less those that lack a
	// character it adds.
	const codes = distinctCodes(lowerQuery);
	const memo = recent.exactWithin(field, lowerQuery);
	const exactFrom = memo
		? narrowToAll(
				index.chars,
				memo.exact,
				codes.filter((code) => !memo.lowerQuery.includes(String.fromCharCode(code))),
			)
		: candidatesWithAll(index.chars, codes);
	const needle = codeUnits(lowerQuery);
	const speakerHolds = speakers.map((name) => name.includes(lowerQuery));
	// Every candidate holds each code of the query in its text, speaker or fuse.js forms: for
	// one code, a text is sure to hold it when the other two do not.
	const single = needle.length === 1;
	const {fuseForms} = index;
	const noForms = fuseForms.size === 0;
	const exact = new Int32Array(exactFrom.length);
	let exactCount = 0;
	for (let from = 0; from < exactFrom.length; from += sliceSize) {
		const to = Math.min(exactFrom.length, from + sliceSize);
		for (let at = from; at < to; at++) {
			const position = exactFrom[at]!;
			const speakerHas = speakerHolds[speakerOf[position]!]!;
			const text =
				inText &&
				((single && !speakerHas && (noForms || !fuseForms.has(position))) ||
					poolIncludes(texts, position, needle));
			const speaker = inSpeakers && speakerHas;
			if (text || speaker) {
				flags[position] = (text ? exactText : 0) | (speaker ? exactSpeaker : 0);
				exact[exactCount++] = position;
			}
		}
		yield;
	}

	// Exact text hits need nothing from fuse.js: their score and ranges are our own. The others
	// are decided by fuse.js's own condition (fuzzy-candidates.ts); fuse.js itself runs here
	// only where its lower-casing differs from ours, and later for a hit's score or highlights.
	const fuzzyQuery = trimmed.toLowerCase();
	const compiled = compileFuzzy(fuzzyQuery);
	// Texts holding the query verbatim hold every chunk of fuse.js's query with no error.
	const verbatim =
		inText && fuzzyQuery === lowerQuery ? textFlags(flags, exact, exactCount) : undefined;
	const fuzzyFrom = yield* fuzzyCandidates(
		index,
		compiled,
		field,
		recent.fuzzyWithin(field, fuzzyQuery, singleChunkErrors),
		verbatim,
	);
	const speakerFuzzy = speakers.map(
		(name) => inSpeakers && name.trim() !== '' && fuzzyMatches(compiled, name),
	);
	const unsure: number[] = [];
	for (const position of fuzzyFrom) {
		if ((flags[position]! & exactText) !== 0) continue;
		if (index.fuseForms.has(position)) {
			unsure.push(position);
			continue;
		}
		const start = texts.starts[position]!;
		const end = texts.starts[position + 1]!;
		if (
			(inText && fuseWouldMatchIn(compiled, texts.codes, start, end)) ||
			speakerFuzzy[speakerOf[position]!]
		) {
			flags[position] = flags[position]! | fuzzy;
		}
	}
	for (let from = 0; from < unsure.length; from += fuseSliceSize) {
		const slice = unsure.slice(from, from + fuseSliceSize);
		const items = slice.map((position) => fuseItem(index, position));
		const found = new Fuse(items, {...fuseOptions, keys: fuseKeys[field]}).search(trimmed);
		for (const result of found) {
			const position = slice[result.refIndex]!;
			flags[position] = flags[position]! | fuzzy;
			fuse.set(position, result);
		}
		yield;
	}

	const letters = pinyinQuery(trimmed);
	let spelled = new Int32Array(0);
	let spelledCount = 0;
	if (letters) {
		const matcher = compilePinyinQuery(letters, index.pinyin);
		const positions =
			recent.pinyinWithin(field, letters) ??
			pinyinCandidates(index.chars, index.pinyinPairs, matcher);
		spelled = new Int32Array(positions.length);
		const speakerSpells = speakers.map((name) => inSpeakers && hasPinyinMatch(name, matcher));
		for (let from = 0; from < positions.length; from += sliceSize) {
			const to = Math.min(positions.length, from + sliceSize);
			for (let at = from; at < to; at++) {
				const position = positions[at]!;
				const start = texts.starts[position]!;
				const end = texts.starts[position + 1]!;
				const text = inText && hasPinyinMatchIn(texts.codes, start, end, matcher);
				const speaker = speakerSpells[speakerOf[position]!]!;
				if (text || speaker) {
					flags[position] =
						flags[position]! | (text ? pinyinText : 0) | (speaker ? pinyinSpeaker : 0);
					spelled[spelledCount++] = position;
				}
			}
			yield;
		}
	}

	const fuzzyErrors = singleChunkErrors(fuzzyQuery);
	recent.remember({
		field,
		lowerQuery,
		exact: exact.slice(0, exactCount),
		...(letters ? {letters, pinyin: spelled.slice(0, spelledCount)} : {}),
		...(fuzzyErrors ? {fuzzyQuery, fuzzy: fuzzyFrom} : {}),
	});
	return {flags, fuse, query: trimmed, letters};
}

/** `flags` when every exact hit in `exact` is a text hit, else a copy with only the text hits. */
function textFlags(flags: Uint8Array, exact: Int32Array, count: number): Uint8Array {
	let textOnly = true;
	for (let at = 0; at < count && textOnly; at++) textOnly = (flags[exact[at]!]! & exactText) !== 0;
	if (textOnly) return flags;
	const text = new Uint8Array(flags.length);
	for (let at = 0; at < count; at++) {
		const position = exact[at]!;
		if ((flags[position]! & exactText) !== 0) text[position] = 1;
	}
	return text;
}
