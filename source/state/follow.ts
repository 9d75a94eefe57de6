import {sectionStarts} from '../core/analysis/navigation-marks.js';
import {createTimeIndex} from '../core/analysis/time-index.js';
import {searchResultOf, sharedPrefix} from '../core/search/merge-results.js';
import type {LiveEvent, ResetReason} from '../core/transcript/live-transcript.js';
import type {Transcript} from '../core/transcript/types.js';
import {extendMembership, extendPane} from '../layout/pane-items.js';
import {cursorMessageId, moveCursor, rebuildPane} from './pane-navigation.js';
import type {Live, Notice, SearchState, ViewState} from './view-state.js';

export type {LiveEvent};

const resetNotices: Record<ResetReason, string> = {
	truncated: 'the file was truncated: read again from its start',
	replaced: 'the file was replaced (rotated): reading the new file from its start',
	recreated: 'the file is back: read again from its start',
};

/** Hits for messages that changed are dropped: the runner searches them again. */
function keepHits(search: SearchState, shared: number): SearchState {
	if (search.phase === 'closed' || !search.result) return search;
	const {result} = search;
	const hits = result.hits.slice(0, result.hits.indexAtOrAfter(shared));
	if (hits === result.hits) return search;
	return {...search, result: searchResultOf(result.query, hits)};
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

function lastSelectable(state: ViewState): number {
	const {items} = state.pane;
	let index = items.length - 1;
	while (index > 0 && items.kindAt(index) === 'separator') index--;
	return index;
}

/** The cursor is on the last message (or the flood line that ends the pane). */
export function atEnd(state: ViewState): boolean {
	return state.view.cursor >= lastSelectable(state);
}

/** What the new part of a transcript adds to report, as the load notice says it; or undefined. */
export function moreProblems(before: Transcript, after: Transcript): string | undefined {
	const more = after.diagnostics.length - before.diagnostics.length;
	if (more <= 0) return undefined;
	return `${more} more problem${more === 1 ? '' : 's'} in this file (--json lists them)`;
}

function newMessagesNotice(
	previous: Notice | undefined,
	added: number,
	problems: string | undefined,
): Notice {
	const count = (previous?.newMessages ?? 0) + added;
	const text = `+${count} new message${count === 1 ? '' : 's'}`;
	return {text: problems ? `${text} · ${problems}` : text, kind: 'info', newMessages: count};
}

/**
 * Swaps in a new transcript, keeping the message under the cursor; a reader at the end
 * stays at the end, like `tail -f`. `shared` leading messages are known to be unchanged.
 */
function swapTranscript(state: ViewState, transcript: Transcript, shared: number): ViewState {
	const follow = atEnd(state);
	const keep = Math.min(cursorMessageId(state), transcript.messages.length - 1);
	const membership = extendMembership(state.membership, state.transcript, transcript);
	const folded = carryFolds(state, transcript);
	const options = {folded, speakers: state.filter, hideAcks: state.hideAcks};
	const swapped: ViewState = {
		...state,
		transcript,
		membership,
		marks: sectionStarts(transcript.talks, transcript.floods),
		timeIndex: createTimeIndex(transcript.messages),
		bookmarks: state.bookmarks.filter((id) => id < transcript.messages.length),
		search: keepHits(state.search, shared),
	};
	// Only what follows the messages and floods both share is laid out again.
	const pane = extendPane(state.pane, state.transcript, transcript, options, membership);
	const next = rebuildPane(swapped, {folded}, Math.max(0, keep), pane);
	return follow ? moveCursor(next, next.pane.items.length - 1, -1) : next;
}

/** The file grew (or, without a reason, was read again): swap in the new transcript. */
export function withTranscript(state: ViewState, transcript: Transcript): ViewState {
	const before = state.transcript.messages.length;
	const shared = sharedPrefix(state.transcript.messages, transcript.messages);
	const follow = atEnd(state);
	const next = swapTranscript(state, transcript, shared);
	const added = transcript.messages.length - before;
	const problems = moreProblems(state.transcript, transcript);
	if (added <= 0) return problems ? {...next, notice: {text: problems, kind: 'info'}} : next;
	const live: Live | undefined = next.live && {
		...next.live,
		gone: false,
		unseen: follow ? 0 : next.live.unseen + added,
	};
	return {...next, live, notice: newMessagesNotice(state.notice, added, problems)};
}

export function withLiveEvent(state: ViewState, event: LiveEvent): ViewState {
	switch (event.kind) {
		case 'grew':
			return withTranscript(state, event.transcript);
		case 'reset': {
			const next = swapTranscript(state, event.transcript, 0);
			const live: Live | undefined = next.live && {...next.live, gone: false, unseen: 0};
			return {...next, live, notice: {text: resetNotices[event.why], kind: 'info'}};
		}
		case 'gone': {
			const live: Live | undefined = state.live && {...state.live, gone: true};
			const text = 'the file was deleted: what was read stays; waiting for it to come back';
			return {...state, live, notice: {text, kind: 'error'}};
		}
		case 'ended': {
			const live: Live | undefined = state.live && {...state.live, watching: false};
			return {
				...state,
				live,
				notice: {text: 'standard input ended: nothing more will come', kind: 'info'},
			};
		}
	}
}

/** F: start or stop following. */
export function toggleFollow(state: ViewState): ViewState {
	if (!state.live) {
		return {...state, notice: {text: 'nothing to follow: this is not a file', kind: 'info'}};
	}
	const watching = !state.live.watching;
	const live = {...state.live, watching, gone: false};
	const text = watching
		? 'following: new messages appear as they are written'
		: 'stopped following (F follows again)';
	return {...state, live, notice: {text, kind: 'info'}};
}

/** Reaching the end shows every new message: nothing is unseen any more. */
export function seenAtEnd(state: ViewState): ViewState {
	if (!state.live || state.live.unseen === 0 || !atEnd(state)) return state;
	return {...state, live: {...state.live, unseen: 0}};
}
