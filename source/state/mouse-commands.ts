import type {MouseEvent} from '../input/mouse.js';
import {isSelectable} from '../layout/pane-items.js';
import {heightFunction, moveCursor, relayout, scrollLine} from './pane-navigation.js';
import {modeOf, type ViewState} from './view-state.js';

// The mouse (SGR reports, parsed in ui/mouse-input.ts): the wheel scrolls the pane, a click
// selects a message in the pane or a speaker in the sidebar.

/** Rows above the pane: the header and the timeline. */
export const paneTopRow = 2;
/** Lines one wheel notch scrolls. */
const wheelLines = 3;

/** The first speaker the sidebar lists: the selection kept near the middle. */
export function sidebarTop(selected: number, count: number, listHeight: number): number {
	return Math.max(0, Math.min(selected - Math.floor(listHeight / 2), count - listHeight));
}

/** The pane item drawn on pane row `row`, or -1. */
function itemAtRow(state: ViewState, row: number): number {
	const heightOf = heightFunction(state);
	// The top item may be partly scrolled above the pane (a tall message read line by line).
	let line = -(state.view.offset ?? 0);
	for (let index = state.view.top; index < state.pane.items.length; index++) {
		line += heightOf(index);
		if (row < line) return index;
		if (line >= state.layout.paneHeight) break;
	}
	return -1;
}

export function mouseCommand(state: ViewState, event: MouseEvent): ViewState {
	const mode = modeOf(state);
	if (mode !== 'browse' && mode !== 'speakers') return state;
	const {layout} = state;
	const row = event.y - paneTopRow;
	if (row < 0 || row >= layout.paneHeight) return state;
	const inSidebar = layout.sidebarWidth > 0 && event.x >= layout.paneWidth;
	if (event.kind !== 'click') {
		if (inSidebar) return state;
		const delta = event.kind === 'wheel-down' ? 1 : -1;
		let scrolled = state;
		for (let step = 0; step < wheelLines; step++) scrolled = scrollLine(scrolled, delta);
		return scrolled;
	}
	if (inSidebar) {
		// Row 0 of the sidebar is its title.
		const count = state.transcript.speakers.length;
		const listHeight = Math.max(1, layout.paneHeight - 1);
		const index = sidebarTop(state.sidebar.selected, count, listHeight) + row - 1;
		if (row === 0 || index >= count) return state;
		return relayout({
			...state,
			focus: 'speakers',
			sidebar: {...state.sidebar, selected: index, find: undefined},
		});
	}
	const item = itemAtRow(state, row);
	if (item < 0 || !isSelectable(state.pane.items.at(item))) return state;
	return moveCursor(relayout({...state, focus: 'pane'}), item);
}
