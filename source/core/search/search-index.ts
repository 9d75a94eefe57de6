import type {MessageStore} from '../transcript/message-store.js';
import {buildCharIndexSteps, type CharIndex, runSteps, stepSize} from './char-index.js';
import {lowerSameLength} from './highlight-ranges.js';
import {buildPinyinPairsSteps} from './pinyin-pairs.js';
import {buildPinyinTable, type PinyinTable} from './pinyin-table.js';

export type SearchIndex = {
	messages: MessageStore;
	/** `lowerSameLength` of each text and speaker, by position in `messages`. */
	lowerTexts: string[];
	lowerSpeakers: string[];
	chars: CharIndex;
	/** Positions whose text or speaker lengthens under `toLowerCase` (fuse.js's lowering). */
	unevenLower: Set<number>;
	/** Pinyin readings of the characters used. */
	pinyin: PinyinTable;
	/** Which reading initials follow each other in each message (pinyin-pairs.ts). */
	pinyinPairs: Uint32Array;
};

export function createSearchIndex(messages: MessageStore): SearchIndex {
	return runSteps(createSearchIndexSteps(messages));
}

/**
 * createSearchIndex in steps of a few thousand messages (a few ms each), so a reader can build
 * it between frames instead of blocking keys for half a second at 100,000 messages.
 */
export function* createSearchIndexSteps(messages: MessageStore): Generator<undefined, SearchIndex> {
	const lowerTexts: string[] = new Array(messages.length);
	const lowerSpeakers: string[] = new Array(messages.length);
	const unevenLower = new Set<number>();
	// fuse.js lower-cases whole strings, which can lengthen a few characters (İ → i̇);
	// index those forms too so the candidate filter never drops a fuse.js hit.
	const fuseForms = new Map<number, string[]>();
	// Most texts have no capitals and every message repeats a name: keep one string for each
	// (toLowerCase copies even when nothing changes; at 100,000 messages that was 50 MB).
	const lowerNames = new Map<string, string>();
	const lower = (value: string): string => {
		const lowered = value.toLowerCase();
		return lowered === value ? value : lowered;
	};
	for (let position = 0; position < messages.length; position++) {
		const message = {text: messages.textOf(position), speaker: messages.speakerOf(position)};
		const text = lower(message.text);
		let speaker = lowerNames.get(message.speaker);
		if (speaker === undefined) {
			speaker = lower(message.speaker);
			lowerNames.set(message.speaker, speaker);
		}
		const evenText = text.length === message.text.length;
		const evenSpeaker = speaker.length === message.speaker.length;
		lowerTexts[position] = evenText ? text : lowerSameLength(message.text);
		lowerSpeakers[position] = evenSpeaker ? speaker : lowerSameLength(message.speaker);
		if (!evenText || !evenSpeaker) {
			unevenLower.add(position);
			fuseForms.set(position, [...(evenText ? [] : [text]), ...(evenSpeaker ? [] : [speaker])]);
		}
		if (position % stepSize === stepSize - 1) yield;
	}
	const chars = yield* buildCharIndexSteps(messages.length, (position) => {
		const forms = fuseForms.get(position);
		const own = [lowerTexts[position]!, lowerSpeakers[position]!];
		return forms ? [...own, ...forms] : own;
	});
	yield;
	const pinyin = buildPinyinTable(chars);
	yield;
	const pinyinPairs = yield* buildPinyinPairsSteps(
		messages.length,
		(position) => [lowerTexts[position]!, lowerSpeakers[position]!],
		pinyin,
	);
	return {messages, lowerTexts, lowerSpeakers, chars, unevenLower, pinyin, pinyinPairs};
}
