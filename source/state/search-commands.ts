import {hitPosition, nextHit, prevHit} from '../core/search/hit-navigation.js';
import type {SearchResult} from '../core/search/search-types.js';
import {type CommandId, type KeyBindings, keyFor} from '../input/keymap.js';
import {cursorMessageId, rebuildPane, relayout, revealMessage} from './pane-navigation.js';
import type {SearchOrigin, SearchState, ViewState} from './view-state.js';

// The search's phases (see SearchState): closed, typing, applied.

function withSearch(state: ViewState, search: SearchState): ViewState {
	return relayout({...state, search});
}

function typed(state: ViewState, input: string): ViewState {
	if (state.search.phase !== 'typing') return state;
	return {...state, search: {...state.search, input, query: input.trim()}};
}

export function withSearchResult(state: ViewState, result: SearchResult): ViewState {
	const search = state.search;
	if (search.phase === 'closed' || result.query !== search.query) return state;
	const jump = search.phase === 'typing' || search.jumpOnResult;
	const next: ViewState = {
		...state,
		search:
			search.phase === 'typing' ? {...search, result} : {...search, result, jumpOnResult: false},
	};
	const best = result.hits[result.best];
	if (jump) {
		if (best) return revealMessage(next, best.id, {unfold: true});
		if (search.phase === 'applied') {
			return {...next, notice: {text: `no hits for ${result.query}`, kind: 'info'}};
		}
	}
	return next;
}

function restoreOrigin(state: ViewState, origin: SearchOrigin): ViewState {
	return rebuildPane(state, {folded: origin.folded, filter: origin.filter}, origin.id);
}

function walk(state: ViewState, direction: 1 | -1, keys: KeyBindings): ViewState {
	const search = state.search;
	const hits = search.phase === 'closed' ? [] : (search.result?.hits ?? []);
	if (hits.length === 0) {
		const key = keyFor(keys, 'browse', 'search');
		const text =
			search.phase !== 'closed' && search.query
				? `no hits for ${search.query}`
				: `no search yet${key ? ` (press ${key})` : ''}`;
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

function submit(state: ViewState): ViewState {
	const search = state.search;
	if (search.phase !== 'typing') return state;
	const {query, result} = search;
	if (!query) return withSearch(state, {phase: 'closed'});
	const current = result?.query === query ? result : undefined;
	const closed = withSearch(state, {
		phase: 'applied',
		query,
		result,
		jumpOnResult: current === undefined,
	});
	const best = current?.hits[current.best];
	if (best) return revealMessage(closed, best.id, {unfold: true});
	if (!current) return closed;
	return {...closed, notice: {text: `no hits for ${query}`, kind: 'info'}};
}

function run(state: ViewState, id: CommandId, keys: KeyBindings): ViewState {
	const search = state.search;
	switch (id) {
		case 'search': {
			const origin = {id: cursorMessageId(state), folded: state.folded, filter: state.filter};
			return withSearch(state, {phase: 'typing', input: '', query: '', origin});
		}
		case 'input-submit':
			return submit(state);
		case 'input-cancel':
			if (search.phase !== 'typing') return state;
			return restoreOrigin(withSearch(state, {phase: 'closed'}), search.origin);
		case 'input-backspace':
			return search.phase === 'typing'
				? typed(state, [...search.input].slice(0, -1).join(''))
				: state;
		case 'input-clear':
			return typed(state, '');
		case 'next-hit':
			return walk(state, 1, keys);
		case 'prev-hit':
			return walk(state, -1, keys);
		default:
			return state;
	}
}

export const searchCommand = {run, typed};
