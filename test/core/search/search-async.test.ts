import {describe, expect, it} from 'vitest';
import {createSearchIndex, searchAsync, searchSync} from '../../../source/core/search/index.js';
import {materialized, messages} from '../search-fixtures.js';

const rows: Array<[string, string]> = [
	['wood-通联-技术', '为啥不叫不能退款呢？'],
	['Eric-Silot-SG', '现在主要是用Spring Boot + Spring Cloud，做REST API开发比较多'],
	['张三-北京', '签到'],
	['li', 'sprng clod and other typos'],
];
// Large enough to need many slices.
const many = createSearchIndex(
	messages(Array.from({length: 12_000}, (_, i) => rows[i % rows.length]!)),
);

describe('searchAsync', () => {
	it.each(['退款', 'spring cloud', 'sprng clod', 'tk', 'zhangsan', 'a', ''])(
		'gives what searchSync gives for %j',
		async (query) => {
			const result = await searchAsync(many, query, new AbortController().signal);
			expect(materialized(result!)).toEqual(materialized(searchSync(many, query)));
		},
	);

	it('resolves to undefined when aborted before it starts', async () => {
		const controller = new AbortController();
		controller.abort();
		expect(await searchAsync(many, '退款', controller.signal)).toBeUndefined();
	});

	it('stops between slices when a newer keystroke aborts it', async () => {
		const controller = new AbortController();
		const pending = searchAsync(many, 'tk', controller.signal);
		setImmediate(() => controller.abort());
		expect(await pending).toBeUndefined();
	});

	it('lets other work run while it searches', async () => {
		let turns = 0;
		const tick = (): void => {
			turns++;
			if (turns < 1000) setImmediate(tick);
		};
		setImmediate(tick);
		const result = await searchAsync(many, 'tk', new AbortController().signal);
		expect(result?.hits.length).toBe(3000);
		expect(turns).toBeGreaterThan(1);
	});
});
