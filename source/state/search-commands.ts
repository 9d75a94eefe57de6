import {HitList} from '../core/search/hit-list.js';
import {hitAtOrAfter, nextHit, prevHit} from '../core/search/hit-navigation.js';
import type {SearchHit, SearchOptions, SearchResult} from '../core/search/search-types.js';
import type {MessageStore} from '../core/transcript/message-store.js';
import {type KeyBindings, keyFor} from '../input/keymap.js';
import type {CommandId} from '../input/keymap-table.js';
import {
	cursorMessageId,
	moveCursor,
	rebuildPane,
	relayout,
	revealMessage,
} from './pane-navigation.js';
import {openResults} from './results-commands.js';
import {shownHits} from './selectors.js';
import type {SearchOrigin, SearchState, ViewState} from './view-state.js';

// The search's phases (see SearchState): closed, typing, applied. Like less: a hit is the
// first one at or after where the search started, n/N go on in time order from the cursor,
// and a search with no hit leaves the reader where it was.

/** The reader searches the text; `@name` searches the speakers' names (query-syntax.ts). */
export const readerSearchOptions = {fields: 'text'} as const satisfies SearchOptions;

/** The result of `query` over `messages` when it can be had at once, else undefined. */
export type SearchNow = (query: string, messages: MessageStore) => SearchResult | undefined;

/**
 * After a step that changed the query being typed: its result in the same step when the search
 * is quick, so the keystroke draws one frame with its hits instead of two (the echo, then the
 * hits). Otherwise the search runner answers later.
 */
export function searchedNow(before: ViewState, after: ViewState, searchNow?: SearchNow): ViewState {
	const search = after.search;
	if (!searchNow || search.phase !== 'typing' || !search.query) return after;
	if (search.result?.query === search.query) return after;
	if (before.search.phase === 'typing' && before.search.query === search.query) return after;
	const result = searchNow(search.query, after.transcript.messages);
	return result ? withSearchResult(after, result) : after;
}

function withSearch(state: ViewState, search: SearchState): ViewState {
	return relayout({...state, search});
}

/** A hit lands like a `:` jump: a few lines down when it was off screen, its flood unfolded. */
function land(state: ViewState, hit: SearchHit): ViewState {
	return revealMessage(state, hit.id, {unfold: true, place: 'context'});
}

function typed(state: ViewState, input: string): ViewState {
	if (state.search.phase !== 'typing') return state;
	const next = {...state, search: {...state.search, input, query: input.trim()}};
	// An emptied query goes back to where the search began.
	return input.trim() === '' ? restoreOrigin(next, state.search.origin) : next;
}

function noHits(result: SearchResult): string {
	return result.error ?? `no hits for ${result.query}`;
}

export function withSearchResult(state: ViewState, result: SearchResult): ViewState {
	const search = state.search;
	if (search.phase === 'closed' || result.query !== search.query) return state;
	if (search.phase === 'typing') {
		const next: ViewState = {...state, search: {...search, result}};
		const hit = hitAtOrAfter(shownHits(next.filter, next.transcript, result), search.origin.id);
		return hit ? land(next, hit) : restoreOrigin(next, search.origin);
	}
	const next: ViewState = {...state, search: {...search, result, jumpOnResult: false}};
	if (!search.jumpOnResult) return next;
	const hit = hitAtOrAfter(shownHits(next.filter, next.transcript, result), cursorMessageId(state));
	if (hit) return land(next, hit);
	return {...next, notice: {text: noHits(result), kind: result.error ? 'error' : 'info'}};
}

/** Back to the view the search began from, rebuilding the pane only when it changed. */
function restoreOrigin(state: ViewState, origin: SearchOrigin): ViewState {
	if (state.folded === origin.folded && state.filter === origin.filter) {
		return moveCursor({...state, view: origin.view}, origin.view.cursor);
	}
	return rebuildPane(state, {folded: origin.folded, filter: origin.filter}, origin.id);
}

function walk(state: ViewState, direction: 1 | -1, keys: KeyBindings): ViewState {
	const search = state.search;
	const result = search.phase === 'closed' ? undefined : search.result;
	const hits = result ? shownHits(state.filter, state.transcript, result) : HitList.empty;
	if (hits.length === 0) {
		const key = keyFor(keys, 'browse', 'search');
		const text =
			search.phase !== 'closed' && search.query
				? `no hits for ${search.query}${result?.hits.length ? ' by the chosen speakers' : ''}`
				: `no search yet${key ? ` (press ${key})` : ''}`;
		return {...state, notice: {text, kind: 'info'}};
	}
	const from = cursorMessageId(state);
	const hit = direction === 1 ? nextHit(hits, from) : prevHit(hits, from);
	if (!hit) return state;
	const moved = land(state, hit);
	// The status bar shows the hit's place; a notice only says when the search wrapped.
	const wrapped = direction === 1 ? hit.id <= from : hit.id >= from;
	if (!wrapped) return moved;
	const text =
		direction === 1
			? 'wrapped: past the last hit to the first'
			: 'wrapped: before the first hit to the last';
	return {...moved, notice: {text, kind: 'info'}};
}

function submit(state: ViewState): ViewState {
	const search = state.search;
	if (search.phase !== 'typing') return state;
	const {query, result, origin} = search;
	if (!query) return restoreOrigin(withSearch(state, {phase: 'closed'}), origin);
	const current = result?.query === query ? result : undefined;
	const applied = withSearch(state, {
		phase: 'applied',
		query,
		result,
		jumpOnResult: current === undefined,
	});
	if (!current) return restoreOrigin(applied, origin);
	const hit = hitAtOrAfter(shownHits(state.filter, state.transcript, current), origin.id);
	if (hit) return land(applied, hit);
	const back = restoreOrigin(applied, origin);
	return {...back, notice: {text: noHits(current), kind: current.error ? 'error' : 'info'}};
}

function run(state: ViewState, id: CommandId, keys: KeyBindings): ViewState {
	const search = state.search;
	switch (id) {
		case 'search': {
			const origin = {
				id: cursorMessageId(state),
				view: state.view,
				folded: state.folded,
				filter: state.filter,
			};
			return withSearch(state, {phase: 'typing', input: '', query: '', origin});
		}
		case 'input-submit':
			return submit(state);
		case 'search-list': {
			// The search stays applied (n/N walk it) and the reader stays where it was.
			if (search.phase !== 'typing' || !search.query) return state;
			const applied = withSearch(state, {
				phase: 'applied',
				query: search.query,
				result: search.result,
				jumpOnResult: false,
			});
			return openResults(restoreOrigin(applied, search.origin));
		}
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
