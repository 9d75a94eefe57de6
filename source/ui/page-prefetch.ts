import {useEffect} from 'react';
import type {CommandId} from '../input/keymap-table.js';
import type {Reducer} from '../state/reducer.js';
import {modeOf, type ViewState} from '../state/view-state.js';
import type {Theme} from '../theme/types.js';
import {paneProps, paneRows} from './Pane.js';
import {paintedLine} from './styled-line.js';

// The page a key is likely to show next, made while the reader waits for it: its rows laid out
// and painted (kept by MessageRows.ts and styled-line.ts with their message, width and theme),
// and, in the bundle, measured and tokenized by Ink (build-ink-caches.mjs). A page key then
// finds its rows ready; what it draws is what it would have drawn cold.

/** The bundle's Ink takes the rows to measure and tokenize ahead; the stock Ink has no hook. */
type InkPrepare = (lines: readonly string[]) => void;

function inkPrepare(): InkPrepare | undefined {
	return (globalThis as Record<symbol, InkPrepare | undefined>)[Symbol.for('chatreel.ink-prepare')];
}

/** The pane's rows for `state`, painted as Line paints them. */
export function paintedPane(state: ViewState, theme: Theme, hyperlinks: boolean): string[] {
	const props = paneProps(state, theme, hyperlinks);
	const {paneWidth, paneHeight} = state.layout;
	return paneRows(props)
		.slice(0, paneHeight)
		.map((segments) => paintedLine(segments, paneWidth, theme, 'plain'));
}

/** The pane shows the same items from the same line: nothing new to prepare. */
function samePane(state: ViewState, next: ViewState): boolean {
	if (next.pane.items !== state.pane.items || next.view.top !== state.view.top) return false;
	if ((next.view.offset ?? 0) !== (state.view.offset ?? 0)) return false;
	return next.layout === state.layout;
}

/**
 * Pages prepared since start; the last state drawn and the last one whose pages are ready
 * (tests wait for the two to be the same).
 */
export const prefetchStats: {pages: number; drawn?: ViewState; ready?: ViewState} = {pages: 0};

/** The keys made ready, most likely first. */
const pageCommands: readonly CommandId[] = ['page-down', 'page-up'];

/**
 * Prepares the page `command` would show from `state`; returns its rows, or undefined when
 * the key would not page (another mode, or the pane would not move).
 */
export function preparePage(
	state: ViewState,
	reducer: Reducer,
	command: CommandId,
	theme: Theme,
	hyperlinks: boolean,
): string[] | undefined {
	if (modeOf(state) !== 'browse' || state.layout.tooSmall) return undefined;
	const next = reducer(state, {type: 'command', id: command, key: ''});
	if (next === state || modeOf(next) !== 'browse' || samePane(state, next)) return undefined;
	const lines = paintedPane(next, theme, hyperlinks);
	inkPrepare()?.(lines);
	prefetchStats.pages++;
	return lines;
}

/** After each frame, once the reader is idle, the next page and then the one before. */
export function usePagePrefetch(
	enabled: boolean,
	state: ViewState,
	reducer: Reducer,
	theme: Theme,
	hyperlinks: boolean,
): void {
	useEffect(() => {
		if (!enabled) return;
		prefetchStats.drawn = state;
		let timer: ReturnType<typeof setTimeout> | undefined;
		const step = (index: number) => {
			const command = pageCommands[index];
			if (command === undefined) {
				prefetchStats.ready = state;
				return;
			}
			timer = setTimeout(() => {
				preparePage(state, reducer, command, theme, hyperlinks);
				step(index + 1);
			}, 4);
		};
		step(0);
		return () => clearTimeout(timer);
	}, [enabled, state, reducer, theme, hyperlinks]);
}
