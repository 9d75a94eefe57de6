import Fuse from 'fuse.js';
import {describe, expect, it} from 'vitest';
import {HitList} from '../../../source/core/search/hit-list.js';
import {
	createSearchIndex,
	type SearchResult,
	searchSync,
} from '../../../source/core/search/index.js';
import {storeOf} from '../../../source/core/transcript/message-store.js';
import {messages} from '../search-fixtures.js';

const chat = messages([
	['凤凰牌老熊-群管理', '签到'],
	['wood-通联-技术', '为啥不叫不能退款呢？'],
	['Eric-Silot-SG', '现在主要是用Spring Boot + Spring Cloud，做REST API开发比较多'],
	[
		'Ying-小米支付',
		'提现一般是客户自己提，这个是客户先提交申请再由ofo操作退款，准确说应该是提交退款申请',
	],
	['张三-北京', 'Spring Boot REST API文档'],
	['丁丁-群管理', '收到'],
	['spring-fan', 'see you'],
	['李四', 'sprng clod is a typo'],
]);
const index = createSearchIndex(storeOf(chat));
const ids = (result: SearchResult) => result.hits.map((hit) => hit.id);
const texts = (result: SearchResult) =>
	result.hits.map((hit) =>
		hit.textRanges.map(([start, end]) => chat[hit.id]!.text.slice(start, end)),
	);

describe('searchSync', () => {
	it('finds nothing for an empty or blank query', () => {
		const empty = searchSync(index, '');
		expect([empty.query, empty.hits.length, empty.best]).toEqual(['', 0, -1]);
		expect(searchSync(index, '  \t').hits).toHaveLength(0);
	});

	it('finds Chinese words as substrings, in message order, with ranges', () => {
		const result = searchSync(index, '退款');
		expect(ids(result)).toEqual([1, 3]);
		expect(result.hits.at(1)!.textRanges).toEqual([
			[28, 30],
			[39, 41],
		]);
		expect(texts(result)).toEqual([['退款'], ['退款', '退款']]);
		// The shorter message holds the word more prominently.
		expect(result.best).toBe(0);
	});

	it('matches case-insensitively and highlights each occurrence', () => {
		const result = searchSync(index, 'spring cloud');
		expect(ids(result)).toContain(2);
		const hit = result.hits.find((each) => each.id === 2)!;
		expect(texts({...result, hits: HitList.of([hit])})).toEqual([['Spring Cloud']]);
		expect(result.hits.at(result.best)!.id).toBe(2);
	});

	it('tolerates a typo through fuse.js, ranking exact hits first', () => {
		const result = searchSync(index, 'sprin cloud');
		expect(ids(result)).toContain(2);
		const typo = searchSync(index, 'sprng clod');
		expect(ids(typo)).toEqual(expect.arrayContaining([2, 7]));
		expect(typo.hits.at(typo.best)!.id).toBe(7);
		expect(typo.hits.find((hit) => hit.id === 2)!.score).toBeGreaterThan(0.5);
	});

	it('gives the hits of fuse.js plus the substring hits, the query in a text or a name', () => {
		// `spri…` is in message 6's speaker and in texts 2 and 4; `sprng` (7) is one edit off.
		const fuse = new Fuse(chat, {keys: ['text', 'speaker'], ignoreLocation: true, threshold: 0.3});
		for (const query of ['spri', 'sprin', 'spring', 'Spring', 'sprng']) {
			const lower = query.toLowerCase();
			const substring = chat.filter(
				(m) => m.text.toLowerCase().includes(lower) || m.speaker.toLowerCase().includes(lower),
			);
			const expected = [...new Set([...fuse.search(query).map((r) => r.item), ...substring])]
				.map((m) => m.id)
				.sort((a, b) => a - b);
			expect(ids(searchSync(index, query)), query).toEqual(expected);
		}
	});

	it('searches speaker names separately from the text', () => {
		const result = searchSync(index, '群管理');
		expect(ids(result)).toEqual([0, 5]);
		expect(result.hits.at(0)!.speakerRanges).toEqual([[6, 9]]);
		expect(result.hits.at(0)!.textRanges).toEqual([]);
	});

	it('keeps only the best hits under a limit, still in message order', () => {
		const all = searchSync(index, 'spring');
		expect(all.hits.length).toBeGreaterThan(2);
		const limited = searchSync(index, 'spring', {limit: 2});
		expect(limited.hits).toHaveLength(2);
		const bestScores = all.hits
			.map((hit) => hit.score)
			.sort((a, b) => a - b)
			.slice(0, 2);
		expect(limited.hits.map((hit) => hit.score).sort((a, b) => a - b)).toEqual(bestScores);
		expect(ids(limited)).toEqual([...ids(limited)].sort((a, b) => a - b));
	});

	it('drops scattered single characters from fuzzy highlights', () => {
		const result = searchSync(index, 'sprng clod');
		for (const hit of result.hits) {
			for (const [start, end] of hit.textRanges) expect(end - start).toBeGreaterThanOrEqual(2);
		}
	});
});

describe('pinyin', () => {
	it('finds Chinese words by initials and full pinyin, highlighting the characters', () => {
		for (const query of ['tk', 'tuikuan', 'tui kuan', 'tuik', 'TK']) {
			const result = searchSync(index, query);
			expect(ids(result), query).toEqual([1, 3]);
			expect(texts(result), query).toEqual([['退款'], ['退款', '退款']]);
		}
	});

	it('finds speakers by pinyin, with zh/ch/sh initials', () => {
		for (const query of ['zs', 'zhs', 'zhangsan']) {
			const result = searchSync(index, query);
			expect(ids(result), query).toEqual([4]);
			expect(result.hits.at(0)!.speakerRanges).toEqual([[0, 2]]);
		}
	});

	it('ranks substring hits above pinyin hits and ignores one-letter queries', () => {
		const result = searchSync(index, 'qd');
		expect(ids(result)).toEqual([0]);
		expect(
			searchSync(index, 't').hits.every(
				(hit) =>
					chat[hit.id]!.text.toLowerCase().includes('t') ||
					chat[hit.id]!.speaker.toLowerCase().includes('t'),
			),
		).toBe(true);
	});

	it('does not read English words as pinyin', () => {
		expect(ids(searchSync(index, 'see you'))).toEqual([6]);
	});
});

describe('hostile input', () => {
	it('copes with surrogates, odd lower-casing and very long queries', () => {
		const odd = createSearchIndex(
			storeOf(
				messages([
					['İbrahim', 'İstanbul 😀 trip'],
					['x', `${'ab'.repeat(5000)}`],
				]),
			),
		);
		expect(ids(searchSync(odd, 'istanbul'))).toEqual([0]);
		expect(ids(searchSync(odd, '😀'))).toEqual([0]);
		expect(searchSync(odd, 'ab'.repeat(40)).hits.map((hit) => hit.id)).toEqual([1]);
		expect(searchSync(odd, 'z'.repeat(500)).hits).toHaveLength(0);
	});
});
