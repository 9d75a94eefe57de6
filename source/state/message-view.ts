import type {CommandId} from '../input/keymap-table.js';
import {layoutMessage} from '../layout/message-layout.js';
import {withOverlay} from './pane-navigation.js';
import type {ViewState} from './view-state.js';

// The whole-message view (Enter): one message over the pane, scrolled line by line.

/** The most lines the whole-message view lays out (a message of millions of characters). */
export const fullViewLineCap = 10_000;

/** Columns of the text in the whole-message view: the screen less a margin each side. */
export function fullViewWidth(width: number): number {
	return Math.max(4, width - 2);
}

/** Rows of the view: the message's heading line, then its body. */
export function fullViewLineCount(state: ViewState, id: number): number {
	const message = state.transcript.messages.get(id);
	if (!message) return 1;
	const width = fullViewWidth(state.layout.width);
	return 1 + layoutMessage(message, width, fullViewLineCap).lines.length;
}

export function openMessageView(state: ViewState, id: number): ViewState {
	return withOverlay(state, {kind: 'message', id, top: 0});
}

/** Scrolls the view by `delta` lines, kept so its last line is never above the bottom. */
export function scrollMessageView(state: ViewState, delta: number): ViewState {
	const overlay = state.overlay;
	if (overlay?.kind !== 'message') return state;
	const last = Math.max(0, fullViewLineCount(state, overlay.id) - state.layout.paneHeight);
	const top = Math.max(0, Math.min(last, overlay.top + delta));
	return top === overlay.top ? state : {...state, overlay: {...overlay, top}};
}

export function messageViewCommand(state: ViewState, id: CommandId): ViewState {
	const page = Math.max(1, state.layout.paneHeight - 1);
	switch (id) {
		case 'message-down':
			return scrollMessageView(state, 1);
		case 'message-up':
			return scrollMessageView(state, -1);
		case 'message-page-down':
			return scrollMessageView(state, page);
		case 'message-page-up':
			return scrollMessageView(state, -page);
		case 'message-top':
			return scrollMessageView(state, Number.NEGATIVE_INFINITY);
		case 'message-bottom':
			return scrollMessageView(state, Number.POSITIVE_INFINITY);
		default:
			return state;
	}
}
