import {afterEach, describe, expect, it} from 'vitest';
import {createKeyBindings, statusHint} from '../../source/input/keymap.js';
import type {Mode} from '../../source/input/keymap-table.js';
import {createReducer} from '../../source/state/reducer.js';
import {initialState, modeOf, type ViewState} from '../../source/state/view-state.js';
import {keySequence, renderReader} from '../helpers/render-reader.js';
import {sample} from '../helpers/sample.js';

// Every word about keys comes from the bindings in force: rebinding changes the words.

const size = {width: 100, height: 24};
let unmount: (() => void) | undefined;
afterEach(() => {
	unmount?.();
	unmount = undefined;
});

async function reader(overrides: Record<string, string[]> = {}) {
	const opened = await renderReader(sample(), {
		...size,
		config: {keys: createKeyBindings(overrides)},
	});
	unmount = opened.unmount;
	return opened;
}

const statusLine = (lines: string[]) => lines.at(-1) ?? '';

describe('the status-bar hints', () => {
	it('name the default keys', async () => {
		const {lines} = await reader();
		expect(statusLine(lines())).toContain('?:help /:search ::time s:speakers p:present q:quit');
	});

	it('follow a rebinding of quit, in the frame', async () => {
		const {lines} = await reader({quit: ['Q']});
		expect(statusLine(lines())).toContain('Q:quit');
		expect(statusLine(lines())).not.toContain('q:quit');
	});

	it('follow a rebinding in every mode', () => {
		const keys = createKeyBindings({'help.help-down': ['J'], 'speakers.focus-pane': ['x']});
		expect(statusHint(keys, 'help')).toBe('J/k:scroll Esc:close');
		expect(statusHint(keys, 'speakers')).toBe('j/k:move Enter:filter x:back s:hide');
	});

	it('leave out a command that has no key left', () => {
		// `/` given to help: search loses its only key.
		const keys = createKeyBindings({'browse.help': ['?', '/']});
		expect(statusHint(keys, 'browse')).toBe('?:help ::time s:speakers p:present q:quit');
	});
});

describe('notices that name keys', () => {
	it('say which key starts a search', async () => {
		const {lines, write} = await reader({search: ['f']});
		await write('n');
		expect(statusLine(lines())).toContain('no search yet (press f)');
	});

	it('say which key bookmarks a message', async () => {
		const {lines, write} = await reader({'toggle-bookmark': ['M']});
		await write("'");
		expect(statusLine(lines())).toContain('no bookmarks yet (M bookmarks a message)');
	});

	it('name the default keys too', async () => {
		const {lines, write} = await reader();
		await write('n');
		expect(statusLine(lines())).toContain('no search yet (press /)');
	});
});

describe('Ctrl-c', () => {
	const reach: Record<Mode, string[]> = {
		browse: [],
		speakers: ['s'],
		find: ['s', '/'],
		search: ['/', 'a'],
		results: [],
		command: [':', '1'],
		bookmarks: ['m', "'"],
		chapters: [],
		help: ['?'],
		present: ['p'],
		message: ['enter'],
	};

	function start(): ViewState {
		return initialState(sample(), {width: 80, height: 24, sidebar: false});
	}

	it('quits from every mode', () => {
		const reducer = createReducer();
		for (const [mode, keys] of Object.entries(reach)) {
			if (mode === 'chapters') continue; // the sample has one talk: p presents it at once
			if (mode === 'results') continue; // needs a search result: test/state/search-reader.test.ts
			const there = reducer(start(), {type: 'keys', keys});
			expect(modeOf(there), mode).toBe(mode);
			expect(reducer(there, {type: 'keys', keys: ['ctrl-c']}).quit, mode).toBe(true);
		}
	});

	it('does not quit once quit is bound elsewhere, and the hints say what does', () => {
		const keys = createKeyBindings({quit: ['Q']});
		const reducer = createReducer({keys});
		expect(reducer(start(), {type: 'keys', keys: ['ctrl-c']}).quit).toBe(false);
		expect(reducer(start(), {type: 'keys', keys: ['Q']}).quit).toBe(true);
		expect(statusHint(keys, 'browse')).toContain('Q:quit');
	});

	it('types a rebound printable key into the search box instead of quitting', () => {
		const reducer = createReducer({keys: createKeyBindings({quit: ['Q']})});
		const typed = reducer(start(), {type: 'keys', keys: ['/', 'Q']});
		expect(typed.quit).toBe(false);
		expect(typed.search).toMatchObject({phase: 'typing', input: 'Q'});
	});
});

describe('the help overlay', () => {
	it('scrolls back up at the first k after scrolling past its end', async () => {
		const {frame, write} = await reader();
		await write('?');
		for (let i = 0; i < 40; i++) await write(keySequence('pagedown'));
		const atEnd = frame();
		await write('j');
		expect(frame()).toBe(atEnd);
		await write('k');
		expect(frame()).not.toBe(atEnd);
	});

	it('pages with Space and b as their own commands', () => {
		const reducer = createReducer();
		const help = reducer(initialState(sample(), {width: 80, height: 24, sidebar: false}), {
			type: 'keys',
			keys: ['?', 'space'],
		});
		expect(help.overlay).toEqual({kind: 'help', top: help.layout.paneHeight - 1});
		expect(reducer(help, {type: 'keys', keys: ['b']}).overlay).toEqual({kind: 'help', top: 0});
	});
});

describe('seeking in a presentation', () => {
	it('goes by the place of the key in its binding, so rebound digits still seek', () => {
		const start = initialState(sample(), {width: 80, height: 24, sidebar: false});
		const digits = createReducer()(start, {type: 'keys', keys: ['p', '4']});
		const letters = createReducer({
			keys: createKeyBindings({'present-seek': ['a', 's', 'd', 'f', 'g', 'h', 'j', 'k', 'l', ';']}),
		})(start, {type: 'keys', keys: ['p', 'g']});
		const index = (state: ViewState) =>
			state.overlay?.kind === 'present' ? state.overlay.present.index : -1;
		expect(index(digits)).toBeGreaterThan(0);
		expect(index(letters)).toBe(index(digits));
	});
});
