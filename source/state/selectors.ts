// What the screen shows, computed from state once, so components get narrow props.
import type {HitList} from '../core/search/hit-list.js';
import type {SearchResult} from '../core/search/search-types.js';
import type {Transcript} from '../core/transcript/types.js';
import {visibleRange} from '../layout/scroll.js';
import {heightFunction} from './pane-navigation.js';
import type {PresentState} from './present-state.js';
import type {SearchState, ViewState} from './view-state.js';

export function searchQuery(search: SearchState): string {
	return search.phase === 'closed' ? '' : search.query;
}

/** The latest result, which may belong to an older query (while the new one runs). */
export function searchResult(search: SearchState): SearchResult | undefined {
	return search.phase === 'closed' ? undefined : search.result;
}

/** The result of the current query, once it has arrived. */
export function currentResult(search: SearchState): SearchResult | undefined {
	const result = searchResult(search);
	return result && result.query === searchQuery(search) ? result : undefined;
}

const shownCache = new WeakMap<SearchResult, {filter: readonly string[]; hits: HitList}>();

/** The hits the speaker filter lets show, in time order (the same list while nothing changes). */
export function shownHits(
	filter: readonly string[] | undefined,
	transcript: Transcript,
	result: SearchResult,
): HitList {
	if (filter === undefined) return result.hits;
	const cached = shownCache.get(result);
	if (cached?.filter === filter) return cached.hits;
	const names = new Set(filter);
	const {messages} = transcript;
	const hits = result.hits.filterIds((id) => messages.has(id) && names.has(messages.speakerOf(id)));
	shownCache.set(result, {filter, hits});
	return hits;
}

export function presentState(state: ViewState): PresentState | undefined {
	return state.overlay?.kind === 'present' ? state.overlay.present : undefined;
}

/** The pane items on screen: from `view.top` until the pane is full. */
export function visibleWindow(state: ViewState): {start: number; end: number} {
	const {items} = state.pane;
	const {top, offset = 0} = state.view;
	return visibleRange(top, items.length, heightFunction(state), state.layout.paneHeight, offset);
}

/** The clock times (seconds) of the first and last message on screen. */
export function visibleSeconds(state: ViewState): {first?: number; last?: number} {
	const {start, end} = visibleWindow(state);
	const {transcript} = state;
	let first: number | undefined;
	let last: number | undefined;
	for (let i = start; i < end; i++) {
		const item = state.pane.items.at(i);
		const id =
			item?.kind === 'message'
				? item.id
				: item?.kind === 'flood'
					? transcript.floods[item.flood]?.firstId
					: undefined;
		const seconds =
			id !== undefined && transcript.messages.has(id)
				? transcript.messages.secondsOf(id)
				: undefined;
		if (seconds === undefined) continue;
		first ??= seconds;
		last = seconds;
	}
	return {first, last};
}
