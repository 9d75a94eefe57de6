import {hitPosition, nextHit, prevHit} from '../core/search/hit-navigation.js';
import type {SearchResult} from '../core/search/search-types.js';
import type {CommandId} from '../input/keymap.js';
import {cursorMessageId, rebuildPane, revealMessage} from './pane-navigation.js';
import {type ViewState, withMode} from './view-state.js';

// The three-state search: closed, typing (results follow each keystroke and the pane
// previews the best hit), applied (n/N walk the hits in time order).

function typed(state: ViewState, input: string): ViewState {
	if (state.mode === 'command') return {...state, input};
	return {...state, input, search: {...state.search, query: input.trim()}};
}

export function withSearchResult(state: ViewState, result: SearchResult): ViewState {
	if (result.query !== state.search.query) return state;
	const next = {...state, search: {...state.search, result, jumpOnResult: false}};
	const best = result.hits[result.best];
	if (state.mode === 'search' || state.search.jumpOnResult) {
		if (best) return revealMessage(next, best.id, {unfold: true});
		if (state.search.jumpOnResult) {
			return {...next, notice: {text: `no hits for ${result.query}`, kind: 'info'}};
		}
	}
	return next;
}

function restoreOrigin(state: ViewState, origin: ViewState['search']['origin']): ViewState {
	if (!origin) return state;
	return rebuildPane(state, {folded: origin.folded, filter: origin.filter}, origin.id);
}

function walk(state: ViewState, direction: 1 | -1): ViewState {
	const hits = state.search.result?.hits ?? [];
	if (hits.length === 0) {
		const text = state.search.query
			? `no hits for ${state.search.query}`
			: 'no search yet (press /)';
		return {...state, notice: {text, kind: 'info'}};
	}
	const from = cursorMessageId(state);
	const hit = direction === 1 ? nextHit(hits, from) : prevHit(hits, from);
	if (!hit) return state;
	const moved = revealMessage(state, hit.id, {unfold: true});
	const wrapped = direction === 1 ? hit.id <= from : hit.id >= from;
	const {position} = hitPosition(hits, hit.id);
	const text = `hit ${position}/${hits.length}${wrapped ? ' (wrapped)' : ''}`;
	return {...moved, notice: {text, kind: 'info'}};
}

function run(state: ViewState, id: CommandId): ViewState {
	switch (id) {
		case 'search':
			return withMode(
				{
					...state,
					input: '',
					search: {
						query: '',
						origin: {id: cursorMessageId(state), folded: state.folded, filter: state.filter},
					},
				},
				'search',
			);
		case 'input-submit': {
			const closed = withMode({...state, input: ''}, 'browse');
			const result = state.search.result;
			const best = result?.query === state.search.query ? result.hits[result.best] : undefined;
			if (!best) {
				if (!state.search.query) return {...closed, search: {query: ''}};
				if (result?.query !== state.search.query) {
					return {...closed, search: {...state.search, jumpOnResult: true}};
				}
				return {...closed, notice: {text: `no hits for ${state.search.query}`, kind: 'info'}};
			}
			return revealMessage(closed, best.id, {unfold: true});
		}
		case 'input-cancel':
			return restoreOrigin(
				withMode({...state, input: '', search: {query: ''}}, 'browse'),
				state.search.origin,
			);
		case 'input-backspace':
			return typed(state, [...state.input].slice(0, -1).join(''));
		case 'input-clear':
			return typed(state, '');
		case 'next-hit':
			return walk(state, 1);
		case 'prev-hit':
			return walk(state, -1);
		default:
			return state;
	}
}

export const searchCommand = {run, typed};
