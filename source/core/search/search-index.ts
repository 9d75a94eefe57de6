import type {MessageStore} from '../transcript/message-store.js';
import type {Message} from '../transcript/types.js';
import {buildCharIndexSteps, type CharIndex, runSteps, stepSize} from './char-index.js';
import {lowerSameLength} from './highlight-ranges.js';
import {addPairs, pairWords} from './pinyin-pairs.js';
import {buildPinyinTable, type PinyinTable} from './pinyin-table.js';
import {RecentSearches} from './recent-searches.js';
import {asSearchSource, type SearchSource} from './search-source.js';
import {codeUnits, poolText, type TextPool, TextPoolBuilder} from './text-pool.js';

export type SearchIndex = {
	source: SearchSource;
	/** Number of messages indexed. */
	size: number;
	/** `lowerSameLength` of each text, pooled. */
	texts: TextPool;
	/** The speaker of each position, as an index into `speakers`. */
	speakerOf: Int32Array;
	/** `lowerSameLength` of each distinct speaker. */
	speakers: string[];
	chars: CharIndex;
	/**
	 * Positions whose text or speaker lengthens under `toLowerCase` (fuse.js's lowering), with
	 * those longer forms.
	 */
	fuseForms: Map<number, string[]>;
	/** Pinyin readings of the characters used. */
	pinyin: PinyinTable;
	/** Signatures of which reading initials follow each other in each message (pinyin-pairs.ts). */
	pinyinPairs: Uint32Array;
	/** The last plain searches' hits, which a longer query can narrow (recent-searches.ts). */
	recent: RecentSearches;
};

/** `lowerSameLength` of the text at `position`. */
export function lowerText(index: SearchIndex, position: number): string {
	return poolText(index.texts, position);
}

/** `lowerSameLength` of the speaker at `position`. */
export function lowerSpeaker(index: SearchIndex, position: number): string {
	return index.speakers[index.speakerOf[position]!]!;
}

export function createSearchIndex(
	from: SearchSource | MessageStore | readonly Message[],
): SearchIndex {
	return runSteps(createSearchIndexSteps(from));
}

/**
 * createSearchIndex in steps of a few thousand messages (a few ms each), so a reader can build
 * it between frames instead of blocking keys for half a second at 100,000 messages.
 */
export function* createSearchIndexSteps(
	from: SearchSource | MessageStore | readonly Message[],
): Generator<undefined, SearchIndex> {
	const source = asSearchSource(from);
	const size = source.length;
	// Lower-casing keeps lengths (lowerSameLength): the pool is allocated once, at its size.
	let units = 0;
	for (let position = 0; position < size; position++) units += source.textLength(position);
	const pool = new TextPoolBuilder(size, units);
	const speakerOf = new Int32Array(size);
	const speakerNumbers = new Map<string, number>();
	const speakers: string[] = [];
	// fuse.js lower-cases whole strings, which can lengthen a few characters (İ → i̇);
	// index those forms too so the candidate filter never drops a fuse.js hit.
	const fuseForms = new Map<number, string[]>();
	for (let position = 0; position < size; position++) {
		const text = source.text(position);
		const lower = text.toLowerCase();
		const evenText = lower.length === text.length;
		pool.add(evenText ? lower : lowerSameLength(text));
		const speaker = source.speaker(position);
		let number = speakerNumbers.get(speaker);
		if (number === undefined) {
			number = speakers.length;
			speakerNumbers.set(speaker, number);
			speakers.push(lowerSameLength(speaker));
		}
		speakerOf[position] = number;
		const lowerName = speaker.toLowerCase();
		const evenSpeaker = lowerName.length === speaker.length;
		if (!evenText || !evenSpeaker) {
			fuseForms.set(position, [...(evenText ? [] : [lower]), ...(evenSpeaker ? [] : [lowerName])]);
		}
		if (position % stepSize === stepSize - 1) yield;
	}
	const texts = pool.finish();
	const speakerCodes = speakers.map(codeUnits);
	const chars = yield* buildCharIndexSteps(size, (position, add) => {
		const {codes, starts} = texts;
		const to = starts[position + 1]!;
		for (let at = starts[position]!; at < to; at++) add(codes[at]!);
		for (const code of speakerCodes[speakerOf[position]!]!) add(code);
		for (const form of fuseForms.get(position) ?? []) {
			for (let i = 0; i < form.length; i++) add(form.charCodeAt(i));
		}
	});
	yield;
	const pinyin = buildPinyinTable(chars);
	yield;
	const speakerPairs = new Uint32Array(speakers.length * pairWords);
	speakerCodes.forEach((codes, number) => {
		addPairs(codes, 0, codes.length, pinyin, speakerPairs, number * pairWords);
	});
	const pinyinPairs = new Uint32Array(size * pairWords);
	for (let position = 0; position < size; position++) {
		const base = position * pairWords;
		const {codes, starts} = texts;
		addPairs(codes, starts[position]!, starts[position + 1]!, pinyin, pinyinPairs, base);
		const own = speakerOf[position]! * pairWords;
		for (let word = 0; word < pairWords; word++) {
			pinyinPairs[base + word] = pinyinPairs[base + word]! | speakerPairs[own + word]!;
		}
		if (position % stepSize === stepSize - 1) yield;
	}
	return {
		source,
		size,
		texts,
		speakerOf,
		speakers,
		chars,
		fuseForms,
		pinyin,
		pinyinPairs,
		recent: new RecentSearches(),
	};
}
