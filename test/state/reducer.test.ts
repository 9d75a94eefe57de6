import {describe, expect, it} from 'vitest';
import {createSearchIndex, searchSync} from '../../source/core/search/index.js';
import {cursorMessageId} from '../../source/state/pane-navigation.js';
import {type Action, createReducer} from '../../source/state/reducer.js';
import {presentState, searchQuery, searchResult} from '../../source/state/selectors.js';
import {initialState, modeOf, type ViewState} from '../../source/state/view-state.js';
import {sample} from '../helpers/sample.js';

function start(width = 80, height = 24): ViewState {
	return initialState(sample(), {width, height, sidebar: false});
}

const reducer = createReducer({themeNames: ['dark', 'light', 'mono']});

/** The text in the search box. */
function input(state: ViewState): string {
	return state.search.phase === 'typing' ? state.search.input : '';
}

function run(state: ViewState, ...actions: Action[]): ViewState {
	return actions.reduce(reducer, state);
}

const keys = (...names: string[]): Action => ({type: 'keys', keys: names});

function current(state: ViewState) {
	return sample().messages.get(cursorMessageId(state));
}

describe('scrolling', () => {
	it('moves one message per j and k, skipping separators', () => {
		const state = run(start(), keys('j', 'j', 'j'));
		expect(cursorMessageId(state)).toBe(3);
		expect(cursorMessageId(run(state, keys('k')))).toBe(2);
	});

	it('handles a burst of keys in one event', () => {
		expect(cursorMessageId(run(start(), keys(...'jjjjj')))).toBe(5);
	});

	it('pages down and back up again', () => {
		const paged = run(start(), keys('space'));
		expect(paged.view.top).toBeGreaterThan(0);
		expect(paged.view.cursor).toBeGreaterThanOrEqual(paged.view.top);
		const back = run(paged, keys('b'));
		expect(back.view.top).toBe(0);
	});

	it('half pages move less than a page', () => {
		const half = run(start(), keys('ctrl-d'));
		const page = run(start(), keys('space'));
		expect(half.view.cursor).toBeLessThan(page.view.cursor);
		expect(half.view.cursor).toBeGreaterThan(0);
	});

	it('G goes to the last message and g back to the first', () => {
		const end = run(start(), keys('G'));
		expect(cursorMessageId(end)).toBe(440);
		expect(cursorMessageId(run(end, keys('g')))).toBe(0);
	});

	it('keeps the cursor on screen', () => {
		const state = run(start(), ...Array.from({length: 60}, () => keys('j')));
		expect(state.view.cursor).toBeGreaterThanOrEqual(state.view.top);
		expect(state.view.top).toBeGreaterThan(0);
	});
});

describe('jumps', () => {
	it(':19:30 puts the first message at or after 19:30 near the top, below some context', () => {
		const state = run(start(), keys(':', '1', '9', ':', '3', '0', 'enter'));
		expect(modeOf(state)).toBe('browse');
		expect(current(state)?.time).toBe('19:30:08');
		expect(state.view.top).toBeLessThan(state.view.cursor);
		expect(state.view.cursor - state.view.top).toBeLessThanOrEqual(6);
	});

	it('refuses a time it cannot read, with a notice', () => {
		const state = run(start(), keys(':', 'x', 'enter'));
		expect(state.notice?.kind).toBe('error');
		expect(cursorMessageId(state)).toBe(0);
	});

	it('Esc leaves the command line without moving', () => {
		const state = run(start(), keys(':', '1', '9', 'escape'));
		expect(modeOf(state)).toBe('browse');
		expect(cursorMessageId(state)).toBe(0);
	});

	it('] and [ walk the hours', () => {
		const next = run(start(), keys(']'));
		expect(current(next)?.time.slice(0, 2)).toBe('07');
		const back = run(next, keys(']', ']', '['));
		expect(current(back)?.time.slice(0, 2)).toBe('08');
	});

	it('} and { visit floods and the talk', () => {
		const times: string[] = [];
		let state = start();
		for (let i = 0; i < 5; i++) {
			state = run(state, keys('}'));
			times.push(current(state)?.time ?? '');
		}
		expect(times).toEqual(['08:53:57', '09:41:11', '18:33:32', '19:27:56', '23:23:57']);
		expect(current(run(state, keys('{')))?.time).toBe('19:27:56');
	});
});

