import {describe, expect, it} from 'vitest';
import {type PaneItem, PaneItemList} from '../../source/layout/pane-item-list.js';

const items: PaneItem[] = [
	{kind: 'separator', label: '09:00'},
	{kind: 'message', id: 0},
	{kind: 'flood', flood: 0, folded: true},
	...Array.from({length: 600}, (_, i): PaneItem => ({kind: 'message', id: i + 1})),
	{kind: 'separator', label: '10:00'},
	{kind: 'message', id: 601},
];

function listOf(all: readonly PaneItem[]): PaneItemList {
	const list = new PaneItemList();
	for (const item of all) list.push(item);
	return list;
}

describe('PaneItemList', () => {
	it('gives back every item pushed, growing past its first capacity', () => {
		const list = listOf(items);
		expect(list.length).toBe(items.length);
		expect(list.toArray()).toEqual(items);
		items.forEach((item, index) => {
			expect(list.kindAt(index)).toBe(item.kind);
			expect(list.messageAt(index)).toBe(item.kind === 'message' ? item.id : -1);
		});
	});

	it('has nothing outside the list, a negative index included', () => {
		const list = listOf(items);
		for (const index of [-1, list.length, 1.5, Number.NaN]) {
			expect(list.at(index)).toBeUndefined();
			expect(list.kindAt(index)).toBeUndefined();
			expect(list.messageAt(index)).toBe(-1);
		}
	});

	it('copies a prefix that grows on its own, the original unchanged', () => {
		const list = listOf(items);
		for (const count of [0, 1, 2, 3, 500, items.length]) {
			const prefix = list.prefix(count);
			expect(prefix.toArray()).toEqual(items.slice(0, count));
			prefix.push({kind: 'separator', label: 'new'});
			prefix.push({kind: 'message', id: 9999});
			expect(prefix.toArray()).toEqual([
				...items.slice(0, count),
				{kind: 'separator', label: 'new'},
				{kind: 'message', id: 9999},
			]);
			expect(list.toArray()).toEqual(items);
		}
	});

	it('finds the first item that passes', () => {
		const list = listOf(items);
		expect(list.findIndex((item) => item.kind === 'flood')).toBe(2);
		expect(list.findIndex((item) => item.kind === 'message' && item.id === 601)).toBe(
			items.length - 1,
		);
		expect(list.findIndex(() => false)).toBe(-1);
	});
});
