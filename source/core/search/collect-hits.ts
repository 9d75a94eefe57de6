// Turns what the search stages found into hits: highlight ranges, a score, message order.
import type {FuseResult} from 'fuse.js';
import type {Message} from '../transcript/types.js';
import {mergeRanges, queryRanges, tidyFuseRanges} from './highlight-ranges.js';
import type {SearchField} from './query-syntax.js';
import type {SearchIndex} from './search-index.js';
import type {CharRange, SearchHit, SearchOptions, SearchResult} from './search-types.js';

export type Found = {
	exactText: boolean;
	exactSpeaker: boolean;
	pinyinText?: CharRange[];
	pinyinSpeaker?: CharRange[];
	fuse?: FuseResult<Message>;
};

/** Hits built between two yields. */
const hitsPerSlice = 5000;

export function* collectHits(
	index: SearchIndex,
	query: string,
	lowerQuery: string,
	found: Map<number, Found>,
	options: SearchOptions,
	field: SearchField = 'both',
): Generator<void, SearchResult, void> {
	const positions = [...found.keys()].sort((a, b) => a - b);
	const hits: SearchHit[] = [];
	for (let from = 0; from < positions.length; from += hitsPerSlice) {
		for (const position of positions.slice(from, from + hitsPerSlice)) {
			const hit = toHit(index, position, lowerQuery, found.get(position)!);
			if (field === 'text') hit.speakerRanges = [];
			if (field === 'speaker') hit.textRanges = [];
			hits.push(hit);
		}
		yield;
	}
	return finishHits(query, hits, options);
}

/** Keeps the best `options.limit` hits (still in message order) and finds the best one. */
export function finishHits(query: string, all: SearchHit[], options: SearchOptions): SearchResult {
	let hits = all;
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
		id: index.messages.idOf(position),
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
	if (found.pinyinText || found.pinyinSpeaker) return 0.3 + 0.2 * shortness(textLength);
	return 0.5 + 0.5 * (found.fuse?.score ?? 1);
}
