// The index's compact forms: gap-coded postings, pooled lower-cased texts, pair signatures.
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {buildCharIndex, decodePostings} from '../../../source/core/search/char-index.js';
import {lowerSameLength} from '../../../source/core/search/highlight-ranges.js';
import {createSearchIndex} from '../../../source/core/search/index.js';
import {
	addPairs,
	mayHoldPair,
	pairTests,
	pairWords,
} from '../../../source/core/search/pinyin-pairs.js';
import {lowerSpeaker, lowerText} from '../../../source/core/search/search-index.js';
import {codeUnits} from '../../../source/core/search/text-pool.js';
import {storeOf} from '../../../source/core/transcript/message-store.js';
import {messages} from '../search-fixtures.js';

const letterA = 97;

describe('postings', () => {
	it('decode to the positions of the messages holding each code unit', () => {
		// Sparse strings, so gaps take one, two and three bytes.
		const values = fc.array(
			fc.oneof(
				{weight: 8, arbitrary: fc.constant('')},
				{weight: 1, arbitrary: fc.string({unit: 'binary', maxLength: 6})},
			),
			{maxLength: 40_000},
		);
		fc.assert(
			fc.property(values, (strings) => {
				const index = buildCharIndex(strings.length, (position) => [strings[position]!]);
				const expected = new Map<number, number[]>();
				strings.forEach((value, position) => {
					for (const code of new Set(codeUnits(value))) {
						const list = expected.get(code) ?? [];
						list.push(position);
						expected.set(code, list);
					}
				});
				for (const [code, list] of expected) {
					expect(Array.from(decodePostings(index, code))).toEqual(list);
				}
				expect(index.counts.reduce((sum, count) => sum + count, 0)).toBe(
					[...expected.values()].reduce((sum, list) => sum + list.length, 0),
				);
			}),
			{numRuns: 30},
		);
	});

	it('code a gap of two million messages in three bytes', () => {
		const size = 2_000_000;
		const index = buildCharIndex(size, (position) =>
			position === 5 || position === size - 1 ? ['x'] : [],
		);
		expect(Array.from(decodePostings(index, 'x'.charCodeAt(0)))).toEqual([5, size - 1]);
		expect(index.bytes.length).toBe(4);
	});
});

describe('pooled texts', () => {
	it('give back each lower-cased text and speaker, odd cases included', () => {
		const chat = messages([
			['İbrahim', 'İstanbul 😀 TRIP'],
			['', ''],
			['ZOË', 'Ǆ ǅ ß ΣΑΣ'],
			['ZOË', 'x'.repeat(10_000)],
		]);
		const index = createSearchIndex(chat);
		chat.forEach((message, position) => {
			expect(lowerText(index, position)).toBe(lowerSameLength(message.text));
			expect(lowerSpeaker(index, position)).toBe(lowerSameLength(message.speaker));
		});
		expect(index.speakers).toHaveLength(3);
		// Sized once from the texts' lengths: nothing spare.
		expect(index.texts.codes.length).toBe(chat.reduce((sum, m) => sum + m.text.length, 0));
		const stored = createSearchIndex(storeOf(chat));
		expect(stored.texts.codes).toEqual(index.texts.codes);
		expect(stored.texts.starts).toEqual(index.texts.starts);
	});
});

describe('pair signatures', () => {
	it('never lose a pair of letters that follow each other', () => {
		// A table where character `a + n` reads as the letters in `readings[n]`.
		const table = {
			readings: [],
			codes: [],
			firstLetters: new Int32Array(0x10000),
		};
		const chars = Array.from({length: 40}, (_, n) => 0x4e00 + n);
		chars.forEach((code, n) => {
			table.firstLetters[code] = (1 << (n % 26)) | (n % 3 === 0 ? 1 << ((n * 7) % 26) : 0);
		});
		fc.assert(
			fc.property(fc.array(fc.constantFrom(...chars), {minLength: 2, maxLength: 30}), (codes) => {
				const pairs = new Uint32Array(pairWords);
				addPairs(codes, 0, codes.length, table, pairs, 0);
				for (let i = 1; i < codes.length; i++) {
					const before = table.firstLetters[codes[i - 1]!]!;
					const after = table.firstLetters[codes[i]!]!;
					for (let a = 0; a < 26; a++) {
						if ((before & (1 << a)) === 0) continue;
						for (let b = 0; b < 26; b++) {
							if ((after & (1 << b)) === 0) continue;
							expect(mayHoldPair(pairs, 0, pairTests(a, [b]))).toBe(true);
						}
					}
				}
			}),
			{numRuns: 300},
		);
	});

	it('tell most absent pairs apart', () => {
		const table = {readings: [], codes: [], firstLetters: new Int32Array(0x10000)};
		table.firstLetters[0x4e00] = 1 << ('t'.charCodeAt(0) - letterA);
		table.firstLetters[0x4e01] = 1 << ('k'.charCodeAt(0) - letterA);
		const pairs = new Uint32Array(pairWords);
		addPairs([0x4e00, 0x4e01], 0, 2, table, pairs, 0);
		let present = 0;
		for (let a = 0; a < 26; a++) {
			for (let b = 0; b < 26; b++) if (mayHoldPair(pairs, 0, pairTests(a, [b]))) present++;
		}
		expect(present).toBeGreaterThanOrEqual(1);
		expect(present).toBeLessThan(5);
	});
});
