import {layoutMessage} from '../layout/message-layout.js';
import {
	buildPane,
	isSelectable,
	itemAtOrAfterMessage,
	itemMessageId,
	type PaneModel,
} from '../layout/pane-items.js';
import {
	advance,
	comparePos,
	type HeightOf,
	itemAtRow,
	keepVisible,
	type LinePos,
	rowOf,
	showInContext,
	topOf,
	withTop,
} from '../layout/scroll.js';
import {layoutFor, type Overlay, type ViewState} from './view-state.js';

// Moving through the pane. Every function returns a new state and looks at no more
// items than fit on a few screens.

/**
 * The most lines of one message body laid out in the pane: a taller message scrolls line by
 * line; past this (a message of millions of characters) it ends in `[+N more characters]`.
 */
export const bodyLineCap = 2000;

export function maxBodyLines(_state?: ViewState): number {
	return bodyLineCap;
}

export function heightFunction(state: ViewState): HeightOf {
	const {items} = state.pane;
	const {messages} = state.transcript;
	const width = state.layout.textWidth;
	const maxLines = maxBodyLines(state);
	return (index) => {
		const id = items.messageAt(index);
		if (id < 0) return 1;
		const message = messages.get(id);
		return message ? layoutMessage(message, width, maxLines).lines.length : 1;
	};
}

function nearestSelectable(state: ViewState, index: number, direction: 1 | -1): number {
	const {items} = state.pane;
	let i = Math.max(0, Math.min(items.length - 1, index));
	while (i >= 0 && i < items.length && !isSelectable(items.at(i))) i += direction;
	if (i < 0 || i >= items.length) {
		i = Math.max(0, Math.min(items.length - 1, index));
		while (i >= 0 && i < items.length && !isSelectable(items.at(i))) i -= direction;
	}
	return Math.max(0, Math.min(items.length - 1, i));
}

/** With the cursor item at the very top, shows its hour separator above it when it fits. */
function withSeparatorAbove(state: ViewState, heightOf: HeightOf): ViewState {
	const {top, cursor, offset = 0} = state.view;
	const height = state.layout.paneHeight;
	if (top !== cursor || offset > 0 || cursor === 0) return state;
	if (state.pane.items.kindAt(cursor - 1) !== 'separator') return state;
	if (heightOf(cursor) + 1 > height) return state;
	return {...state, view: {top: cursor - 1, offset: 0, cursor}};
}

/** Puts the cursor on an item and scrolls as little as needed to show it. */
export function moveCursor(state: ViewState, index: number, direction: 1 | -1 = 1): ViewState {
	if (state.pane.items.length === 0) return state;
	const cursor = nearestSelectable(state, index, direction);
	const heightOf = heightFunction(state);
	const count = state.pane.items.length;
	const moved = cursor !== state.view.cursor;
	const view = keepVisible(
		{...state.view, cursor},
		heightOf,
		state.layout.paneHeight,
		count,
		moved,
	);
	return withSeparatorAbove({...state, view}, heightOf);
}

/** Puts the cursor on an item and that item at the top of the pane. */
export function cursorToTop(state: ViewState, index: number): ViewState {
	if (state.pane.items.length === 0) return state;
	const cursor = nearestSelectable(state, index, 1);
	const heightOf = heightFunction(state);
	const count = state.pane.items.length;
	const start = {item: cursor, line: 0};
	const view = withTop({...state.view, cursor}, start, count, heightOf, state.layout.paneHeight);
	return {...state, view};
}

/**
 * Puts the cursor on an item for a jump to it (a search hit, a time): where it is when it is
 * all on screen, otherwise a few lines down with what came before it above.
 */
export function cursorInContext(state: ViewState, index: number, place = false): ViewState {
	if (state.pane.items.length === 0) return state;
	const cursor = nearestSelectable(state, index, 1);
	const heightOf = heightFunction(state);
	const count = state.pane.items.length;
	const height = state.layout.paneHeight;
	const view = showInContext({...state.view, cursor}, heightOf, height, count, place);
	return {...state, view};
}

function setTop(state: ViewState, pos: LinePos, heightOf: HeightOf, cursor = state.view.cursor) {
	const count = state.pane.items.length;
	const view = withTop({...state.view, cursor}, pos, count, heightOf, state.layout.paneHeight);
	return {...state, view};
}

/**
 * Scrolls the pane by screen lines, like less (Space, Ctrl-d, b, Ctrl-u): the cursor goes to
 * the message at the top of the pane (the one being read when a tall message fills it).
 * At either end, where the pane cannot move, the cursor goes to the last or first message.
 */
export function scrollPage(state: ViewState, lines: number): ViewState {
	const {items} = state.pane;
	if (items.length === 0) return state;
	const heightOf = heightFunction(state);
	const height = state.layout.paneHeight;
	const before = topOf(state.view);
	const moved = setTop(state, advance(before, lines, items.length, heightOf), heightOf);
	const top = topOf(moved.view);
	if (comparePos(top, before) === 0) {
		return moveCursor(state, lines > 0 ? items.length - 1 : 0, lines > 0 ? -1 : 1);
	}
	// A short message cut at the top is left for the one after it: the cursor is all on screen.
	const cut = top.line > 0 && heightOf(top.item) <= height;
	let cursor = cut ? top.item + 1 : top.item;
	while (cursor < items.length - 1 && !isSelectable(items.at(cursor))) cursor++;
	if (!isSelectable(items.at(cursor))) cursor = nearestSelectable(state, top.item, -1);
	return {...moved, view: {...moved.view, cursor}};
}

