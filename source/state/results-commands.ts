import type {HitList} from '../core/search/hit-list.js';
import type {SearchHit} from '../core/search/search-types.js';
import type {CommandId} from '../input/keymap-table.js';
import {revealMessage, withOverlay} from './pane-navigation.js';
import {currentResult, shownHits} from './selectors.js';
import type {ViewState} from './view-state.js';

// The search's hits as a list, best first (fuse.js's ranking), narrowed as you type like fzf:
// every word typed must be in the message or its speaker's name.

const rankedCache = new WeakMap<HitList, {input: string; hits: SearchHit[]}>();

export function rankedHits(state: ViewState, input: string): readonly SearchHit[] {
	const result = currentResult(state.search);
	if (!result) return [];
	const shown = shownHits(state.filter, state.transcript, result);
	const cached = rankedCache.get(shown);
	if (cached?.input === input) return cached.hits;
	const words = input.toLowerCase().split(/\s+/u).filter(Boolean);
	const {messages} = state.transcript;
	const kept =
		words.length === 0
			? shown.toArray()
			: shown
					.filterIds((id) => {
						if (!messages.has(id)) return false;
						const text = messages.textOf(id).toLowerCase();
						const speaker = messages.speakerOf(id).toLowerCase();
						return words.every((word) => text.includes(word) || speaker.includes(word));
					})
					.toArray();
	const hits = kept.sort((a, b) => a.score - b.score || a.id - b.id);
	rankedCache.set(shown, {input, hits});
	return hits;
}

/** Opens the list over the current result, or says why not. */
export function openResults(state: ViewState): ViewState {
	const result = currentResult(state.search);
	if (!result) {
		const text = state.search.phase === 'closed' ? 'no search yet' : 'still searching…';
		return {...state, notice: {text, kind: 'info'}};
	}
	if (shownHits(state.filter, state.transcript, result).length === 0) {
		return {...state, notice: {text: result.error ?? `no hits for ${result.query}`, kind: 'info'}};
	}
	return withOverlay(state, {kind: 'results', selected: 0, input: ''});
}

export function resultsTyped(state: ViewState, input: string): ViewState {
	if (state.overlay?.kind !== 'results') return state;
	return {...state, overlay: {kind: 'results', selected: 0, input}};
}

export function resultsCommand(state: ViewState, id: CommandId): ViewState {
	const overlay = state.overlay;
	if (overlay?.kind !== 'results') return state;
	const hits = rankedHits(state, overlay.input);
	switch (id) {
		case 'result-down':
		case 'result-up': {
			const next = overlay.selected + (id === 'result-down' ? 1 : -1);
			const selected = Math.max(0, Math.min(hits.length - 1, next));
			return {...state, overlay: {...overlay, selected}};
		}
		case 'result-jump': {
			const hit = hits[overlay.selected];
			const closed = withOverlay(state, undefined);
			return hit ? revealMessage(closed, hit.id, {unfold: true, place: 'context'}) : closed;
		}
		case 'input-backspace':
			return resultsTyped(state, [...overlay.input].slice(0, -1).join(''));
		case 'input-clear':
			return resultsTyped(state, '');
		default:
			return state;
	}
}
