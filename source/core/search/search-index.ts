import type {Message} from '../types.js';
import {buildCharIndex, type CharIndex} from './char-index.js';
import {lowerSameLength} from './highlight-ranges.js';
import type {PinyinTable} from './pinyin-match.js';
import {runSearch} from './search-engine.js';
import type {SearchOptions, SearchResult} from './search-types.js';

export type SearchIndex = {
	messages: readonly Message[];
	/** `lowerSameLength` of each text and speaker, by position in `messages`. */
	lowerTexts: string[];
	lowerSpeakers: string[];
	chars: CharIndex;
	/** Positions whose text or speaker lengthens under `toLowerCase` (fuse.js's lowering). */
	unevenLower: Set<number>;
	/** Pinyin readings, built on the first pinyin-looking query. */
	pinyin?: PinyinTable;
};

export function createSearchIndex(messages: readonly Message[]): SearchIndex {
	const lowerTexts = messages.map((message) => lowerSameLength(message.text));
	const lowerSpeakers = messages.map((message) => lowerSameLength(message.speaker));
	const unevenLower = new Set<number>();
	const chars = buildCharIndex(messages.length, (position) => {
		const text = lowerTexts[position] ?? '';
		const speaker = lowerSpeakers[position] ?? '';
		const message = messages[position];
		// fuse.js lower-cases whole strings, which can lengthen a few characters (İ → i̇);
		// index those forms too so the candidate filter never drops a fuse.js hit.
		const fuseText = message?.text.toLowerCase() ?? '';
		const fuseSpeaker = message?.speaker.toLowerCase() ?? '';
		if (fuseText !== text || fuseSpeaker !== speaker) unevenLower.add(position);
		return [
			text,
			speaker,
			...(fuseText === text ? [] : [fuseText]),
			...(fuseSpeaker === speaker ? [] : [fuseSpeaker]),
		];
	});
	return {messages, lowerTexts, lowerSpeakers, chars, unevenLower};
}

/** The whole search at once; prefer `searchAsync` on large transcripts. */
export function searchSync(
	index: SearchIndex,
	query: string,
	options: SearchOptions = {},
): SearchResult {
	const steps = runSearch(index, query, options);
	for (;;) {
		const step = steps.next();
		if (step.done) return step.value;
	}
}
