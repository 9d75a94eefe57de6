// A quick search is answered in the step of the key that typed it: the keystroke's one frame
// shows its hits. The state it leaves is the one the runner's answer would have left.
import {describe, expect, it} from 'vitest';
import {createSearchIndex, searchSync} from '../../source/core/search/index.js';
import {cursorMessageId} from '../../source/state/pane-navigation.js';
import {type Action, createReducer} from '../../source/state/reducer.js';
import {readerSearchOptions, type SearchNow} from '../../source/state/search-commands.js';
import {currentResult} from '../../source/state/selectors.js';
import {initialState, type ViewState} from '../../source/state/view-state.js';
import {sample} from '../helpers/sample.js';

const transcript = sample();
const index = createSearchIndex(transcript.messages);
const keys = (...names: string[]): Action => ({type: 'keys', keys: names});
const start = () => initialState(transcript, {width: 80, height: 24, sidebar: false});

function counting(answer: boolean): {searchNow: SearchNow; asked: string[]} {
	const asked: string[] = [];
	const searchNow: SearchNow = (query) => {
		asked.push(query);
		return answer ? searchSync(index, query, readerSearchOptions) : undefined;
	};
	return {searchNow, asked};
}

describe('a search answered at once', () => {
	it('lands where the runner would have landed, with the same hits', () => {
		const {searchNow} = counting(true);
		const now = createReducer({}, searchNow)(start(), keys('/', ...'spring'));
		const later = [
			keys('/', ...'spring'),
			{type: 'search-result', result: searchSync(index, 'spring', readerSearchOptions)},
		] satisfies Action[];
		const runner = later.reduce(createReducer({}), start());
		expect(currentResult(now.search)?.hits.map((hit) => hit.id)).toEqual(
			currentResult(runner.search)?.hits.map((hit) => hit.id),
		);
		expect(cursorMessageId(now)).toBe(cursorMessageId(runner));
		expect(cursorMessageId(now)).not.toBe(cursorMessageId(start()));
	});

	it('is asked once for a burst of keys, and not again while the query stays', () => {
		const {searchNow, asked} = counting(true);
		const reducer = createReducer({}, searchNow);
		let state: ViewState = reducer(start(), keys('/', ...'tk'));
		expect(asked).toEqual(['tk']);
		state = reducer(state, keys('space'));
		expect(asked).toEqual(['tk']);
		state = reducer(state, keys('backspace', 'backspace'));
		expect(asked).toEqual(['tk', 't']);
		expect(currentResult(state.search)?.query).toBe('t');
	});

	it('leaves the query waiting for the runner when the search cannot answer at once', () => {
		const {searchNow, asked} = counting(false);
		const state = createReducer({}, searchNow)(start(), keys('/', ...'spring'));
		expect(asked).toEqual(['spring']);
		expect(state.search.phase === 'typing' && state.search.query).toBe('spring');
		expect(currentResult(state.search)).toBeUndefined();
		expect(cursorMessageId(state)).toBe(cursorMessageId(start()));
	});
});