describe('folding', () => {
	it('folds floods by default and Enter unfolds the one under the cursor', () => {
		let state = run(start(), keys(':', ...'18:33:32', 'enter'));
		const item = state.pane.items.at(state.view.cursor);
		expect(item).toMatchObject({kind: 'flood', folded: true});
		const folded = state.pane.items.length;
		state = run(state, keys('enter'));
		expect(state.pane.items.length).toBe(folded + 84);
		expect(state.pane.items.at(state.view.cursor)).toMatchObject({kind: 'flood', folded: false});
		state = run(state, keys('enter'));
		expect(state.pane.items.length).toBe(folded);
	});

	it('c unfolds and folds every flood', () => {
		const all = run(start(), keys('c'));
		expect(all.folded.size).toBe(0);
		expect(run(all, keys('c')).folded.size).toBe(sample().floods.length);
	});

	it('keeps real messages inside a flood visible while folded', () => {
		const state = start();
		const flood = sample().floods[1]!;
		for (let id = flood.firstId; id <= flood.lastId; id++) {
			if (flood.ids.includes(id)) continue;
			const item = state.pane.items.at(state.pane.itemOfMessage[id]!);
			expect(item).toEqual({kind: 'message', id});
		}
	});
});

describe('the speaker sidebar', () => {
	it('s shows it with focus; Enter filters to the selected speaker and again shows everyone', () => {
		let state = run(start(), keys('s'));
		expect(modeOf(state)).toBe('speakers');
		expect(state.sidebar.shown).toBe(true);
		state = run(state, keys('enter'));
		expect(state.filter).toEqual(['Eric-Silot-SG']);
		const shown = state.pane.items.toArray().filter((item) => item.kind === 'message');
		expect(shown).toHaveLength(77);
		state = run(state, keys('enter'));
		expect(state.filter).toBeUndefined();
	});

	it('j and k choose a speaker, Tab goes back to the pane, s comes back and s hides it', () => {
		let state = run(start(), keys('s', 'j', 'j', 'k'));
		expect(state.sidebar.selected).toBe(1);
		state = run(state, keys('tab'));
		expect(modeOf(state)).toBe('browse');
		expect(state.sidebar.shown).toBe(true);
		state = run(state, keys('s'));
		expect(modeOf(state)).toBe('speakers');
		state = run(state, keys('s'));
		expect(state.sidebar.shown).toBe(false);
		expect(modeOf(state)).toBe('browse');
	});

	it('the sidebar narrows the pane', () => {
		const state = run(start(), keys('s'));
		expect(state.layout.paneWidth).toBe(80 - state.layout.sidebarWidth);
	});
});

describe('search', () => {
	const index = createSearchIndex(sample().messages);

	function searched(query: string): ViewState {
		const typing = run(
			start(),
			keys('/', ...query.split('').map((c) => (c === ' ' ? 'space' : c))),
		);
		expect(searchQuery(typing.search)).toBe(query);
		return run(typing, {type: 'search-result', result: searchSync(index, query)});
	}

	it('previews the best hit while typing and Enter keeps it', () => {
		const state = run(searched('spring cloud'), keys('enter'));
		expect(modeOf(state)).toBe('browse');
		expect(current(state)?.text).toMatch(/Spring Cloud/);
	});

	it('n and N walk the hits in time order and wrap', () => {
		let state = run(searched('spring cloud'), keys('enter', 'g'));
		const times: string[] = [];
		for (let i = 0; i < 4; i++) {
			state = run(state, keys('n'));
			times.push(current(state)?.time ?? '');
		}
		expect(times).toEqual(['19:31:18', '19:33:08', '19:33:50', '19:31:18']);
		expect(state.notice?.text).toContain('wrapped');
		expect(current(run(state, keys('N')))?.time).toBe('19:33:50');
	});

	it('ignores a result for an older query', () => {
		const typing = run(start(), keys('/', 'a', 'b'));
		const stale = run(typing, {type: 'search-result', result: searchSync(index, 'a')});
		expect(searchResult(stale.search)).toBeUndefined();
	});

	it('Esc returns to where the reader was', () => {
		const before = run(start(), keys('j', 'j'));
		const typed = run(before, keys('/', 's', 'p'), {
			type: 'search-result',
			result: searchSync(index, 'sp'),
		});
		const cancelled = run(typed, keys('escape'));
		expect(cursorMessageId(cancelled)).toBe(2);
		expect(searchQuery(cancelled.search)).toBe('');
	});

	it('a hit inside a folded flood unfolds it', () => {
		const state = run(searched('签到'), keys('enter'));
		const flood = state.membership[cursorMessageId(state)]!;
		expect(flood).toBeGreaterThanOrEqual(0);
		expect(state.folded.has(flood)).toBe(false);
		expect(current(state)?.text).toContain('签到');
	});

	it('backspace and Ctrl-U edit the query', () => {
		const state = run(start(), keys('/', 'a', 'b', 'c', 'backspace'));
		expect(input(state)).toBe('ab');
		expect(input(run(state, keys('ctrl-u')))).toBe('');
	});
});

