import {describe, expect, it} from 'vitest';
import {screenLayout} from '../../source/layout/screen-layout.js';
import {cachedMessageRows, separatorRow} from '../../source/ui/MessageRows.js';
import {sample} from '../helpers/sample.js';

const context = {
	layout: screenLayout(120, 35, {sidebar: false, sidebarWidth: 0, inputLine: false}),
	maxLines: 20,
	hyperlinks: false,
};
const plain = {selected: false, bookmarked: false, ranges: [], speakerRanges: [], spotlight: false};

describe('the rows kept between frames', () => {
	it('are the same arrays while nothing that shapes them changed', () => {
		const message = sample().messages.get(3)!;
		const rows = cachedMessageRows(message, context, plain);
		expect(cachedMessageRows(message, context, {...plain})).toBe(rows);
		expect(cachedMessageRows(message, context, {...plain, selected: true})).not.toBe(rows);
		expect(separatorRow('19:00', 96)).toBe(separatorRow('19:00', 96));
	});

	it('are kept for the messages shown lately, not for every message ever shown', () => {
		const base = sample().messages.get(0)!;
		const first = {...base, id: 0};
		const kept = cachedMessageRows(first, context, plain);
		for (let id = 1; id <= 2000; id++) cachedMessageRows({...base, id}, context, plain);
		const last = {...base, id: 2001};
		const lastRows = cachedMessageRows(last, context, plain);
		expect(cachedMessageRows(last, context, plain)).toBe(lastRows);
		const again = cachedMessageRows(first, context, plain);
		expect(again).not.toBe(kept);
		expect(again).toEqual(kept);
	});
});
