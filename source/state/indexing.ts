// A big file read in the background: the reader works on what is loaded, says so, and
// catches up when the whole transcript arrives.

import type {Transcript} from '../core/transcript/types.js';
import {moreProblems, withTranscript} from './follow.js';
import {revealMessage} from './pane-navigation.js';
import type {ViewState} from './view-state.js';

/** Begins a notice that waits for the rest of the file (cleared when it is read). */
const waitingPrefix = 'still reading: ';

export function withIndexing(state: ViewState, percent: number): ViewState {
	return state.indexing === percent ? state : {...state, indexing: percent};
}

/** The whole transcript: swap it in (the end follows to the real end), then any waiting jump. */
export function withIndexed(state: ViewState, transcript: Transcript): ViewState {
	const swapped = withTranscript(state, transcript);
	const problems = moreProblems(state.transcript, transcript);
	const kept = state.notice?.text.startsWith(waitingPrefix) ? undefined : state.notice;
	let next: ViewState = {
		...swapped,
		// The rest of the file is not news: no `+N new` count for it.
		live: state.live,
		indexing: undefined,
		waitingTime: undefined,
		notice: problems ? {text: problems, kind: 'info'} : kept,
	};
	if (state.waitingTime !== undefined) {
		const id = next.timeIndex.atOrAfter(state.waitingTime);
		if (id >= 0) next = revealMessage(next, id, {place: 'context'});
	}
	return next;
}

/**
 * What a command says when its answer depends on the part not read yet. The status bar shows
 * how far the reading is, so the notice holds no percentage that would go stale.
 */
export function indexingNotice(state: ViewState, text: string): ViewState {
	if (state.indexing === undefined) return state;
	return {...state, notice: {text: `${waitingPrefix}${text}`, kind: 'info'}};
}
