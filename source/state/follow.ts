import {sectionStarts} from '../core/analysis/navigation-marks.js';
import {createTimeIndex} from '../core/analysis/time-index.js';
import type {Transcript} from '../core/transcript/types.js';
import {floodMembership} from '../layout/pane-items.js';
import {cursorMessageId, moveCursor, rebuildPane} from './pane-navigation.js';
import type {SearchState, ViewState} from './view-state.js';

/** The search runs again over the new transcript. */
function withoutResult(search: SearchState): SearchState {
	if (search.phase === 'typing') return {...search, result: undefined};
	if (search.phase === 'applied') return {...search, result: undefined, jumpOnResult: false};
	return search;
}

/** Floods to fold in the new transcript: as they were, and new ones as the others are. */
function carryFolds(state: ViewState, next: Transcript): Set<number> {
	const old = state.transcript.floods;
	const known = new Set(old.map((flood) => flood.firstId));
	const foldedFirst = new Set([...state.folded].map((index) => old[index]?.firstId));
	const unfoldedAll = state.folded.size === 0 && old.length > 0;
	const folded = new Set<number>();
	next.floods.forEach((flood, index) => {
		const fold = known.has(flood.firstId) ? foldedFirst.has(flood.firstId) : !unfoldedAll;
		if (fold) folded.add(index);
	});
	return folded;
}

/**
 * The file grew (or was replaced): swap in the new transcript, keep the message under the
 * cursor, and follow the end when the reader was at the end, like `tail -f`.
 */
export function withTranscript(state: ViewState, transcript: Transcript): ViewState {
	const before = state.transcript.messages.length;
	const atEnd = state.view.cursor >= lastSelectable(state);
	const keep = Math.min(cursorMessageId(state), transcript.messages.length - 1);
	const swapped: ViewState = {
		...state,
		transcript,
		membership: floodMembership(transcript),
		marks: sectionStarts(transcript.talks, transcript.floods),
		timeIndex: createTimeIndex(transcript.messages),
		bookmarks: state.bookmarks.filter((id) => id < transcript.messages.length),
		search: withoutResult(state.search),
	};
	let next = rebuildPane(swapped, {folded: carryFolds(state, transcript)}, Math.max(0, keep));
	if (atEnd) next = moveCursor(next, next.pane.items.length - 1, -1);
	const added = transcript.messages.length - before;
	if (added <= 0) return next;
	return {...next, notice: {text: `+${added} new message${added === 1 ? '' : 's'}`, kind: 'info'}};
}

function lastSelectable(state: ViewState): number {
	const {items} = state.pane;
	let index = items.length - 1;
	while (index > 0 && items[index]?.kind === 'separator') index--;
	return index;
}
