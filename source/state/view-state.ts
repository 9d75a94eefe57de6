import {sectionStarts} from '../core/analysis/navigation-marks.js';
import {createTimeIndex, type TimeIndex} from '../core/analysis/time-index.js';
import type {SearchResult} from '../core/search/search-types.js';
import type {Transcript} from '../core/transcript/types.js';
import {defaultKeyBindings, type KeyBindings} from '../input/keymap.js';
import type {Mode} from '../input/keymap-table.js';
import type {PaneModel} from '../layout/pane-items.js';
import {buildPane, floodMembership} from '../layout/pane-items.js';
import {nameColumnWidth, type ScreenLayout, screenLayout} from '../layout/screen-layout.js';
import type {Viewport} from '../layout/scroll.js';
import {displayWidth} from '../layout/wrap-text.js';
import {defaults} from './defaults.js';
import type {PresentState} from './present-state.js';

/** Below this width the sidebar shows only while focused. */
export const narrowWidth = 60;

/**
 * Below this width the sidebar starts hidden (s shows it); the `sidebar` preference applies
 * from this width up (the reader session decides; a state built without one uses the width).
 */
export const sidebarAutoWidth = 100;

/** What the reader is built with and never changes while it runs: not state. */
export type ReaderConfig = {
	/** Effective key bindings (the keymap with the user's keys.json). */
	keys: KeyBindings;
	/** The order `T` cycles through. */
	themeNames: readonly string[];
	/** Longest pause a presentation replays, in seconds. */
	idleLimit: number;
	/** Started with --present: the presentation's close key (q) quits chatreel. */
	presenting: boolean;
};

export function readerConfig(config: Partial<ReaderConfig> = {}): ReaderConfig {
	return {
		keys: config.keys ?? defaultKeyBindings,
		themeNames: config.themeNames ?? [defaults.theme],
		idleLimit: config.idleLimit ?? defaults.idleLimit,
		presenting: config.presenting ?? false,
	};
}

export type Notice = {
	text: string;
	kind: 'info' | 'error';
	/** A `+N new messages` notice: appends add to N until the notice is cleared. */
	newMessages?: number;
};

/**
 * Following a live source (a growing file, a pipe with -f): whether it is watched (F), how
 * many messages arrived while the cursor was away from the end, and whether the file is gone.
 */
export type Live = {watching: boolean; unseen: number; gone: boolean};

/** Where the reader was when the search box opened, for Esc. */
export type SearchOrigin = {
	id: number;
	view: Viewport;
	folded: ReadonlySet<number>;
	filter?: readonly string[];
};

/**
 * The search: closed; typing in the box (results follow each keystroke, the pane previews
 * the best hit, Esc goes back to the origin); applied (n/N walk the hits).
 */
export type SearchState =
	| {phase: 'closed'}
	| {
			phase: 'typing';
			input: string;
			/** The trimmed input: what the result belongs to (or is being computed for). */
			query: string;
			origin: SearchOrigin;
			result?: SearchResult;
	  }
	| {
			phase: 'applied';
			query: string;
			result?: SearchResult;
			/** Enter came before the result: jump to the best hit when it arrives. */
			jumpOnResult: boolean;
	  };

/** What covers the pane or takes the keys from it, with the state only it needs. */
export type Overlay =
	/** `back`: the overlay help was opened from (a presentation, a list), shown again on close. */
	| {kind: 'help'; top: number; back?: Overlay}
	/** One message in full (Enter), scrolled to `top`. */
	| {kind: 'message'; id: number; top: number}
	| {kind: 'bookmarks'; selected: number}
	| {kind: 'chapters'; selected: number}
	| {kind: 'present'; present: PresentState}
	/** The search's hits as a list, best first, narrowed by what is typed in it. */
	| {kind: 'results'; selected: number; input: string}
	/** The `:` command line. */
	| {kind: 'command'; input: string};

export type Sidebar = {
	shown: boolean;
	width: number;
	selected: number;
	/** Speakers chosen with Space: Enter filters to them. */
	chosen: readonly string[];
	/** Type-to-find: what was typed and the selection before it. */
	find?: {input: string; from: number};
};

/** An effect the reader asks of the terminal or the system, numbered so each runs once. */
export type Request =
	| {seq: number; kind: 'open'; url: string}
	| {seq: number; kind: 'copy'; text: string; what: string};

