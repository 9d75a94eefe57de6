// Toggles on what the pane shows: a flood folded or open (Enter opens any other message in
// full), acknowledgements hidden, every flood at once, a bookmark on the message.

import {openMessageView} from './message-view.js';
import {cursorMessageId, rebuildPane} from './pane-navigation.js';
import type {ViewState} from './view-state.js';

/** Enter: a flood (or a message of one) folds or unfolds; any other message opens in full. */
export function toggleFold(state: ViewState): ViewState {
	const item = state.pane.items.at(state.view.cursor);
	let flood = -1;
	if (item?.kind === 'flood') flood = item.flood;
	else if (item?.kind === 'message') flood = state.membership[item.id] ?? -1;
	if (flood < 0) return item?.kind === 'message' ? openMessageView(state, item.id) : state;
	const folded = new Set(state.folded);
	if (folded.has(flood)) folded.delete(flood);
	else folded.add(flood);
	const firstId = state.transcript.floods[flood]?.firstId ?? cursorMessageId(state);
	return rebuildPane(state, {folded}, firstId);
}

export function toggleAcks(state: ViewState): ViewState {
	const hideAcks = !state.hideAcks;
	const {messages} = state.transcript;
	let count = 0;
	for (let id = 0; id < messages.length; id++) if (messages.isAck(id)) count++;
	const text = hideAcks
		? `${count} acknowledgement${count === 1 ? '' : 's'} hidden`
		: 'acknowledgements shown';
	return {...rebuildPane(state, {hideAcks}), notice: {text, kind: 'info'}};
}

export function toggleAllFolds(state: ViewState): ViewState {
	const folded =
		state.folded.size > 0 ? new Set<number>() : new Set(state.transcript.floods.map((_, i) => i));
	return rebuildPane(state, {folded});
}

export function toggleBookmark(state: ViewState): ViewState {
	const id = cursorMessageId(state);
	if (id < 0) return state;
	const has = state.bookmarks.includes(id);
	const bookmarks = has
		? state.bookmarks.filter((b) => b !== id)
		: [...state.bookmarks, id].sort((a, b) => a - b);
	const time = state.transcript.messages.get(id)?.time ?? '';
	return {
		...state,
		bookmarks,
		notice: {text: has ? `bookmark at ${time} removed` : `bookmarked ${time}`, kind: 'info'},
	};
}
