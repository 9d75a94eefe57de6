// The search decides fuse.js's hits without running fuse.js, and a query that extends an
// earlier one searches only that one's hits: both must give exactly what they replace.
import fc from 'fast-check';
import Fuse from 'fuse.js';
import {describe, expect, it} from 'vitest';
import {
	compileFuzzy,
	fuseThreshold,
	fuseWouldMatchIn,
} from '../../../source/core/search/fuzzy-candidates.js';
import {lowerSameLength} from '../../../source/core/search/highlight-ranges.js';
import {createSearchIndex, searchSync} from '../../../source/core/search/index.js';
import {codeUnits} from '../../../source/core/search/text-pool.js';
import {openTranscript} from '../../../source/io/open-transcript.js';
import {materialized, messages} from '../search-fixtures.js';

const alphabet = fc.constantFrom('a', 'b', 'c', 'A', ' ', '\t', '的', '退', '款', 'x');
const text = (maxLength: number) => fc.array(alphabet, {maxLength}).map((chars) => chars.join(''));

describe("fuse.js's condition", () => {
	const fuseMatches = (query: string, value: string) =>
		new Fuse([{text: value}], {
			keys: ['text'],
			ignoreLocation: true,
			threshold: fuseThreshold,
			includeMatches: true,
			minMatchCharLength: 1,
		}).search(query).length > 0;
	const oursMatches = (query: string, value: string) => {
		const lower = lowerSameLength(value);
		const fuzzy = compileFuzzy(query.toLowerCase());
		return (
			lower.includes(lowerSameLength(query)) ||
			fuseWouldMatchIn(fuzzy, codeUnits(lower), 0, lower.length)
		);
	};

	it('is met exactly when fuse.js matches a string (or the query is in it)', () => {
		fc.assert(
			fc.property(text(40), text(60), (query, value) => {
				const trimmed = query.trim();
				fc.pre(trimmed.length > 0);
				expect(oursMatches(trimmed, value)).toBe(fuseMatches(trimmed, value));
			}),
			{numRuns: 3000},
		);
	});

	it('is not met by a blank string, which fuse.js skips, however close', () => {
		expect(fuseMatches('a     b', '     ')).toBe(false);
		expect(oursMatches('a     b', '     ')).toBe(false);
		expect(oursMatches('a     b', 'x     b')).toBe(true);
	});
});

const sample = openTranscript(
	new URL('../../../samples/2018-08-27-WeChat.md', import.meta.url).pathname,
).messages;
const hostile = messages([
	['İbrahim', 'İstanbul 😀 trip, SPRING in İzmir'],
	['   ', '   '],
	['张三-北京', '退款 spring tk 提款'],
	['Zoë', `${'ab'.repeat(300)} sprint`],
	['li', 'sprng clod spirng'],
	['', ''],
]);

/** Types each query one character at a time on `shared`, checking against fresh indexes. */
function typeAndCheck(
	chat: typeof sample,
	shared: ReturnType<typeof createSearchIndex>,
	queries: string[],
	fields: 'text' | 'both' = 'text',
) {
	for (const query of queries) {
		const chars = [...query];
		for (let length = 1; length <= chars.length; length++) {
			const prefix = chars.slice(0, length).join('');
			expect(materialized(searchSync(shared, prefix, {fields})), prefix).toEqual(
				materialized(searchSync(createSearchIndex(chat), prefix, {fields})),
			);
		}
	}
}

describe('narrowing', () => {
	it('narrows pinyin only from letters the query starts with', () => {
		// `ui` spells nothing (no syllable starts with u), `tui` spells 退.
		typeAndCheck(sample, createSearchIndex(sample), ['ui', 'tuikuan', 'kuan', 'tuikuan']);
	});

	it('narrows fuzzy candidates only while fuse.js allows as many errors', () => {
		typeAndCheck(sample, createSearchIndex(sample), ['spri', 'sprin', 'spring', 'sprng cl']);
	});

	// Queries typed and backed over on one index (which remembers them), against a fresh index.
	const typed = fc.array(
		fc.tuple(
			fc.constantFrom(
				'spring cloud',
				'sprng',
				'tuikuan',
				'tk',
				'退款',
				'İstan',
				'ab ab',
				'@zs',
				'a',
				'the api',
			),
			fc.nat({max: 12}),
			fc.constantFrom('text', 'both') as fc.Arbitrary<'text' | 'both'>,
		),
		{minLength: 1, maxLength: 8},
	);

	it.each([
		['the sample', sample],
		['hostile messages', hostile],
	])('gives the hits a fresh index gives, on %s', (_, chat) => {
		fc.assert(
			fc.property(typed, (steps) => {
				const shared = createSearchIndex(chat);
				for (const [word, cut, fields] of steps) {
					const chars = [...word];
					for (let length = 1; length <= chars.length; length++) {
						const query = chars.slice(0, length).join('');
						expect(materialized(searchSync(shared, query, {fields}))).toEqual(
							materialized(searchSync(createSearchIndex(chat), query, {fields})),
						);
					}
					const backed = chars.slice(0, Math.max(1, chars.length - cut)).join('');
					expect(materialized(searchSync(shared, backed, {fields}))).toEqual(
						materialized(searchSync(createSearchIndex(chat), backed, {fields})),
					);
				}
			}),
			{numRuns: 15},
		);
	});
});
