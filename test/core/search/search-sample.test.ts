import {fileURLToPath} from 'node:url';
import fc from 'fast-check';
import Fuse from 'fuse.js';
import {match} from 'pinyin-pro';
import {describe, expect, it} from 'vitest';
import {createSearchIndex, searchSync} from '../../../source/core/search/index.js';
import {pinyinQuery} from '../../../source/core/search/pinyin-match.js';
import {parseQuery} from '../../../source/core/search/query-syntax.js';
import {fuseThreshold} from '../../../source/core/search/search-engine.js';
import {openTranscript} from '../../../source/io/open-transcript.js';

const sample = fileURLToPath(new URL('../../../samples/2018-08-27-WeChat.md', import.meta.url));
const {messages} = openTranscript(sample);
const index = createSearchIndex(messages);
const containing = (word: string) =>
	messages
		.toArray()
		.filter((message) => message.text.includes(word))
		.map((message) => message.id);
const hitIds = (query: string) => searchSync(index, query).hits.map((hit) => hit.id);
const fuseEverywhere = new Fuse(messages.toArray(), {
	keys: ['text', 'speaker'],
	ignoreLocation: true,
	threshold: fuseThreshold,
});
const fuseIds = (query: string) =>
	fuseEverywhere.search(query).map((result) => messages.get(result.refIndex)!.id);

describe('search on the reference day', () => {
	it('finds exactly the three Spring Cloud messages of the talk', () => {
		const result = searchSync(index, 'spring cloud');
		expect(
			result.hits.map((hit) => [messages.get(hit.id)!.time, messages.get(hit.id)!.speaker]),
		).toEqual([
			['19:31:18', 'Eric-Silot-SG'],
			['19:33:08', 'Eric-Silot-SG'],
			['19:33:50', 'Eric-Silot-SG'],
		]);
		for (const hit of result.hits) {
			const text = messages.get(hit.id)!.text;
			expect(hit.textRanges.length).toBeGreaterThan(0);
			for (const [start, end] of hit.textRanges)
				expect(text.slice(start, end)).toBe('Spring Cloud');
		}
	});

	it.each(['退款', '提现', '签到'])('finds every message holding %s', (word) => {
		const expected = containing(word);
		expect(expected.length).toBeGreaterThan(0);
		expect(hitIds(word)).toEqual(expected);
	});

	it.each(['tk', 'tuikuan', 'tui kuan'])('finds the 退款 messages by pinyin %s', (query) => {
		const result = searchSync(index, query);
		const ids = result.hits.map((hit) => hit.id);
		expect(ids).toEqual(expect.arrayContaining(containing('退款')));
		for (const id of containing('退款')) {
			const hit = result.hits.find((each) => each.id === id)!;
			expect(
				hit.textRanges.map(([start, end]) => messages.get(id)!.text.slice(start, end)),
			).toContain('退款');
		}
	});

	it.each(['tk', 'tuikuan', 'tx', 'qiandao', 'zf'])(
		'agrees with pinyin-pro match on %s, WeChat emoticon codes aside',
		(query) => {
			// `[偷笑]` spells tx, but a code is no word anyone typed (search-emoticons.test.ts).
			const words = (text: string) => text.replace(/\[[\u3400-\u4dbf\u4e00-\u9fff]{1,4}\]/g, ' ');
			const theirs = messages
				.toArray()
				.filter((message) => match(words(message.text), query, {continuous: true}) !== null)
				.map((message) => message.id);
			expect(hitIds(query)).toEqual(expect.arrayContaining(theirs));
		},
	);

	it.each(['spring cloud', 'sprng clod', 'api', 'restdocs', 'Netflix', 'mainframe', 'open data'])(
		'never loses a hit that fuse.js over every message finds: %s',
		(query) => {
			expect(hitIds(query)).toEqual(expect.arrayContaining(fuseIds(query)));
		},
	);

	it('gives exactly the hits of fuse.js over every message plus the substring hits', () => {
		// Queries cut from real messages, then damaged by up to two edits.
		const query = fc
			.tuple(
				fc.nat({max: messages.length - 1}),
				fc.nat(),
				fc.integer({min: 1, max: 14}),
				fc.array(fc.tuple(fc.nat(), fc.constantFrom('', 'x', 'e', '的', ' ')), {maxLength: 2}),
			)
			.map(([id, start, length, edits]) => {
				const text = messages.get(id)!.text;
				const from = text.length === 0 ? 0 : start % text.length;
				let cut = text.slice(from, from + length);
				for (const [at, put] of edits) {
					const where = cut.length === 0 ? 0 : at % cut.length;
					cut = cut.slice(0, where) + put + cut.slice(where + 1);
				}
				return cut;
			});
		const lowered = (value: string) => value.toLowerCase();
		fc.assert(
			fc.property(query, (text) => {
				// The property is about plain words; `@name`, `'exact`, `^`, `!` and /regex/ are
				// the query syntax, tested in search-syntax.test.ts.
				// ` @武` is a name search too: the @ counts after leading spaces.
				const parsed = parseQuery(text.trim());
				fc.pre(text.trim() === '' || (parsed.kind === 'plain' && parsed.field === 'both'));
				const lower = lowered(text.trim());
				const substring = messages
					.toArray()
					.filter((m) => lowered(m.text).includes(lower) || lowered(m.speaker).includes(lower))
					.map((m) => m.id);
				const expected = lower
					? [...new Set([...fuseIds(text.trim()), ...substring])].sort((a, b) => a - b)
					: [];
				const ours = hitIds(text);
				if (pinyinQuery(text)) expect(ours).toEqual(expect.arrayContaining(expected));
				else expect(ours).toEqual(expected);
			}),
			{numRuns: 150},
		);
	});
});
