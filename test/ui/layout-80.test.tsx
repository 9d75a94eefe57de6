import {afterEach, describe, expect, it} from 'vitest';
import {nameColumnWidth, screenLayout} from '../../source/layout/screen-layout.js';
import {displayWidth} from '../../source/layout/wrap-text.js';
import {initialState} from '../../source/state/view-state.js';
import {renderReader} from '../helpers/render-reader.js';
import {sample} from '../helpers/sample.js';

// At 80 columns the text gets the room: the sidebar starts hidden below 100 columns (unless
// the user saved the preference), and the speaker column is as wide as the day's names need.

type Reader = Awaited<ReturnType<typeof renderReader>>;
let reader: Reader | undefined;
afterEach(() => reader?.unmount());

/** Columns of the speaker cell: from after the time and a space to the border. */
function speakerColumn(lines: string[]): number {
	const row = lines.find((line) => /^\d\d:\d\d:\d\d \S/.test(line) && /[│▌*] /.test(line)) ?? '';
	const chars = [...row];
	const at = chars.findIndex((char) => char === '│' || char === '▌' || char === '*');
	return displayWidth(chars.slice(0, at).join('')) - 10;
}

function expectExactSize(frame: string, width: number, height: number) {
	const lines = frame.split('\n');
	expect(lines).toHaveLength(height);
	for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(width);
}

describe('the sidebar at start', () => {
	it('is hidden at 80x24 with no saved preference, and s shows it', async () => {
		reader = await renderReader(sample(), {width: 80, height: 24, init: {sidebar: undefined}});
		expectExactSize(reader.frame(), 80, 24);
		expect(reader.frame()).not.toContain('Speakers (');
		await reader.write('s');
		expect(reader.frame()).toContain('Speakers (');
	});

	it('shows at 120x35 with no saved preference', async () => {
		reader = await renderReader(sample(), {width: 120, height: 35, init: {sidebar: undefined}});
		expectExactSize(reader.frame(), 120, 35);
		expect(reader.frame()).toContain('Speakers (');
	});

	it('follows a saved preference at any width', () => {
		expect(initialState(sample(), {width: 80, height: 24, sidebar: true}).sidebar.shown).toBe(true);
		expect(initialState(sample(), {width: 120, height: 35, sidebar: false}).sidebar.shown).toBe(
			false,
		);
	});
});

describe('the speaker column', () => {
	it('is as wide as the names of most messages need, within 8..20 cells', () => {
		expect(nameColumnWidth([{count: 10, width: 5}])).toBe(8);
		expect(nameColumnWidth([{count: 10, width: 13}])).toBe(13);
		expect(nameColumnWidth([{count: 10, width: 40}])).toBe(20);
		// One message by a long name does not widen the column for everyone.
		expect(
			nameColumnWidth([
				{count: 95, width: 10},
				{count: 1, width: 30},
			]),
		).toBe(10);
	});

	it('never takes more than a fifth of the pane: the text gets the rest', () => {
		const layout = screenLayout(40, 12, {
			sidebar: false,
			sidebarWidth: 24,
			inputLine: false,
			nameWidth: 20,
		});
		expect(layout.speakerWidth).toBe(8);
		expect(layout.textWidth).toBe(40 - 8 - 1 - 8 - 3);
	});

	it.each([
		[80, 24],
		[120, 35],
	])('gives the text the rest at %ix%i', async (width, height) => {
		reader = await renderReader(sample(), {width, height, init: {sidebar: undefined}});
		const state = initialState(sample(), {width, height});
		const column = speakerColumn(reader.lines());
		expect(column).toBe(state.layout.speakerWidth);
		expect(column).toBeGreaterThanOrEqual(8);
		expect(column).toBeLessThanOrEqual(20);
		const sidebar = state.sidebar.shown ? state.layout.sidebarWidth : 0;
		expect(state.layout.textWidth).toBe(width - sidebar - 8 - 1 - column - 3);
		if (width === 80) expect(state.layout.textWidth).toBeGreaterThanOrEqual(50);
	});
});
