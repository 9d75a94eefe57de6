// WeChat emoticon codes (`[愉快]`, `[捂脸]`, `[强]`) are in bodies; their pinyin is no word
// anyone typed, so a pinyin query never lands on one: `tk` spelled `[愉快]` through 愉's old
// reading tōu.
import {describe, expect, it} from 'vitest';
import {
	createSearchIndex,
	type SearchResult,
	searchSync,
} from '../../../source/core/search/index.js';
import {compilePinyinQuery, hasPinyinMatch} from '../../../source/core/search/pinyin-match.js';
import {storeOf} from '../../../source/core/transcript/message-store.js';
import {messages} from '../search-fixtures.js';

const chat = messages([
	['a', '祝大家周末[愉快]'],
	['b', '这叫退钱、退款'],
	['c', '[捂脸][捂脸]'],
	['d', '合作愉快'],
	['e', '[强][强][强]'],
	['f', '[愉快]了[退款]'],
	['g', '[愉快 退款]'],
	['h', '[一二三四五]退款'],
]);
const index = createSearchIndex(storeOf(chat));
const ids = (result: SearchResult) => result.hits.map((hit) => hit.id);
const text = {fields: 'text'} as const;

describe('pinyin search and WeChat emoticon codes', () => {
	it('tk finds 退款 but not [愉快]', () => {
		const found = ids(searchSync(index, 'tk', text));
		expect(found).toContain(1);
		expect(found).not.toContain(0);
		expect(found).not.toContain(5);
	});

	it('yk still finds 愉快 in plain text, not in a code', () => {
		expect(ids(searchSync(index, 'yk', text))).toEqual([3, 6]);
	});

	it('codes are skipped, not the text around them', () => {
		expect(ids(searchSync(index, 'zm', text))).toEqual([0]);
		expect(ids(searchSync(index, 'wl', text))).toEqual([]);
		expect(ids(searchSync(index, 'qiang', text))).toEqual([]);
	});

	it('brackets that are no code (a space, five characters) are searched', () => {
		const found = ids(searchSync(index, 'tk', text));
		expect(found).toContain(6);
		expect(found).toContain(7);
	});

	it('the Chinese text of a code is still found as typed', () => {
		expect(ids(searchSync(index, '捂脸', text))).toEqual([2]);
	});

	it('the matcher and the highlights agree', () => {
		const matcher = compilePinyinQuery('tk', index.pinyin);
		expect(hasPinyinMatch('[愉快]', matcher)).toBe(false);
		expect(hasPinyinMatch('[愉快]退款', matcher)).toBe(true);
		const hit = searchSync(index, 'tk', text).hits.find((h) => h.id === 1);
		expect(hit?.textRanges.length).toBeGreaterThan(0);
	});
});