/**
 * Scrolls the pane one line (Ctrl-e, Ctrl-y); the cursor stays unless it leaves the pane,
 * then it takes the message at the edge it left by.
 */
export function scrollLine(state: ViewState, delta: 1 | -1): ViewState {
	const {items} = state.pane;
	if (items.length === 0) return state;
	const heightOf = heightFunction(state);
	const height = state.layout.paneHeight;
	const moved = setTop(state, advance(topOf(state.view), delta, items.length, heightOf), heightOf);
	const top = topOf(moved.view);
	const {cursor} = moved.view;
	const row = rowOf(top, cursor, heightOf, height + heightOf(cursor));
	if (row + heightOf(cursor) <= 0) {
		const next = nearestSelectable(moved, top.item, 1);
		return {...moved, view: {...moved.view, cursor: next}};
	}
	if (row >= height) {
		const last = itemAtRow(moved.view, height - 1, items.length, heightOf);
		return {...moved, view: {...moved.view, cursor: nearestSelectable(moved, last, -1)}};
	}
	return moved;
}

/**
 * The arrow keys: scrolls one line while the message under the cursor goes on past the edge
 * of the pane, otherwise moves to the next message and scrolls just enough to show it.
 */
export function moveLine(state: ViewState, delta: 1 | -1): ViewState {
	const {items} = state.pane;
	if (items.length === 0) return state;
	const heightOf = heightFunction(state);
	const height = state.layout.paneHeight;
	const count = items.length;
	const top = topOf(state.view);
	const {cursor} = state.view;
	const h = heightOf(cursor);
	const row = rowOf(top, cursor, heightOf, height + h);
	if (delta > 0 ? row + h > height : row < 0) {
		return setTop(state, advance(top, delta, count, heightOf), heightOf);
	}
	let next = cursor + delta;
	while (next >= 0 && next < count && !isSelectable(items.at(next))) next += delta;
	if (next < 0 || next >= count) {
		// Only separators that way: show them.
		return setTop(state, delta > 0 ? top : advance(top, -1, count, heightOf), heightOf);
	}
	const nh = heightOf(next);
	const limit = height + nh + height;
	const nrow = rowOf(top, next, heightOf, limit);
	let shift = 0;
	if (delta > 0) {
		// All of it when it fits, otherwise its first line at the bottom.
		const end = nh <= height ? nrow + nh : nrow + 1;
		if (end > height) shift = end - height;
	} else if (nrow < 0) {
		// All of it when it fits, otherwise its last line at the top.
		shift = nh <= height ? nrow : Math.min(0, nrow + nh - 1);
	}
	const moved = setTop(state, advance(top, shift, count, heightOf), heightOf, next);
	return withSeparatorAbove(moved, heightOf);
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

export function cursorMessageId(state: ViewState): number {
	return itemMessageId(state.transcript, state.pane.items.at(state.view.cursor));
}

/** The item of a flood's own line, folded or not, or -1. */
function floodLine(state: ViewState, flood: number): number {
	const firstId = state.transcript.floods[flood]?.firstId ?? -1;
	const shown = state.pane.itemOfMessage[firstId] ?? -1;
	const line = state.pane.items.kindAt(shown) === 'flood' ? shown : shown - 1;
	const item = state.pane.items.at(line);
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
	/** The new pane when the caller built it already (a followed chat extends the old one). */
	built?: PaneModel,
): ViewState {
	const next = {...state, ...changes};
	const pane =
		built ??
		buildPane(
			next.transcript,
			{folded: next.folded, speakers: next.filter, hideAcks: next.hideAcks},
			next.membership,
		);
	const withPane = {...next, pane, view: {top: 0, cursor: 0}};
	const before = state.pane.items.at(state.view.cursor);
	const onFlood = before?.kind === 'flood' ? floodLine(withPane, before.flood) : -1;
	const item = onFlood >= 0 ? onFlood : itemAtOrAfterMessage(pane, keepMessage);
	if (item < 0) return withPane;
	const offset = state.view.cursor - state.view.top;
	const placed = {...withPane, view: {top: Math.max(0, item - offset), offset: 0, cursor: item}};
	return moveCursor(placed, item, -1);
}

export type RevealOptions = {
	/**
	 * Where the message goes when it is not all on screen: `top` at the top of the pane (the
	 * start of an hour or a talk), `context` a few lines down (a search hit, a time), `near`
	 * scrolled just enough to show it.
	 */
	place?: 'top' | 'context' | 'near';
	/** Unfold a folded flood to show the message itself (search hits), rather than its line. */
	unfold?: boolean;
};

/** Whether the speaker filter lets message `id` show. */
export function isShown(state: Pick<ViewState, 'filter' | 'transcript'>, id: number): boolean {
	const {messages} = state.transcript;
	const speaker = messages.has(id) ? messages.speakerOf(id) : undefined;
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
	const {place = 'near', unfold = false} = options;
	let next = state;
	if (!state.transcript.messages.get(id)) return state;
	const flood = state.membership[id] ?? -1;
	if (unfold && flood >= 0 && state.folded.has(flood) && state.filter === undefined) {
		const folded = new Set(state.folded);
		folded.delete(flood);
		next = rebuildPane(state, {folded}, id);
	}
	const item = itemAtOrAfterMessage(next.pane, id);
	if (item < 0) return next;
	if (place === 'top') return cursorToTop(next, item);
	// An unfolded flood was rebuilt around the message: it was not on screen before.
	if (place === 'context') return cursorInContext(next, item, next !== state);
	return moveCursor(next, item);
}
