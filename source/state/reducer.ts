import {parseTimeQuery} from '../core/analysis/time-index.js';
import type {ReelSelection} from '../core/replay/reel.js';
import type {HitList} from '../core/search/hit-list.js';
import {appendHits} from '../core/search/merge-results.js';
import type {SearchResult} from '../core/search/search-types.js';
import type {Transcript} from '../core/transcript/types.js';
import {keyText} from '../input/key-names.js';
import type {CommandId} from '../input/keymap-table.js';
import type {MouseEvent} from '../input/mouse.js';
import {bookmarkCommand} from './bookmark-commands.js';
import {toggleAcks, toggleAllFolds, toggleBookmark, toggleFold} from './fold-commands.js';
import {type LiveEvent, seenAtEnd, toggleFollow, withLiveEvent, withTranscript} from './follow.js';
import {helpSectionTop, maxHelpTop, scrollHelp} from './help-commands.js';
import {indexingNotice, withIndexed, withIndexing} from './indexing.js';
import {
	dayJump,
	hourMarks,
	jumpBack,
	jumpForward,
	messageRequest,
	sectionMarks,
} from './jump-commands.js';
import {messageViewCommand, scrollMessageView} from './message-view.js';
import {mouseCommand} from './mouse-commands.js';
import {
	cursorMessageId,
	moveCursor,
	moveLine,
	rebuildPane,
	relayout,
	revealMessage,
	scrollLine,
	scrollPage,
	withOverlay,
} from './pane-navigation.js';
import {openPresentation, presentationCommand} from './present-open.js';
import {type PresentAction, presentReducer} from './present-state.js';
import {openResults, resultsCommand, resultsTyped} from './results-commands.js';
import {type SearchNow, searchCommand, searchedNow, withSearchResult} from './search-commands.js';
import {findTyped, sidebarCommand} from './sidebar-commands.js';
import {modeOf, type ReaderConfig, readerConfig, type ViewState} from './view-state.js';

export type Action =
	| {type: 'keys'; keys: readonly string[]}
	| {type: 'command'; id: CommandId; key: string}
	| {type: 'text'; text: string}
	| {type: 'resize'; width: number; height: number}
	| {type: 'search-result'; result: SearchResult}
	| {type: 'present'; action: PresentAction}
	| {type: 'open-present'; selection?: ReelSelection}
	| {type: 'jump'; id: number; notice?: string}
	| {type: 'notice'; text: string; kind?: 'info' | 'error'}
	| {type: 'transcript'; transcript: Transcript}
	| {type: 'indexing'; percent: number}
	| {type: 'indexed'; transcript: Transcript}
	| {type: 'mouse'; event: MouseEvent}
	| {type: 'live'; event: LiveEvent}
	/** Hits among the messages from `from` on (new messages), for the current query. */
	| {type: 'search-append'; query: string; from: number; hits: HitList};

export type Reducer = (state: ViewState, action: Action) => ViewState;

/**
 * The one reducer of the reader's state, built from what does not change while it runs.
 * `searchNow`, when given, answers a query the keys changed in the same step (search-commands.ts).
 */
export function createReducer(options: Partial<ReaderConfig> = {}, searchNow?: SearchNow): Reducer {
	const config = readerConfig(options);
	const reducer: Reducer = (state, action) => searchedNow(state, reduce(state, action), searchNow);
	const reduce: Reducer = (state, action) => {
		switch (action.type) {
			case 'keys':
				return action.keys.reduce((next, key) => applyKey(next, key), state);
			case 'command':
				return seenAtEnd(command({...state, notice: undefined}, action.id, action.key, config));
			case 'text':
				return typed(state, action.text);
			case 'resize':
				return resize(state, action.width, action.height);
			case 'search-result':
				return withSearchResult(state, action.result);
			case 'present': {
				const overlay = state.overlay;
				if (overlay?.kind !== 'present') return state;
				return {
					...state,
					overlay: {...overlay, present: presentReducer(overlay.present, action.action)},
				};
			}
			case 'open-present':
				return openPresentation(state, config, action.selection);
			case 'jump': {
				const moved = revealMessage(state, action.id, {place: 'context'});
				return action.notice ? {...moved, notice: {text: action.notice, kind: 'info'}} : moved;
			}
			case 'notice':
				return {...state, notice: {text: action.text, kind: action.kind ?? 'info'}};
			case 'transcript':
				return withTranscript(state, action.transcript);
			case 'indexing':
				return withIndexing(state, action.percent);
			case 'indexed':
				return withIndexed(state, action.transcript);
			case 'mouse':
				return mouseCommand({...state, notice: undefined}, action.event);
			case 'live':
				return withLiveEvent(state, action.event);
			case 'search-append': {
				const {search} = state;
				if (search.phase === 'closed' || search.result?.query !== action.query) return state;
				const later = {query: action.query, hits: action.hits, best: -1};
				return {
					...state,
					search: {...search, result: appendHits(search.result, later, action.from)},
				};
			}
			default:
				return assertNever(action);
		}
	};

	/** One key in the current mode: text for the input line, or a command from the keymap. */
	function applyKey(state: ViewState, key: string): ViewState {
		const mode = modeOf(state);
		// While the screen is too small to show anything, only the key it names (quit) works.
		if (state.layout.tooSmall) {
			const quits = [mode, 'browse' as const].some(
				(m) => config.keys.commandFor(m, key) === 'quit',
			);
			return quits ? {...state, quit: true} : state;
		}
		const text = keyText(key);
		// In a text box a printable key is always text, whatever a keys.json binds to it.
		if (textModes.has(mode) && text !== undefined) {
			return reduce(state, {type: 'text', text});
		}
		const id = config.keys.commandFor(mode, key);
		if (id) return reduce(state, {type: 'command', id, key});
		// In the sidebar a letter no key takes starts type-to-find.
		if (mode === 'speakers' && text !== undefined && text !== ' ') {
			return findTyped({...state, notice: undefined}, text);
		}
		return state;
	}

	return reducer;
}

