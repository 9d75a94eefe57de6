import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {createSearchIndex, searchSync} from '../../source/core/search/index.js';
import {keymap} from '../../source/input/keymap-table.js';
import {type Action, createReducer} from '../../source/state/reducer.js';
import {
	presentState,
	searchQuery,
	searchResult,
	visibleWindow,
} from '../../source/state/selectors.js';
import {initialState, type ViewState} from '../../source/state/view-state.js';
import {sample} from '../helpers/sample.js';

// Random key sequences from the keymap (plus typed text, resizes and search results):
// the reducer never throws and its view stays consistent.

const everyKey = [...new Set(keymap.flatMap((binding) => binding.keys))];
const index = createSearchIndex(sample().messages);
const reducer = createReducer({themeNames: ['dark', 'mono']});

const action: fc.Arbitrary<Action> = fc.oneof(
	{
		weight: 8,
		arbitrary: fc.constantFrom(...everyKey).map((key): Action => ({type: 'keys', keys: [key]})),
	},
	{
		weight: 1,
		arbitrary: fc.string({maxLength: 6}).map((text): Action => ({type: 'keys', keys: [...text]})),
	},
	{
		weight: 1,
		arbitrary: fc
			.record({width: fc.integer({min: 20, max: 200}), height: fc.integer({min: 5, max: 60})})
			.map((size): Action => ({type: 'resize', ...size})),
	},
);

function consistent(state: ViewState) {
	const {items} = state.pane;
	if (items.length > 0) {
		expect(state.view.cursor).toBeGreaterThanOrEqual(0);
		expect(state.view.cursor).toBeLessThan(items.length);
		// On screen: inside the window of items the pane shows.
		const {start, end} = visibleWindow(state);
		expect(state.view.cursor).toBeGreaterThanOrEqual(start);
		expect(state.view.cursor).toBeLessThan(end);
		expect(items.at(state.view.cursor)?.kind).not.toBe('separator');
	}
	const present = presentState(state);
	if (present) {
		expect(present.index).toBeGreaterThanOrEqual(0);
		expect(present.index).toBeLessThan(present.reel.steps.length);
	}
}

describe('the reducer under random input', () => {
	it('never throws and keeps the cursor on a message or flood on screen', () => {
		fc.assert(
			fc.property(fc.array(action, {maxLength: 60}), (actions) => {
				let state = initialState(sample(), {width: 80, height: 24, sidebar: false});
				for (const next of actions) {
					state = reducer(state, next);
					const query = searchQuery(state.search);
					if (query && searchResult(state.search)?.query !== query) {
						state = reducer(state, {type: 'search-result', result: searchSync(index, query)});
					}
					consistent(state);
				}
			}),
			{numRuns: 150},
		);
	});
});
