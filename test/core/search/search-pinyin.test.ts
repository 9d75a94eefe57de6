import {fileURLToPath} from 'node:url';
import fc from 'fast-check';
import {pinyin} from 'pinyin-pro';
import {describe, expect, it} from 'vitest';
import {createSearchIndex} from '../../../source/core/search/index.js';
import {pinyinCandidates} from '../../../source/core/search/pinyin-candidates.js';
import {compilePinyinQuery, hasPinyinMatch} from '../../../source/core/search/pinyin-match.js';
import {lowerSpeaker, lowerText} from '../../../source/core/search/search-index.js';
import {openTranscript} from '../../../source/io/open-transcript.js';

const sample = fileURLToPath(new URL('../../../samples/2018-08-27-WeChat.md', import.meta.url));
const {messages} = openTranscript(sample);
const index = createSearchIndex(messages);

/** Every message whose text or speaker spells `letters`, found by scanning them all. */
function scanned(letters: string): number[] {
	const matcher = compilePinyinQuery(letters, index.pinyin);
	return messages
		.toArray()
		.map((_, position) => position)
		.filter(
			(position) =>
				hasPinyinMatch(lowerText(index, position), matcher) ||
				hasPinyinMatch(lowerSpeaker(index, position), matcher),
		);
}

const candidates = (letters: string) =>
	pinyinCandidates(index.chars, index.pinyinPairs, compilePinyinQuery(letters, index.pinyin));

describe('pinyin readings', () => {
	it('match what pinyin() gives for each character', () => {
		const used = index.pinyin.codes.map((code) => String.fromCharCode(code));
		expect(used.length).toBeGreaterThan(500);
		for (const char of used) {
			const theirs = pinyin(char, {toneType: 'none', type: 'array', multiple: true, v: true});
			expect(index.pinyin.readings[char.charCodeAt(0)], char).toEqual([
				...new Set(theirs.filter((reading) => /^[a-z]+$/.test(reading))),
			]);
		}
	});
});

describe('pinyinCandidates', () => {
	it.each(['tk', 'tuikuan', 'tui', 'zf', 'qiandao', 'springcloud', 'shi', 'wm', 'dajia'])(
		'keeps every message a full scan finds for %s, and few others',
		(letters) => {
			const kept = candidates(letters);
			const found = scanned(letters);
			expect(kept).toEqual(expect.arrayContaining(found));
			expect(kept).toEqual([...kept].sort((a, b) => a - b));
			expect(kept.length).toBeLessThan(messages.length);
		},
	);

	it('never drops a message a full scan finds, for any short run of letters', () => {
		const letters = fc
			.array(fc.constantFrom(...'abcdeghijklmnopqrstuwxyz'), {minLength: 2, maxLength: 7})
			.map((chars) => chars.join(''));
		fc.assert(
			fc.property(letters, (query) => {
				expect(candidates(query)).toEqual(expect.arrayContaining(scanned(query)));
			}),
			{numRuns: 200},
		);
	});
});
