// The reader's search: answered at once when quick, else in slices from where it stopped, and
// the same answer either way.
import {describe, expect, it} from 'vitest';
import {createSearchIndex, searchSync} from '../../source/core/search/index.js';
import {storeOf, viewOf} from '../../source/core/transcript/message-store.js';
import {readerSearchOptions} from '../../source/state/search-commands.js';
import {ReaderSearch} from '../../source/ui/reader-search.js';
import {materialized, messages} from '../core/search-fixtures.js';

const rows: Array<[string, string]> = [
	['wood-通联-技术', '为啥不叫不能退款呢？'],
	['Eric-Silot-SG', '现在主要是用Spring Boot + Spring Cloud，做REST API开发比较多'],
	['张三-北京', '签到'],
	['li', 'sprng clod and other typos'],
];
const chat = storeOf(messages(Array.from({length: 12_000}, (_, i) => rows[i % rows.length]!)));
const expected = (query: string) =>
	materialized(searchSync(createSearchIndex(chat), query, readerSearchOptions));

function built(search: ReaderSearch): ReaderSearch {
	while (!search.buildFor(chat, 50)) {}
	return search;
}

describe('ReaderSearch', () => {
	it('gives nothing at once before its index is built', () => {
		expect(new ReaderSearch().searchNow('spring', chat)).toBeUndefined();
	});

	it('answers at once once built, and marks what the answer covers', () => {
		// A budget no loaded machine runs out of: the answer, not the clock, is under test.
		const search = built(new ReaderSearch({nowMs: 60_000}));
		const result = search.searchNow('spring', chat);
		expect(materialized(result!)).toEqual(expected('spring'));
		expect(search.searched).toEqual({query: 'spring', messages: chat});
		// Asked again for the same step, it answers the same without searching.
		expect(search.searchNow('spring', chat)).toBe(result);
	});

	it('goes on in slices from where a search out of time stopped', async () => {
		const search = built(new ReaderSearch({nowMs: 0}));
		expect(search.searchNow('sprng clod', chat)).toBeUndefined();
		const result = await search.search('sprng clod', chat, new AbortController().signal);
		expect(materialized(result!)).toEqual(expected('sprng clod'));
	});

	it('searches messages appended after the index with a small one of their own', async () => {
		const search = built(new ReaderSearch());
		// A live append: the same columns, one row more.
		for (const message of messages([['new', 'spring again']])) chat.columns.append(message);
		const longer = viewOf(chat.columns);
		const result = await search.search('spring', longer, new AbortController().signal);
		expect(result?.hits.at(-1)?.id).toBe(chat.length);
		expect(result?.hits.length).toBe(expected('spring').hits.length + 1);
	});
});