export type ViewState = {
	readonly transcript: Transcript;
	readonly membership: Int32Array;
	readonly marks: number[];
	readonly timeIndex: TimeIndex;
	pane: PaneModel;
	layout: ScreenLayout;
	view: Viewport;
	folded: ReadonlySet<number>;
	/** Show only these speakers (the sidebar's filter), sorted; undefined: everyone. */
	filter?: readonly string[];
	/** Acknowledgements left out of the pane (the `toggle-acks` key). */
	hideAcks: boolean;
	/** Which of the reading screen's two lists has the keys. */
	focus: 'pane' | 'speakers';
	sidebar: Sidebar;
	/** Cells the speaker column wants for this transcript's names. */
	nameWidth: number;
	overlay?: Overlay;
	search: SearchState;
	notice?: Notice;
	bookmarks: number[];
	/** Set when there is something to follow (a file, or standard input with -f). */
	live?: Live;
	themeName: string;
	/** The presentation speed, kept for the next replay. */
	speed: number;
	/** Percent of a big file read so far while it is read in the background. */
	indexing?: number;
	/** A `:` time past what is loaded, jumped to when indexing ends. */
	waitingTime?: number;
	/** The last side effect asked for (open a link, copy), performed outside the reducer. */
	request?: Request;
	quit: boolean;
};

export type InitOptions = {
	width: number;
	height: number;
	sidebar?: boolean;
	sidebarWidth?: number;
	collapseFloods?: boolean;
	themeName?: string;
	bookmarks?: number[];
	speed?: number;
	/** There is a source to follow; `watching` says whether following starts at once. */
	live?: {watching: boolean};
};

/** The keymap mode: which table of keys applies. */
export function modeOf(state: Pick<ViewState, 'overlay' | 'search' | 'focus' | 'sidebar'>): Mode {
	if (state.overlay) return state.overlay.kind;
	if (state.search.phase === 'typing') return 'search';
	if (state.focus !== 'speakers') return 'browse';
	return state.sidebar.find ? 'find' : 'speakers';
}

export function layoutFor(
	state: Pick<ViewState, 'sidebar' | 'overlay' | 'search' | 'focus'> & {nameWidth?: number},
	width: number,
	height: number,
) {
	const mode = modeOf(state);
	return screenLayout(width, height, {
		// On narrow terminals the sidebar takes the screen only while it has the focus.
		sidebar:
			state.sidebar.shown && (width >= narrowWidth || mode === 'speakers' || mode === 'find'),
		sidebarWidth: state.sidebar.width,
		inputLine: mode === 'search' || mode === 'command' || mode === 'find' || mode === 'results',
		nameWidth: state.nameWidth,
	});
}

export function initialState(transcript: Transcript, options: InitOptions): ViewState {
	const membership = floodMembership(transcript);
	const collapse = options.collapseFloods ?? defaults.collapseFloods;
	const folded = new Set<number>(collapse ? transcript.floods.map((_, index) => index) : []);
	const pane = buildPane(transcript, {folded}, membership);
	const sidebar = {
		shown: options.sidebar ?? options.width >= sidebarAutoWidth,
		width: options.sidebarWidth ?? defaults.sidebarWidth,
		selected: 0,
		chosen: [],
	};
	const firstSelectable = pane.items.findIndex((item) => item.kind !== 'separator');
	const search: SearchState = {phase: 'closed'};
	const nameWidth = nameColumnWidth(
		transcript.speakers.map((speaker) => ({
			count: speaker.count,
			width: displayWidth(speaker.name),
		})),
	);
	return {
		nameWidth,
		transcript,
		membership,
		marks: sectionStarts(transcript.talks, transcript.floods),
		timeIndex: createTimeIndex(transcript.messages),
		pane,
		layout: layoutFor({sidebar, search, focus: 'pane', nameWidth}, options.width, options.height),
		view: {top: 0, cursor: Math.max(0, firstSelectable)},
		folded,
		hideAcks: false,
		focus: 'pane',
		sidebar,
		search,
		bookmarks: options.bookmarks ?? [],
		...(options.live ? {live: {watching: options.live.watching, unseen: 0, gone: false}} : {}),
		themeName: options.themeName ?? defaults.theme,
		speed: options.speed ?? defaults.speed,
		quit: false,
	};
}
