import {describe, expect, it, vi} from 'vitest';
import type {CommandId} from '../../source/input/keymap-table.js';
import type {ViewState} from '../../source/state/view-state.js';
import type {Theme} from '../../source/theme/types.js';

// Colour support is decided when chalk loads: the pages are painted in colour.
process.env.FORCE_COLOR = '3';
const {createReducer} = await import('../../source/state/reducer.js');
const {initialState} = await import('../../source/state/view-state.js');
const {builtinThemes} = await import('../../source/theme/builtin.js');
const {paneProps, paneRows} = await import('../../source/ui/Pane.js');
const {preparePage} = await import('../../source/ui/page-prefetch.js');
const {paintSegments} = await import('../../source/ui/styled-line.js');
const {themes} = await import('../helpers/render-reader.js');
const {sample} = await import('../helpers/sample.js');

// The next and previous pages are laid out and painted while the reader is idle; a page key
// then draws what it would have drawn cold, from rows already made.

const reducer = createReducer();

/** The pane of `state` painted from nothing (paintSegments keeps no cache). */
function cold(state: ViewState, theme: Theme): string[] {
	const {paneWidth, paneHeight} = state.layout;
	return paneRows(paneProps(state, theme, false))
		.slice(0, paneHeight)
		.map((segments) => paintSegments(segments, paneWidth, theme, 'plain'));
}

function reading(width: number, height = 30): ViewState {
	return initialState(sample(), {width, height, sidebar: true});
}

describe('a prepared page', () => {
	it('is the page the key shows, as painted cold', () => {
		let state = reading(120);
		for (const command of ['page-down', 'page-down', 'page-up'] as CommandId[]) {
			const prepared = preparePage(state, reducer, command, builtinThemes.dark, false);
			state = reducer(state, {type: 'command', id: command, key: ''});
			expect(prepared).toEqual(cold(state, builtinThemes.dark));
		}
	});

	it('follows a change of width or theme', () => {
		const wide = reading(120);
		const atWide = preparePage(wide, reducer, 'page-down', builtinThemes.dark, false);
		const narrow = reducer(wide, {type: 'resize', width: 90, height: 30});
		const atNarrow = preparePage(narrow, reducer, 'page-down', builtinThemes.dark, false);
		const next = (state: ViewState) => reducer(state, {type: 'command', id: 'page-down', key: ''});
		expect(atNarrow).toEqual(cold(next(narrow), builtinThemes.dark));
		expect(atNarrow).not.toEqual(atWide);
		const light = preparePage(narrow, reducer, 'page-down', themes.get('light')!, false);
		expect(light).toEqual(cold(next(narrow), themes.get('light')!));
		expect(light).not.toEqual(atNarrow);
	});

	it('is made only for a key that pages the reading screen', () => {
		const state = reading(120);
		// At the top, b does not move the pane.
		expect(preparePage(state, reducer, 'page-up', builtinThemes.dark, false)).toBeUndefined();
		const help = reducer(state, {type: 'command', id: 'help', key: '?'});
		expect(preparePage(help, reducer, 'page-down', builtinThemes.dark, false)).toBeUndefined();
	});
});

/** Frames of the reader through page keys, in modules of their own: caches start empty. */
async function pageFrames(prefetch: boolean) {
	vi.resetModules();
	const {renderReader} = await import('../helpers/render-reader.js');
	const {prefetchStats} = await import('../../source/ui/page-prefetch.js');
	const {paintStats} = await import('../../source/ui/styled-line.js');
	const {sample: fresh} = await import('../helpers/sample.js');
	const reader = await renderReader(fresh(), {
		width: 120,
		height: 35,
		init: {sidebar: true},
		prefetchPages: prefetch,
	});
	const frames: string[] = [];
	const painted: number[] = [];
	try {
		for (const key of ['page-down', 'page-down', 'page-up', 'cursor-down', 'page-down'] as const) {
			// The pages next to the screen are ready before the key.
			if (prefetch) {
				await vi.waitFor(() => {
					expect(prefetchStats.drawn).toBeDefined();
					expect(prefetchStats.ready).toBe(prefetchStats.drawn);
				});
			}
			const before = paintStats.rows;
			await reader.press(key);
			painted.push(paintStats.rows - before);
			frames.push(reader.rawFrame());
		}
	} finally {
		reader.unmount();
	}
	return {frames, painted};
}

describe('the reader with pages prepared while idle', () => {
	it('draws the same frames as without, painting only what carries the position', async () => {
		const without = await pageFrames(false);
		const prepared = await pageFrames(true);
		expect(prepared.frames).toEqual(without.frames);
		// Cold, Space paints the pane's rows; prepared, only the header, timeline, status bar.
		expect(without.painted[0]).toBeGreaterThan(20);
		for (const [index, count] of prepared.painted.entries()) {
			if (index !== 3) expect(count).toBeLessThanOrEqual(6);
		}
	});
});
