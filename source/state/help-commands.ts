// The help overlay's scrolling: one owner for its scroll top, clamped to its lines.

import {helpLineCount} from '../input/keymap.js';
import {type Mode, modes} from '../input/keymap-table.js';
import type {ReaderConfig, ViewState} from './view-state.js';

/** The largest scroll top of the help overlay: its last line at the bottom of the pane. */
export function maxHelpTop(state: ViewState): number {
	return Math.max(0, helpLineCount - state.layout.paneHeight);
}

export function scrollHelp(state: ViewState, delta: number): ViewState {
	if (state.overlay?.kind !== 'help') return state;
	const top = Math.max(0, Math.min(maxHelpTop(state), state.overlay.top + delta));
	return {...state, overlay: {...state.overlay, top}};
}

/** The help line where a mode's keys start (a title and a blank line per mode). */
export function helpSectionTop(config: ReaderConfig, mode: Mode): number {
	let top = 0;
	for (const each of modes) {
		if (each === mode) return top;
		top += config.keys.bindingsFor(each).length + 2;
	}
	return 0;
}
