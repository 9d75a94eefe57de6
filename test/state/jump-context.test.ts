// A search hit or a time brought onto the screen keeps a few lines of what came before it
// above it (like vim and lnav), and one already on screen does not scroll the pane.
import {describe, expect, it} from 'vitest';
import {createSearchIndex, searchSync} from '../../source/core/search/index.js';
import {contextLines, rowOf, topOf} from '../../source/layout/scroll.js';
import {cursorMessageId, heightFunction} from '../../source/state/pane-navigation.js';
import {type Action, createReducer} from '../../source/state/reducer.js';
import {readerSearchOptions} from '../../source/state/search-commands.js';
import {initialState, type ViewState} from '../../source/state/view-state.js';
import {sample} from '../helpers/sample.js';

const transcript = sample();
const index = createSearchIndex(transcript.messages);
const reducer = createReducer({});
const keys = (...names: string[]): Action => ({type: 'keys', keys: names});
const run = (state: ViewState, ...actions: Action[]) => actions.reduce(reducer, state);
const start = () => initialState(transcript, {width: 80, height: 24, sidebar: false});
const spelled = (text: string) => [...text].map((c) => (c === ' ' ? 'space' : c));
const at = (time: string) => run(start(), keys(':', ...spelled(time), 'enter'));
const time = (state: ViewState) => transcript.messages.get(cursorMessageId(state))?.time;

function searched(state: ViewState, query: string): ViewState {
	const open = run(state, keys('/', ...spelled(query)));
	const result = searchSync(index, query, readerSearchOptions);
	return run(open, {type: 'search-result', result}, keys('enter'));
}

/** The pane row where the cursor message starts. */
function cursorRow(state: ViewState): number {
	const {paneHeight} = state.layout;
	return rowOf(topOf(state.view), state.view.cursor, heightFunction(state), paneHeight * 2);
}

describe('a jump keeps context above its target', () => {
	it('a search hit off screen lands a quarter of the pane down, not on the first row', () => {
		const state = searched(start(), 'spring cloud');
		expect(time(state)).toBe('19:31:18');
		expect(cursorRow(state)).toBe(contextLines(state.layout.paneHeight));
		expect(cursorRow(state)).toBeGreaterThanOrEqual(2);
	});

	it('n to the next hit off screen lands the same way', () => {
		const first = searched(start(), 'spring cloud');
		const next = run(first, keys('n'));
		expect(time(next)).toBe('19:33:08');
		expect(cursorRow(next)).toBe(contextLines(next.layout.paneHeight));
	});

	it('a hit inside a folded flood unfolds it and keeps the same context', () => {
		const state = searched(start(), '签到');
		expect(transcript.messages.get(cursorMessageId(state))?.text).toContain('签到');
		expect(state.folded.size).toBeLessThan(start().folded.size);
		expect(cursorRow(state)).toBe(contextLines(state.layout.paneHeight));
	});

	it('a hit already all on screen moves the cursor and not the pane', () => {
		const before = at('19:31');
		const after = searched(before, 'spring cloud');
		expect(time(after)).toBe('19:31:18');
		expect(after.view.top).toBe(before.view.top);
		expect(after.view.offset ?? 0).toBe(before.view.offset ?? 0);
	});

	it('a : jump off screen keeps the same context', () => {
		const state = at('19:30');
		expect(time(state)).toBe('19:30:08');
		expect(cursorRow(state)).toBe(contextLines(state.layout.paneHeight));
	});

	it('near the start of the day the context stops at the first line', () => {
		const moved = run(start(), keys('G'));
		const state = run(moved, keys(':', ...spelled('07:56'), 'enter'));
		expect(cursorMessageId(state)).toBe(1);
		expect(cursorRow(state)).toBeLessThan(contextLines(state.layout.paneHeight));
		expect(state.view.top).toBe(0);
		expect(state.view.offset ?? 0).toBe(0);
	});

	it('resuming on the first screen does not scroll; farther down it keeps context', () => {
		const near = run(start(), {type: 'jump', id: 3});
		expect(cursorMessageId(near)).toBe(3);
		expect(near.view.top).toBe(0);
		const far = run(start(), {type: 'jump', id: 316});
		expect(cursorMessageId(far)).toBe(316);
		expect(cursorRow(far)).toBe(contextLines(far.layout.paneHeight));
	});

	it('a talk or flood jump still puts it at the top of the pane', () => {
		const state = run(start(), keys('}'));
		expect(state.view.top).toBe(state.view.cursor);
	});
});