const textModes = new Set<string>(['search', 'command', 'find', 'results']);

function assertNever(value: never): never {
	throw new Error(`unhandled action ${JSON.stringify(value)}`);
}

function typed(state: ViewState, text: string): ViewState {
	if (state.overlay?.kind === 'command') {
		return {...state, overlay: {kind: 'command', input: state.overlay.input + text}};
	}
	if (state.overlay?.kind === 'results') return resultsTyped(state, state.overlay.input + text);
	if (state.sidebar.find) return findTyped(state, state.sidebar.find.input + text);
	if (state.search.phase === 'typing') return searchCommand.typed(state, state.search.input + text);
	return state;
}

function resize(state: ViewState, width: number, height: number): ViewState {
	const next = relayout(state, width, height);
	const overlay = next.overlay;
	let resized = next;
	if (overlay?.kind === 'help') {
		resized = {...next, overlay: {...overlay, top: Math.min(overlay.top, maxHelpTop(next))}};
	} else if (overlay?.kind === 'message') {
		resized = scrollMessageView(next, 0);
	}
	return moveCursor(resized, resized.view.cursor);
}

/** Closes help back to what it covered, any other overlay back to the reader. */
function close(state: ViewState): ViewState {
	const overlay = state.overlay;
	return withOverlay(state, overlay?.kind === 'help' ? overlay.back : undefined);
}

function jumpToTime(state: ViewState, query: string): ViewState {
	const closed = withOverlay(state, undefined);
	// A clock alone means that time on the day at the cursor (in a history, not the first day).
	const {messages} = state.transcript;
	const cursor = cursorMessageId(state);
	const day = messages.has(cursor) ? messages.dayOf(cursor) : 0;
	const target = parseTimeQuery(query, state.transcript.meta.date, day);
	if (!target) {
		return {
			...closed,
			notice: {text: `not a time: ${query} (try 19:30 or 19:30:15)`, kind: 'error'},
		};
	}
	const id = state.timeIndex.atOrAfter(target.seconds);
	const loadedUntil = messages.length > 0 ? messages.secondsOf(messages.length - 1) : -1;
	if (state.indexing !== undefined && target.seconds > loadedUntil) {
		return indexingNotice(
			{...closed, waitingTime: target.seconds},
			`jumps to ${query} when it is read`,
		);
	}
	if (id < 0) return closed;
	return revealMessage(closed, id, {place: 'context'});
}

