import {layoutMessage} from '../layout/message-layout.js';
import {
	buildPane,
	isSelectable,
	itemAtOrAfterMessage,
	itemMessageId,
} from '../layout/pane-items.js';
import {type HeightOf, itemAfterLines, keepVisible, maxTop} from '../layout/scroll.js';
import {layoutFor, type Overlay, type ViewState} from './view-state.js';

// Moving through the pane. Every function returns a new state and looks at no more
// items than fit on a few screens.

export function maxBodyLines(state: ViewState): number {
	return Math.max(1, state.layout.paneHeight - 1);
}

export function heightFunction(state: ViewState): HeightOf {
	const {items} = state.pane;
	const {messages} = state.transcript;
	const width = state.layout.textWidth;
	const maxLines = maxBodyLines(state);
	return (index) => {
		const item = items[index];
		if (item?.kind !== 'message') return 1;
		const message = messages[item.id];
		return message ? layoutMessage(message, width, maxLines).lines.length : 1;
	};
}

function nearestSelectable(state: ViewState, index: number, direction: 1 | -1): number {
	const {items} = state.pane;
	let i = Math.max(0, Math.min(items.length - 1, index));
	while (i >= 0 && i < items.length && !isSelectable(items[i])) i += direction;
	if (i < 0 || i >= items.length) {
		i = Math.max(0, Math.min(items.length - 1, index));
		while (i >= 0 && i < items.length && !isSelectable(items[i])) i -= direction;
	}
	return Math.max(0, Math.min(items.length - 1, i));
}

/** Puts the cursor on an item and scrolls as little as needed to show it. */
export function moveCursor(state: ViewState, index: number, direction: 1 | -1 = 1): ViewState {
	if (state.pane.items.length === 0) return state;
	const cursor = nearestSelectable(state, index, direction);
	const heightOf = heightFunction(state);
	let view = keepVisible({top: state.view.top, cursor}, heightOf, state.layout.paneHeight);
	// The item just above a cursor at the top is often its hour separator: show it too.
	if (view.top === cursor && cursor > 0 && state.pane.items[cursor - 1]?.kind === 'separator') {
		const withSeparator = keepVisible({top: cursor - 1, cursor}, heightOf, state.layout.paneHeight);
		if (withSeparator.top === cursor - 1) view = withSeparator;
	}
	return {...state, view};
}

/** Puts the cursor on an item and that item at the top of the pane. */
export function cursorToTop(state: ViewState, index: number): ViewState {
	if (state.pane.items.length === 0) return state;
	const cursor = nearestSelectable(state, index, 1);
	const heightOf = heightFunction(state);
	const limit = maxTop(state.pane.items.length, heightOf, state.layout.paneHeight);
	return {...state, view: {top: Math.min(cursor, limit), cursor}};
}

/**
 * The state with its layout recomputed for what is now on screen (an input line, the
 * sidebar), and the cursor kept on screen in it.
 */
export function relayout(
	state: ViewState,
	width = state.layout.width,
	height = state.layout.height,
) {
	const layout = layoutFor(state, width, height);
	const next = {...state, layout};
	const same =
		layout.paneHeight === state.layout.paneHeight && layout.textWidth === state.layout.textWidth;
	return same ? next : moveCursor(next, next.view.cursor);
}

export function withOverlay(state: ViewState, overlay: Overlay | undefined): ViewState {
	return relayout({...state, overlay});
}

export function moveLines(state: ViewState, lines: number, direction: 1 | -1): ViewState {
	const {items} = state.pane;
	const heightOf = heightFunction(state);
	const height = state.layout.paneHeight;
	const top = itemAfterLines(state.view.top, lines, items.length, heightOf, direction);
	const cursor = itemAfterLines(state.view.cursor, lines, items.length, heightOf, direction);
	const limit = maxTop(items.length, heightOf, height);
	const moved = {...state, view: {top: Math.min(top, limit), cursor}};
	return moveCursor(moved, cursor, direction);
}

export function cursorMessageId(state: ViewState): number {
	return itemMessageId(state.transcript, state.pane.items[state.view.cursor]);
}

/** The item of a flood's own line, folded or not, or -1. */
function floodLine(state: ViewState, flood: number): number {
	const firstId = state.transcript.floods[flood]?.firstId ?? -1;
	const shown = state.pane.itemOfMessage[firstId] ?? -1;
	const line = state.pane.items[shown]?.kind === 'flood' ? shown : shown - 1;
	const item = state.pane.items[line];
	return item?.kind === 'flood' && item.flood === flood ? line : -1;
}

/**
 * Rebuilds the pane after folding or filtering, keeping the same message (or the same
 * flood line) under the cursor at the same height on screen.
 */
export function rebuildPane(
	state: ViewState,
	changes: Partial<Pick<ViewState, 'folded' | 'filter' | 'hideAcks'>>,
	keepMessage = cursorMessageId(state),
): ViewState {
	const next = {...state, ...changes};
	const pane = buildPane(
		next.transcript,
		{folded: next.folded, speakers: next.filter, hideAcks: next.hideAcks},
		next.membership,
	);
	const withPane = {...next, pane, view: {top: 0, cursor: 0}};
	const before = state.pane.items[state.view.cursor];
	const onFlood = before?.kind === 'flood' ? floodLine(withPane, before.flood) : -1;
	const item = onFlood >= 0 ? onFlood : itemAtOrAfterMessage(pane, keepMessage);
	if (item < 0) return withPane;
	const offset = state.view.cursor - state.view.top;
	const placed = {...withPane, view: {top: Math.max(0, item - offset), cursor: item}};
	return moveCursor(placed, item, -1);
}

export type RevealOptions = {
	/** Put the message at the top of the pane rather than just on screen. */
	toTop?: boolean;
	/** Unfold a folded flood to show the message itself (search hits), rather than its line. */
	unfold?: boolean;
};

/** Whether the speaker filter lets message `id` show. */
export function isShown(state: Pick<ViewState, 'filter' | 'transcript'>, id: number): boolean {
	const speaker = state.transcript.messages[id]?.speaker;
	return speaker !== undefined && (state.filter === undefined || state.filter.includes(speaker));
}

/**
 * Shows a message; the speaker filter stays, so a message it hides gives way to the next
 * shown one (callers that must not move backwards check with `itemFromMessage` first). See
 * RevealOptions for floods.
 */
export function revealMessage(
	state: ViewState,
	id: number,
	options: RevealOptions = {},
): ViewState {
	const {toTop = false, unfold = false} = options;
	let next = state;
	if (!state.transcript.messages[id]) return state;
	const flood = state.membership[id] ?? -1;
	if (unfold && flood >= 0 && state.folded.has(flood) && state.filter === undefined) {
		const folded = new Set(state.folded);
		folded.delete(flood);
		next = rebuildPane(state, {folded}, id);
	}
	const item = itemAtOrAfterMessage(next.pane, id);
	if (item < 0) return next;
	return toTop ? cursorToTop(next, item) : moveCursor(next, item);
}
