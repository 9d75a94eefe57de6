// Turns what the search stages found into hits in message order. A hit's score is known at
// once; its highlight ranges are worked out when first read, which is for the few rows on
// screen or in the results list, not for each of a hundred thousand hits per keystroke.
import type {FuseResult} from 'fuse.js';
import {mergeRanges, queryRanges, tidyFuseRanges} from './highlight-ranges.js';
import {HitList} from './hit-list.js';
import {searchResultOf} from './merge-results.js';
import {findPinyinRanges} from './pinyin-match.js';
import type {SearchField} from './query-syntax.js';
import {
	exactSpeaker,
	exactText,
	type Found,
	type FuseItem,
	fuseOne,
	fuzzy,
	pinyinSpeaker,
	pinyinText,
} from './search-engine.js';
import {lowerSpeaker, lowerText, type SearchIndex} from './search-index.js';
import type {CharRange, SearchHit, SearchOptions, SearchResult} from './search-types.js';

/** What every hit of one search shares. */
type HitContext = {
	index: SearchIndex;
	lowerQuery: string;
	field: SearchField;
	found: Found;
	/** What was worked out for the hits read so far, by position (few: those on screen). */
	worked: Map<number, Worked>;
};

type Worked = {score?: number; textRanges?: CharRange[]; speakerRanges?: CharRange[]};

/** A hit of a plain search: its id, and the rest worked out when read (kept small: many). */
class PlainHit implements SearchHit {
	readonly id: number;
	readonly #position: number;
	readonly #context: HitContext;

	constructor(context: HitContext, position: number) {
		this.#context = context;
		this.#position = position;
		this.id = context.index.source.id(position);
	}

	#worked(): Worked {
		const {worked} = this.#context;
		let own = worked.get(this.#position);
		if (!own) {
			own = {};
			worked.set(this.#position, own);
		}
		return own;
	}

	/** Exact text hits first, then exact speaker hits, pinyin hits, fuzzy hits; short fields first. */
	get score(): number {
		const worked = this.#worked();
		worked.score ??= this.#score();
		return worked.score;
	}

	get textRanges(): CharRange[] {
		const worked = this.#worked();
		const {field, index} = this.#context;
		worked.textRanges ??=
			field === 'speaker' ? [] : this.#ranges(lowerText(index, this.#position), pinyinText, 'text');
		return worked.textRanges;
	}

	get speakerRanges(): CharRange[] {
		const worked = this.#worked();
		const {field, index} = this.#context;
		worked.speakerRanges ??=
			field === 'text'
				? []
				: this.#ranges(lowerSpeaker(index, this.#position), pinyinSpeaker, 'speaker');
		return worked.speakerRanges;
	}

	#score(): number {
		const {index, found} = this.#context;
		const position = this.#position;
		const flags = found.flags[position]!;
		const {starts} = index.texts;
		const textLength = starts[position + 1]! - starts[position]!;
		const shortness = (length: number) => length / (length + 40);
		if ((flags & exactText) !== 0) return 0.3 * shortness(textLength);
		if ((flags & exactSpeaker) !== 0) {
			return 0.2 + 0.1 * shortness(lowerSpeaker(index, position).length);
		}
		if ((flags & (pinyinText | pinyinSpeaker)) !== 0) return 0.3 + 0.2 * shortness(textLength);
		return 0.5 + 0.5 * (this.#fuse()?.score ?? 1);
	}

	/** fuse.js's answer, asked once the score or highlights of a fuzzy hit are wanted. */
	#fuse(): FuseResult<FuseItem> | undefined {
		const {index, found, field} = this.#context;
		const position = this.#position;
		if ((found.flags[position]! & fuzzy) === 0) return undefined;
		let result = found.fuse.get(position);
		if (!result) {
			result = fuseOne(index, position, found.query, field);
			if (result) found.fuse.set(position, result);
		}
		return result;
	}

	/** Exact occurrences and pinyin runs; fuse.js's indices when there are neither. */
	#ranges(lower: string, pinyinBit: number, key: string): CharRange[] {
		const {lowerQuery, found, index} = this.#context;
		const plain = queryRanges(lower, lowerQuery);
		const spelled =
			found.letters && (found.flags[this.#position]! & pinyinBit) !== 0
				? findPinyinRanges(lower, found.letters, index.pinyin)
				: undefined;
		const lexical = spelled ? mergeRanges([...plain, ...spelled]) : plain;
		if (lexical.length > 0) return lexical;
		const indices =
			this.#fuse()
				?.matches?.filter((match) => match.key === key)
				.flatMap((match) => match.indices) ?? [];
		return tidyFuseRanges(indices, lower.length, lowerQuery.length);
	}
}

export function* collectHits(
	index: SearchIndex,
	query: string,
	lowerQuery: string,
	found: Found,
	options: SearchOptions,
	field: SearchField = 'both',
): Generator<void, SearchResult, void> {
	const context: HitContext = {index, lowerQuery, field, found, worked: new Map()};
	const {flags} = found;
	let count = 0;
	for (let position = 0; position < flags.length; position++) {
		if (flags[position] !== 0) count++;
	}
	const positions = new Int32Array(count);
	for (let position = 0, at = 0; at < count; position++) {
		if (flags[position] !== 0) positions[at++] = position;
	}
	yield;
	const {source} = index;
	const hits = new HitList(
		count,
		(at) => source.id(positions[at]!),
		(at) => new PlainHit(context, positions[at]!),
	);
	return options.limit !== undefined && count > options.limit
		? finishHits(query, hits.toArray(), options)
		: searchResultOf(query, hits);
}

/** Keeps the best `options.limit` hits (still in message order) and finds the best one. */
export function finishHits(
	query: string,
	all: readonly SearchHit[],
	options: SearchOptions,
): SearchResult {
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
	return searchResultOf(query, HitList.of(hits));
}
