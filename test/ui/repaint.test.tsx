import {afterEach, describe, expect, it} from 'vitest';
import {paintStats} from '../../source/ui/styled-line.js';
import {renderReader} from '../helpers/render-reader.js';
import {sample} from '../helpers/sample.js';

// A key paints again only the rows whose look changed: the cursor's old and new message, the
// header and status bar, rows new to the screen. Rows that stay or only move are kept.

type Reader = Awaited<ReturnType<typeof renderReader>>;
let reader: Reader | undefined;
afterEach(() => reader?.unmount());

/** Rows painted while `step` runs. */
async function painted(step: () => Promise<void>): Promise<number> {
	const before = paintStats.rows;
	await step();
	return paintStats.rows - before;
}

function status(frame: string): string {
	return frame.split('\n').at(-1) ?? '';
}

describe('what a key paints at 120x35', () => {
	it('j inside the screen paints no more rows than changed on it, the sidebar none', async () => {
		reader = await renderReader(sample(), {width: 120, height: 35, init: {sidebar: true}});
		const app = reader;
		const before = app.rawFrame().split('\n');
		const count = await painted(() => app.press('cursor-down'));
		const after = app.rawFrame().split('\n');
		expect(status(app.frame())).toContain('message 2/441');
		const changed = after.filter((line, index) => line !== before[index]).length;
		expect(count).toBeGreaterThan(0);
		expect(count).toBeLessThanOrEqual(changed);
		// The old cursor row, the new one, the header's time, the status bar: a handful.
		expect(count).toBeLessThanOrEqual(8);
	});

	it('a j that scrolls paints only rows new to the screen', async () => {
		reader = await renderReader(sample(), {width: 120, height: 35, init: {sidebar: false}});
		const app = reader;
		let scrolled = false;
		for (let i = 0; i < 80 && !scrolled; i++) {
			const before = app.rawFrame().split('\n');
			const count = await painted(() => app.press('cursor-down'));
			const after = app.rawFrame().split('\n');
			// The pane's first row moved: the screen scrolled.
			if (after[2] === before[2]) continue;
			scrolled = true;
			const seen = new Set(before);
			const fresh = after.filter((line) => !seen.has(line)).length;
			expect(count).toBeGreaterThan(0);
			expect(count).toBeLessThanOrEqual(fresh);
		}
		expect(scrolled).toBe(true);
	});

	it('paging with Space paints each row once, not again when paging back and forth', async () => {
		reader = await renderReader(sample(), {width: 120, height: 35, init: {sidebar: true}});
		const app = reader;
		await app.press('page-down');
		await app.press('page-up');
		const again = await painted(async () => {
			await app.press('page-down');
			await app.press('page-up');
		});
		// Only what carries the position (header, status bar, timeline, cursor rows) changes.
		expect(again).toBeLessThanOrEqual(16);
	});
});
