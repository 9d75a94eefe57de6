import {describe, expect, it} from 'vitest';
import {
	createSearchIndex,
	type SearchResult,
	searchSync,
} from '../../../source/core/search/index.js';
import {parseQuery, regexTextLimit} from '../../../source/core/search/query-syntax.js';
import {storeOf} from '../../../source/core/transcript/message-store.js';
import {messages} from '../search-fixtures.js';

const chat = messages([
	['凤凰牌老熊-群管理', '签到'],
	['wood-通联-技术', '为啥不叫不能退款呢？'],
	['Eric-Silot-SG', '现在主要是用Spring Boot + Spring Cloud，做REST API开发比较多'],
	['张三-北京', 'Spring Boot REST API文档'],
	['丁丁-群管理', '收到'],
	['spring-fan', 'see you'],
	['李四', 'api gateway or spring'],
	['tk-man', '好的'],
]);
const index = createSearchIndex(storeOf(chat));
const ids = (result: SearchResult) => result.hits.map((hit) => hit.id);
const text = {fields: 'text'} as const;

describe('where a search looks', () => {
	it('in the reader looks at the text only: a name holding the word is no hit', () => {
		expect(ids(searchSync(index, 'spring', text))).toEqual([2, 3, 6]);
		expect(ids(searchSync(index, 'tk', text))).toEqual([1]);
		expect(
			searchSync(index, 'spring', text).hits.every((hit) => hit.speakerRanges.length === 0),
		).toBe(true);
	});

	it('@ searches the names only, by substring and pinyin', () => {
		expect(ids(searchSync(index, '@spring', text))).toEqual([5]);
		expect(ids(searchSync(index, '@群管理', text))).toEqual([0, 4]);
		expect(ids(searchSync(index, '@zs', text))).toEqual([3]);
		expect(searchSync(index, '@群管理', text).hits.at(0)!.textRanges).toEqual([]);
		expect(ids(searchSync(index, '@', text))).toEqual([]);
	});
});

describe("fzf's extended syntax", () => {
	it('reads the terms', () => {
		expect(parseQuery("'api ^spring boot$ !gateway")).toEqual({
			kind: 'extended',
			field: 'both',
			terms: [
				{text: 'api', kind: 'exact', negate: false},
				{text: 'spring', kind: 'prefix', negate: false},
				{text: 'boot', kind: 'suffix', negate: false},
				{text: 'gateway', kind: 'exact', negate: true},
			],
		});
		expect(parseQuery('spring cloud')).toEqual({
			kind: 'plain',
			text: 'spring cloud',
			field: 'both',
		});
	});

	it("'exact, ^prefix, suffix$ and !not, a space is AND", () => {
		expect(ids(searchSync(index, "'api", text))).toEqual([2, 3, 6]);
		expect(ids(searchSync(index, "'api !gateway", text))).toEqual([2, 3]);
		expect(ids(searchSync(index, '^spring', text))).toEqual([3]);
		expect(ids(searchSync(index, 'spring$', text))).toEqual([6]);
		expect(ids(searchSync(index, "'spring 'cloud", text))).toEqual([2]);
		expect(ids(searchSync(index, '!spring', text))).toEqual([0, 1, 4, 5, 7]);
	});

	it('an exact word is not matched fuzzily, and its occurrences are highlighted', () => {
		expect(ids(searchSync(index, "'sprng", text))).toEqual([]);
		const hit = searchSync(index, "'spring", text).hits.at(0)!;
		expect(hit.textRanges.map(([s, e]) => chat[2]!.text.slice(s, e))).toEqual(['Spring', 'Spring']);
	});

	it('a plain word among them is still fuzzy and pinyin', () => {
		expect(ids(searchSync(index, 'tk !签到', text))).toEqual([1]);
		expect(ids(searchSync(index, 'sprng !boot', text))).toEqual([6]);
	});
});

describe('/regex/', () => {
	it('matches the text case-insensitively and highlights the matches', () => {
		const result = searchSync(index, '/spring (boot|cloud)/', text);
		expect(ids(result)).toEqual([2, 3]);
		expect(result.hits.at(0)!.textRanges.map(([s, e]) => chat[2]!.text.slice(s, e))).toEqual([
			'Spring Boot',
			'Spring Cloud',
		]);
	});

	it('reports a compile error instead of hits', () => {
		const result = searchSync(index, '/spring (/', text);
		expect(result.hits).toHaveLength(0);
		expect(result.error).toMatch(/^bad regex/);
	});

	it('refuses catastrophic shapes and tests a capped length of text', () => {
		expect(searchSync(index, '/(a+)+$/', text).error).toMatch(/repeated group/);
		const long = createSearchIndex(
			storeOf(
				messages([
					['x', `${'a'.repeat(regexTextLimit)}needle`],
					['y', 'needle'],
				]),
			),
		);
		expect(ids(searchSync(long, '/needle/'))).toEqual([1]);
	});
});
