import {describe, expect, it} from 'vitest';
import {stepMessageId} from '../../source/core/replay/reel.js';
import {cursorMessageId} from '../../source/state/pane-navigation.js';
import {type Action, createReducer} from '../../source/state/reducer.js';
import {presentState} from '../../source/state/selectors.js';
import {initialState, modeOf, type ViewState} from '../../source/state/view-state.js';
import {sample} from '../helpers/sample.js';

// What works the same in every mode: ?, and the way out of a presentation; and nothing at
// all while the terminal is too small.

const keys = (...names: string[]): Action => ({type: 'keys', keys: names});
const reducer = createReducer();
const run = (state: ViewState, ...actions: Action[]) => actions.reduce(reducer, state);

function start(width = 80, height = 24): ViewState {
	return initialState(sample(), {width, height, sidebar: false});
}

function presentedId(state: ViewState): number {
	const present = presentState(state);
	const step = present?.reel.steps[present.index];
	return step ? stepMessageId(step) : -1;
}

describe('? in every mode', () => {
	const reach: Record<string, string[]> = {
		browse: [],
		speakers: ['s'],
		bookmarks: ['m', "'"],
		present: ['p'],
		message: ['enter'],
	};

	for (const [mode, path] of Object.entries(reach)) {
		it(`opens help from ${mode} and closes back to it`, () => {
			const there = run(start(), keys(...path));
			expect(modeOf(there)).toBe(mode);
			const help = run(there, keys('?'));
			expect(modeOf(help)).toBe('help');
			expect(modeOf(run(help, keys('escape')))).toBe(mode);
			expect(modeOf(run(help, keys('?')))).toBe(mode);
		});
	}

	it('keeps the presentation where it was under the help', () => {
		const playing = run(start(), keys('p', 'l', 'l', 'l', 'space'));
		const index = presentState(playing)?.index;
		const back = run(playing, keys('?', 'j', 'q'));
		expect(presentState(back)?.index).toBe(index);
	});
});

describe('p in the middle of a talk', () => {
	it('starts the replay at the message under the cursor; Home goes to the start', () => {
		const at = run(start(), keys(':', ...'19:31:18', 'enter'));
		const id = cursorMessageId(at);
		expect(sample().messages.get(id)?.time).toBe('19:31:18');
		const presenting = run(at, keys('p'));
		expect(presentedId(presenting)).toBe(id);
		expect(presentState(presenting)?.index).toBeGreaterThan(0);
		const home = run(presenting, keys('home'));
		expect(presentState(home)?.index).toBe(0);
	});

	it('starts at the talk start from before the talk', () => {
		const presenting = run(start(), keys('p'));
		expect(presentState(presenting)?.index).toBe(0);
	});
});

describe('leaving a presentation', () => {
	it('q and Esc go back to the reader after p', () => {
		for (const key of ['q', 'escape']) {
			const back = run(start(), keys('p', key));
			expect(modeOf(back)).toBe('browse');
			expect(back.quit).toBe(false);
		}
	});

	it('with --present, q ends chatreel and Esc goes to the reader', () => {
		const presenting = createReducer({presenting: true});
		const opened = presenting(start(), {type: 'open-present'});
		expect(modeOf(opened)).toBe('present');
		expect(presenting(opened, keys('q')).quit).toBe(true);
		const reader = presenting(opened, keys('escape'));
		expect(modeOf(reader)).toBe('browse');
		expect(reader.quit).toBe(false);
	});
});

describe('a terminal too small', () => {
	it('ignores every key but quit', () => {
		const small = start(30, 10);
		expect(small.layout.tooSmall).toBe(true);
		for (const key of ['j', 'G', 'space', '/', ':', 's', 'p', 'enter', '?', 'T']) {
			const after = run(small, keys(key));
			expect(after.view, key).toEqual(small.view);
			expect(modeOf(after), key).toBe('browse');
			expect(after.themeName, key).toBe(small.themeName);
		}
		expect(run(small, keys('q')).quit).toBe(true);
		expect(run(small, keys('ctrl-c')).quit).toBe(true);
	});

	it('takes keys again once the terminal is big enough', () => {
		const grown = run(start(30, 10), {type: 'resize', width: 80, height: 24}, keys('j'));
		expect(cursorMessageId(grown)).toBe(1);
	});
});
