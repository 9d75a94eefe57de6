// Which messages can hold a pinyin match. A run of characters spelling the query has, for each
// letter of it, a character that can take that letter, so the message holds one such character
// per letter. Checking the few letters with short posting lists, and that the first two
// characters of a match can sit side by side (pinyin-pairs.ts), leaves a small set to scan
// instead of every message. A letter most messages can take is not worth reading the
// postings of: the pair signatures alone (a linear scan) do better then.
import {type CharIndex, decodePostings, postingCount} from './char-index.js';
import type {PinyinMatcher} from './pinyin-match.js';
import {mayHoldPair, pairTests, pairWords} from './pinyin-pairs.js';

/** Letters checked; the first few cut the candidates down, more would cost more than they save. */
const lettersChecked = 3;
/** A letter is checked only when its characters' postings are at most this share of messages. */
const checkedShare = 0.25;

/** Bit of `marks` for messages holding a character that spells the whole query alone. */
const alone = 0x80;
const letterA = 97;

/** Sorted positions of the messages where a match is still possible. */
export function pinyinCandidates(
	chars: CharIndex,
	pairs: Uint32Array,
	matcher: PinyinMatcher,
): number[] {
	const {coding, covers, letters, steps} = matcher;
	const letterCount = letters.length;
	const endBit = 1 << (letterCount - 1);
	const costs = new Float64Array(letterCount);
	coding.forEach((code, i) => {
		const length = postingCount(chars, code);
		for (let letter = 0; letter < letterCount; letter++) {
			if ((covers[i]! & (1 << letter)) !== 0) costs[letter] = costs[letter]! + length;
		}
	});
	if (costs.some((cost) => cost === 0)) return [];
	const chosen = Array.from({length: letterCount}, (_, letter) => letter)
		.sort((a, b) => costs[a]! - costs[b]! || a - b)
		.slice(0, lettersChecked)
		.filter((letter) => costs[letter]! <= chars.size * checkedShare);
	const marks = new Uint8Array(chars.size);
	// The letters a second character can start at: after the first took letters 0..t.
	const seconds = new Set<number>();
	coding.forEach((code, i) => {
		const first = steps[code]![0]!;
		let own = (first & endBit) !== 0 ? alone : 0;
		for (let taken = first & ~endBit; taken !== 0; taken &= taken - 1) {
			seconds.add(letters.charCodeAt(32 - Math.clz32(taken & -taken)) - letterA);
		}
		chosen.forEach((letter, bit) => {
			if ((covers[i]! & (1 << letter)) !== 0) own |= 1 << bit;
		});
		if (own === 0 || postingCount(chars, code) === 0) return;
		const postings = decodePostings(chars, code);
		for (let j = 0; j < postings.length; j++) {
			const position = postings[j]!;
			marks[position] = marks[position]! | own;
		}
	});
	const all = (1 << chosen.length) - 1;
	const tests = pairTests(letters.charCodeAt(0) - letterA, seconds);
	const positions: number[] = [];
	for (let position = 0; position < marks.length; position++) {
		const mark = marks[position]!;
		if ((mark & all) !== all) continue;
		if ((mark & alone) !== 0 || mayHoldPair(pairs, position * pairWords, tests)) {
			positions.push(position);
		}
	}
	return positions;
}
