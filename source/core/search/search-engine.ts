// The plain search (substring, fuse.js, pinyin) as a generator that yields between slices of
// work, so `searchSync` can run it straight through and `searchAsync` can pause (and be
// abandoned) between slices; both therefore give identical results.
import Fuse, {type IFuseOptions} from 'fuse.js';
import type {Message} from '../transcript/types.js';
import {candidatesWithAll, distinctCodes} from './char-index.js';
import type {Found} from './collect-hits.js';
import {fuseThreshold, fuzzyCandidates} from './fuzzy-candidates.js';
import {lowerSameLength} from './highlight-ranges.js';
import {pinyinCandidates} from './pinyin-candidates.js';
import {compilePinyinQuery, findPinyinRanges, hasPinyinMatch, pinyinQuery} from './pinyin-match.js';
import type {SearchField} from './query-syntax.js';
import type {SearchIndex} from './search-index.js';

export {fuseThreshold};
/** Messages handled between two yields. */
export const sliceSize = 2000;
/** fuse.js candidates handled between two yields (fuse.js takes ~50 µs on a long message). */
export const fuseSliceSize = 250;

const fuseKeys = {
	both: [
		{name: 'text', weight: 2},
		{name: 'speaker', weight: 1},
	],
	text: ['text'],
	speaker: ['speaker'],
};

const fuseOptions: IFuseOptions<Message> = {
	ignoreLocation: true,
	threshold: fuseThreshold,
	includeMatches: true,
	includeScore: true,
	minMatchCharLength: 1,
	shouldSort: false,
};

/** What a plain query (substring, fuse.js, pinyin) finds in `field`, by message position. */
export function* plainFound(
	index: SearchIndex,
	trimmed: string,
	field: SearchField,
): Generator<void, Map<number, Found>, void> {
	const inText = field !== 'speaker';
	const inSpeakers = field !== 'text';
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
			const text = inText && index.lowerTexts[position]!.includes(lowerQuery);
			const speaker = inSpeakers && index.lowerSpeakers[position]!.includes(lowerQuery);
			if (text || speaker) {
				const value = entry(position);
				value.exactText = text;
				value.exactSpeaker = speaker;
			}
		}
		yield;
	}

	// Exact text hits need nothing from fuse.js: their score and ranges are our own.
	const fuzzy = (yield* fuzzyCandidates(index, trimmed.toLowerCase())).filter(
		(position) => !found.get(position)?.exactText,
	);
	for (let from = 0; from < fuzzy.length; from += fuseSliceSize) {
		const slice = fuzzy.slice(from, from + fuseSliceSize);
		const fuse = new Fuse(
			slice.map((position) => index.messages.read(position)!),
			{...fuseOptions, keys: fuseKeys[field]},
		);
		for (const result of fuse.search(trimmed)) entry(slice[result.refIndex]!).fuse = result;
		yield;
	}

	const letters = pinyinQuery(trimmed);
	if (letters) {
		const table = index.pinyin;
		const matcher = compilePinyinQuery(letters, table);
		const positions = pinyinCandidates(index.chars, index.pinyinPairs, matcher);
		for (let from = 0; from < positions.length; from += sliceSize) {
			const to = Math.min(positions.length, from + sliceSize);
			for (let at = from; at < to; at++) {
				const position = positions[at]!;
				const lowerText = index.lowerTexts[position]!;
				const lowerSpeaker = index.lowerSpeakers[position]!;
				if (inText && hasPinyinMatch(lowerText, matcher)) {
					entry(position).pinyinText = findPinyinRanges(lowerText, letters, table);
				}
				if (inSpeakers && hasPinyinMatch(lowerSpeaker, matcher)) {
					entry(position).pinyinSpeaker = findPinyinRanges(lowerSpeaker, letters, table);
				}
			}
			yield;
		}
	}

	return found;
}
