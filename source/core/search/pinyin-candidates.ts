// Which messages can hold a pinyin match. A run of characters spelling the query has, for each
// letter of it, a character that can take that letter, so the message holds one such character
// per letter. Checking the few letters with the shortest posting lists leaves a small set to
// scan instead of every message.
import type {CharIndex} from './char-index.js';
import type {PinyinMatcher} from './pinyin-match.js';

/** Letters checked; the first few cut the candidates down, more would cost more than they save. */
const lettersChecked = 3;

/** Sorted positions of the messages that hold a character for each of the checked letters. */
export function pinyinCandidates(chars: CharIndex, matcher: PinyinMatcher): number[] {
	const {coding, covers} = matcher;
	const letterCount = matcher.letters.length;
	const costs = new Float64Array(letterCount);
	coding.forEach((code, i) => {
		const length = chars.postings[code]?.length ?? 0;
		for (let letter = 0; letter < letterCount; letter++) {
			if ((covers[i]! & (1 << letter)) !== 0) costs[letter] = costs[letter]! + length;
		}
	});
	const chosen = Array.from({length: letterCount}, (_, letter) => letter)
		.sort((a, b) => costs[a]! - costs[b]! || a - b)
		.slice(0, lettersChecked);
	if (chosen.some((letter) => costs[letter] === 0)) return [];
	const marks = new Uint8Array(chars.size);
	coding.forEach((code, i) => {
		let own = 0;
		chosen.forEach((letter, bit) => {
			if ((covers[i]! & (1 << letter)) !== 0) own |= 1 << bit;
		});
		const postings = chars.postings[code];
		if (own === 0 || !postings) return;
		for (let j = 0; j < postings.length; j++) {
			const position = postings[j]!;
			marks[position] = marks[position]! | own;
		}
	});
	const all = (1 << chosen.length) - 1;
	const positions: number[] = [];
	for (let position = 0; position < marks.length; position++) {
		if (marks[position] === all) positions.push(position);
	}
	return positions;
}
