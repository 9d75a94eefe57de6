import {sectionStarts} from '../core/analysis/navigation-marks.js';
import {createTimeIndex, type TimeIndex} from '../core/analysis/time-index.js';
import type {SearchResult} from '../core/search/search-types.js';
import type {Transcript} from '../core/transcript/types.js';
import {defaultKeyBindings, type KeyBindings, type Mode} from '../input/keymap.js';
import type {PaneModel} from '../layout/pane-items.js';
import {buildPane, floodMembership} from '../layout/pane-items.js';
import {computeLayout, type ScreenLayout} from '../layout/screen-layout.js';
import type {Viewport} from '../layout/scroll.js';
import type {PresentState} from './present-state.js';

/** Below this width the sidebar shows only while focused. */
export const narrowWidth = 60;

export type Notice = {text: string; kind: 'info' | 'error'};

export type SearchState = {
	/** The query the result belongs to (or is being computed for). */
	query: string;
	result?: SearchResult;
	/** Enter came before the result: jump to the best hit when it arrives. */
	jumpOnResult?: boolean;
	/** Where the reader was when the search box opened, for Esc. */
	origin?: {id: number; folded: ReadonlySet<number>; filter?: string};
};

export type ViewState = {
	readonly transcript: Transcript;
	readonly membership: Int32Array;
	readonly marks: number[];
	readonly timeIndex: TimeIndex;
	pane: PaneModel;
	layout: ScreenLayout;
	mode: Mode;
	view: Viewport;
	folded: ReadonlySet<number>;
	filter?: string;
	sidebar: {shown: boolean; width: number; selected: number};
	/** Text of the search box or the command line. */
	input: string;
	search: SearchState;
	notice?: Notice;
	bookmarks: number[];
	bookmarkSelected: number;
	helpTop: number;
	chapterSelected: number;
	themeName: string;
	themeNames: string[];
	present?: PresentState;
	presentDefaults: {speed: number; idleLimit: number};
	/** Percent of a big file read so far while it is read in the background. */
	indexing?: number;
	/** A `:` time past what is loaded, jumped to when indexing ends. */
	waitingTime?: number;
	/** Effective key bindings (the keymap with the user's keys.json). */
	keys: KeyBindings;
	quit: boolean;
};

export type InitOptions = {
	width: number;
	height: number;
	sidebar?: boolean;
	sidebarWidth?: number;
	collapseFloods?: boolean;
	themeName?: string;
	themeNames?: string[];
	bookmarks?: number[];
	speed?: number;
	idleLimit?: number;
	keys?: KeyBindings;
};

export function layoutFor(
	state: Pick<ViewState, 'sidebar' | 'mode'>,
	width: number,
	height: number,
) {
	return computeLayout(width, height, {
		// On narrow terminals the sidebar takes the screen only while it has the focus.
		sidebar: state.sidebar.shown && (width >= narrowWidth || state.mode === 'speakers'),
		sidebarWidth: state.sidebar.width,
		inputLine: state.mode === 'search' || state.mode === 'command',
	});
}

export function initialState(transcript: Transcript, options: InitOptions): ViewState {
	const membership = floodMembership(transcript);
	const folded = new Set<number>(
		options.collapseFloods === false ? [] : transcript.floods.map((_, index) => index),
	);
	const pane = buildPane(transcript, {folded}, membership);
	const sidebar = {shown: options.sidebar ?? false, width: options.sidebarWidth ?? 24, selected: 0};
	const mode: Mode = 'browse';
	const firstSelectable = pane.items.findIndex((item) => item.kind !== 'separator');
	return {
		transcript,
		membership,
		marks: sectionStarts(transcript.talks, transcript.floods),
		timeIndex: createTimeIndex(transcript.messages),
		pane,
		layout: layoutFor({sidebar, mode}, options.width, options.height),
		mode,
		view: {top: 0, cursor: Math.max(0, firstSelectable)},
		folded,
		sidebar,
		input: '',
		search: {query: ''},
		bookmarks: options.bookmarks ?? [],
		bookmarkSelected: 0,
		helpTop: 0,
		chapterSelected: 0,
		themeName: options.themeName ?? 'dark',
		themeNames: options.themeNames ?? [options.themeName ?? 'dark'],
		presentDefaults: {speed: options.speed ?? 1, idleLimit: options.idleLimit ?? 2},
		keys: options.keys ?? defaultKeyBindings,
		quit: false,
	};
}

export function withMode(state: ViewState, mode: Mode): ViewState {
	const next = {...state, mode};
	return {...next, layout: layoutFor(next, state.layout.width, state.layout.height)};
}