describe('resize', () => {
	it('recomputes the layout and keeps the cursor on screen', () => {
		const state = run(start(120, 40), keys(...'jjjjjjjjjjjjjjjjjjjj'));
		const small = run(state, {type: 'resize', width: 40, height: 12});
		expect(small.layout.width).toBe(40);
		expect(small.layout.paneHeight).toBe(9);
		expect(cursorMessageId(small)).toBe(cursorMessageId(state));
		expect(small.view.cursor).toBeGreaterThanOrEqual(small.view.top);
	});

	it('knows when the terminal is too small', () => {
		expect(run(start(), {type: 'resize', width: 30, height: 8}).layout.tooSmall).toBe(true);
	});
});

describe('bookmarks, themes, help, quit', () => {
	it('m toggles a bookmark and the list jumps to it', () => {
		let state = run(start(), keys(':', '1', '9', ':', '3', '0', 'enter', 'm'));
		expect(state.bookmarks).toEqual([cursorMessageId(state)]);
		expect(state.notice?.text).toBe('bookmarked 19:30:08');
		state = run(state, keys('g', "'"));
		expect(modeOf(state)).toBe('bookmarks');
		state = run(state, keys('enter'));
		expect(current(state)?.time).toBe('19:30:08');
		state = run(state, keys('m'));
		expect(state.bookmarks).toEqual([]);
	});

	it('resumes at a message with a notice', () => {
		const state = run(start(), {type: 'jump', id: 316, notice: 'resumed at 19:30:08'});
		expect(cursorMessageId(state)).toBe(316);
		expect(state.notice?.text).toBe('resumed at 19:30:08');
	});

	it('T cycles the themes', () => {
		const state = run(start(), keys('T'));
		expect(state.themeName).toBe('light');
		expect(run(state, keys('T', 'T')).themeName).toBe('dark');
	});

	it('? opens help and Esc closes it; q quits', () => {
		const help = run(start(), keys('?'));
		expect(modeOf(help)).toBe('help');
		expect(modeOf(run(help, keys('escape')))).toBe('browse');
		expect(run(start(), keys('q')).quit).toBe(true);
	});
});

describe('presentation from the reader', () => {
	it('p opens the talk and q comes back at the message on screen', () => {
		let state = run(start(), keys('p'));
		expect(modeOf(state)).toBe('present');
		expect(presentState(state)?.reel.steps).toHaveLength(47);
		state = run(state, keys('end', 'q'));
		expect(modeOf(state)).toBe('browse');
		expect(current(state)?.time).toBe('19:35:22');
	});

	it('+ and - change the speed and it is remembered for the next replay', () => {
		let state = run(start(), keys('p', '+', '+'));
		expect(presentState(state)?.speed).toBe(4);
		state = run(state, keys('q', 'p'));
		expect(presentState(state)?.speed).toBe(4);
	});
});

describe('search typed faster than it runs', () => {
	it('Enter before the result arrives jumps when it does', () => {
		const index = createSearchIndex(sample().messages);
		const typed = run(start(), keys('/', ...'spring', 'space', ...'cloud', 'enter'));
		expect(modeOf(typed)).toBe('browse');
		expect(cursorMessageId(typed)).toBe(0);
		const landed = run(typed, {type: 'search-result', result: searchSync(index, 'spring cloud')});
		expect(current(landed)?.text).toMatch(/Spring Cloud/);
		expect(landed.search).toMatchObject({phase: 'applied', jumpOnResult: false});
	});
});

describe('narrow terminals', () => {
	it('show the sidebar only while it has the focus', () => {
		const narrow = initialState(sample(), {width: 50, height: 20, sidebar: true});
		expect(narrow.layout.sidebarWidth).toBe(0);
		const focused = run(narrow, keys('s'));
		expect(focused.layout.sidebarWidth).toBeGreaterThan(0);
		expect(run(focused, keys('tab')).layout.sidebarWidth).toBe(0);
	});
});