function command(state: ViewState, id: CommandId, key: string, config: ReaderConfig): ViewState {
	const page = Math.max(1, state.layout.paneHeight - 1);
	const overlay = state.overlay;
	switch (id) {
		case 'cursor-down':
			return moveCursor(state, state.view.cursor + 1, 1);
		case 'cursor-up':
			return moveCursor(state, state.view.cursor - 1, -1);
		case 'line-down':
			return moveLine(state, 1);
		case 'line-up':
			return moveLine(state, -1);
		case 'scroll-down':
			return scrollLine(state, 1);
		case 'scroll-up':
			return scrollLine(state, -1);
		case 'page-down':
			return scrollPage(state, page);
		case 'page-up':
			return scrollPage(state, -page);
		case 'half-down':
			return scrollPage(state, Math.ceil(page / 2));
		case 'half-up':
			return scrollPage(state, -Math.ceil(page / 2));
		case 'first':
			return moveCursor({...state, view: {top: 0, offset: 0, cursor: 0}}, 0, 1);
		case 'last':
			return indexingNotice(
				moveCursor(state, state.pane.items.length - 1, -1),
				'the end follows when the whole file is read',
			);
		case 'goto-time':
			return withOverlay(state, {kind: 'command', input: ''});
		case 'prev-hour':
			return jumpBack(state, hourMarks(state).prev, 'hour');
		case 'next-hour':
			return jumpForward(state, hourMarks(state).next, 'hour');
		case 'prev-section':
			return jumpBack(state, sectionMarks(state).prev, 'talk or flood');
		case 'next-section':
			return jumpForward(state, sectionMarks(state).next, 'talk or flood');
		case 'toggle-fold':
			return toggleFold(state);
		case 'toggle-all-folds':
			return toggleAllFolds(state);
		case 'toggle-acks':
			return toggleAcks(state);
		case 'toggle-bookmark':
			return toggleBookmark(state);
		case 'list-bookmarks':
		case 'bookmark-down':
		case 'bookmark-up':
		case 'bookmark-jump':
			return bookmarkCommand(state, id, config);
		case 'cycle-theme': {
			const names = config.themeNames;
			const next = names[(names.indexOf(state.themeName) + 1) % names.length] ?? state.themeName;
			return {...state, themeName: next, notice: {text: `theme: ${next}`, kind: 'info'}};
		}
		case 'help': {
			if (overlay?.kind === 'help') return state;
			const opened = withOverlay(state, {kind: 'help', top: 0, back: overlay});
			// Opened at the keys of the mode it was asked from.
			return scrollHelp(opened, helpSectionTop(config, modeOf(state)));
		}
		case 'help-down':
			return scrollHelp(state, 1);
		case 'help-up':
			return scrollHelp(state, -1);
		case 'help-page-down':
			return scrollHelp(state, page);
		case 'help-page-up':
			return scrollHelp(state, -page);
		case 'close':
			return close(state);
		case 'message-down':
		case 'message-up':
		case 'message-page-down':
		case 'message-page-up':
		case 'message-top':
		case 'message-bottom':
			return messageViewCommand(state, id);
		case 'clear': {
			const cleared = state.filter === undefined ? state : rebuildPane(state, {filter: undefined});
			return {...cleared, sidebar: {...cleared.sidebar, chosen: []}, search: {phase: 'closed'}};
		}
		case 'present':
		case 'chapter-down':
		case 'chapter-up':
		case 'chapter-play':
			return presentationCommand(state, id, key, config);
		case 'toggle-follow':
			return toggleFollow(state);
		case 'quit':
			return {...state, quit: true};
		case 'search':
		case 'next-hit':
		case 'prev-hit':
		case 'input-submit':
		case 'input-cancel':
		case 'input-backspace':
		case 'input-clear':
		case 'search-list':
			if (overlay?.kind === 'command') return commandLine(state, overlay.input, id);
			if (overlay?.kind === 'results') return resultsCommand(state, id);
			if (state.sidebar.find) return sidebarCommand(state, id);
			return searchCommand.run(state, id, config.keys);
		case 'results-list':
			return openResults(state);
		case 'result-down':
		case 'result-up':
		case 'result-jump':
			return resultsCommand(state, id);
		case 'next-day':
		case 'prev-day':
			return dayJump(state, id === 'next-day' ? 1 : -1);
		case 'open-link':
		case 'copy-message':
		case 'copy-link':
			return messageRequest(state, id);
		case 'toggle-sidebar':
		case 'focus-sidebar':
		case 'focus-pane':
		case 'speaker-down':
		case 'speaker-up':
		case 'speaker-first':
		case 'speaker-last':
		case 'speaker-filter':
		case 'speaker-choose':
		case 'speaker-find':
			return sidebarCommand(state, id);
		case 'present-toggle':
		case 'present-next':
		case 'present-prev':
		case 'present-faster':
		case 'present-slower':
		case 'present-seek':
		case 'present-home':
		case 'present-end':
		case 'present-next-chapter':
		case 'present-prev-chapter':
		case 'present-exit':
		case 'present-close':
			return presentationCommand(state, id, key, config);
		default:
			return assertNever(id);
	}
}

function commandLine(state: ViewState, input: string, id: CommandId): ViewState {
	switch (id) {
		case 'input-submit':
			return jumpToTime(state, input.trim());
		case 'input-cancel':
			return withOverlay(state, undefined);
		case 'input-backspace':
			return {...state, overlay: {kind: 'command', input: [...input].slice(0, -1).join('')}};
		case 'input-clear':
			return {...state, overlay: {kind: 'command', input: ''}};
		default:
			return state;
	}
}
