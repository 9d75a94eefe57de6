import {nextMark, prevMark} from '../core/analysis/navigation-marks.js';
import {parseTimeQuery} from '../core/analysis/time-index.js';
import {buildReel, defaultTalk, type ReelSelection} from '../core/replay/reel.js';
import type {SearchResult} from '../core/search/search-types.js';
import type {Transcript} from '../core/transcript/types.js';
import {keyText} from '../input/key-names.js';
import {type CommandId, helpLineCount} from '../input/keymap.js';
import {withTranscript} from './follow.js';
import {indexingNotice, withIndexed, withIndexing} from './indexing.js';
import {
	cursorMessageId,
	moveCursor,
	moveLines,
	rebuildPane,
	revealMessage,
} from './pane-navigation.js';
import {presentCommand} from './present-commands.js';
import {createPresentState, type PresentAction, presentReducer} from './present-state.js';
import {searchCommand, withSearchResult} from './search-commands.js';
import {sidebarCommand} from './sidebar-commands.js';
import {layoutFor, type ViewState, withMode} from './view-state.js';

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
	| {type: 'indexed'; transcript: Transcript};

export function reducer(state: ViewState, action: Action): ViewState {
	switch (action.type) {
		case 'keys':
			return action.keys.reduce(applyKey, state);
		case 'command':
			return command({...state, notice: undefined}, action.id, action.key);
		case 'text':
			if (state.mode !== 'search' && state.mode !== 'command') return state;
			return searchCommand.typed(state, state.input + action.text);
		case 'resize':
			return resize(state, action.width, action.height);
		case 'search-result':
			return withSearchResult(state, action.result);
		case 'present':
			return state.present
				? {...state, present: presentReducer(state.present, action.action)}
				: state;
		case 'open-present':
			return openPresentation(state, action.selection);
		case 'jump': {
			const moved = revealMessage(state, action.id, {toTop: true});
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
		default:
			return assertNever(action);
	}
}

const textModes = new Set<ViewState['mode']>(['search', 'command']);

/** One key in the current mode: a command from the keymap, or text for the input line. */
function applyKey(state: ViewState, key: string): ViewState {
	const id = state.keys.commandFor(state.mode, key);
	const text = keyText(key);
	if (textModes.has(state.mode) && id === undefined && text !== undefined) {
		return reducer(state, {type: 'text', text});
	}
	return id ? reducer(state, {type: 'command', id, key}) : state;
}

function assertNever(value: never): never {
	throw new Error(`unhandled action ${JSON.stringify(value)}`);
}

function resize(state: ViewState, width: number, height: number): ViewState {
	const next = {...state, layout: layoutFor(state, width, height)};
	return moveCursor(next, next.view.cursor);
}

function jumpToTime(state: ViewState, query: string): ViewState {
	const closed = withMode({...state, input: ''}, 'browse');
	const target = parseTimeQuery(query, state.transcript.meta.date);
	if (!target) {
		return {
			...closed,
			notice: {text: `not a time: ${query} (try 19:30 or 19:30:15)`, kind: 'error'},
		};
	}
	const id = state.timeIndex.atOrAfter(target.seconds);
	const loadedUntil = state.transcript.messages.at(-1)?.seconds ?? -1;
	if (state.indexing !== undefined && target.seconds > loadedUntil) {
		return indexingNotice({...closed, waitingTime: target.seconds}, `${query} is not read yet`);
	}
	if (id < 0) return closed;
	return revealMessage(closed, id, {toTop: true});
}

function jumpToMessage(state: ViewState, id: number | undefined, toTop = true): ViewState {
	return id === undefined || id < 0 ? state : revealMessage(state, id, {toTop});
}

function toggleFold(state: ViewState): ViewState {
	const item = state.pane.items[state.view.cursor];
	let flood = -1;
	if (item?.kind === 'flood') flood = item.flood;
	else if (item?.kind === 'message') flood = state.membership[item.id] ?? -1;
	if (flood < 0) return state;
	const folded = new Set(state.folded);
	if (folded.has(flood)) folded.delete(flood);
	else folded.add(flood);
	const firstId = state.transcript.floods[flood]?.firstId ?? cursorMessageId(state);
	return rebuildPane(state, {folded}, firstId);
}

function toggleAllFolds(state: ViewState): ViewState {
	const folded =
		state.folded.size > 0 ? new Set<number>() : new Set(state.transcript.floods.map((_, i) => i));
	return rebuildPane(state, {folded});
}

function toggleBookmark(state: ViewState): ViewState {
	const id = cursorMessageId(state);
	if (id < 0) return state;
	const has = state.bookmarks.includes(id);
	const bookmarks = has
		? state.bookmarks.filter((b) => b !== id)
		: [...state.bookmarks, id].sort((a, b) => a - b);
	const time = state.transcript.messages[id]?.time ?? '';
	return {
		...state,
		bookmarks,
		notice: {text: has ? `bookmark at ${time} removed` : `bookmarked ${time}`, kind: 'info'},
	};
}

function openPresentation(state: ViewState, selection?: ReelSelection): ViewState {
	const talk = selection ? undefined : defaultTalk(state.transcript, cursorMessageId(state));
	const chosen = selection ?? (talk === undefined ? undefined : {talk});
	if (!chosen) {
		return {...state, notice: {text: 'no talk in this transcript to present', kind: 'error'}};
	}
	const reel = buildReel(state.transcript, chosen);
	if (reel.steps.length === 0) {
		return {...state, notice: {text: 'nothing to present in that range', kind: 'error'}};
	}
	const present = createPresentState(reel, state.presentDefaults);
	return {...withMode(state, 'present'), present};
}

function command(state: ViewState, id: CommandId, key: string): ViewState {
	const page = Math.max(1, state.layout.paneHeight - 1);
	const messageId = cursorMessageId(state);
	switch (id) {
		case 'cursor-down':
			return moveCursor(state, state.view.cursor + 1, 1);
		case 'cursor-up':
			return moveCursor(state, state.view.cursor - 1, -1);
		case 'page-down':
			return moveLines(state, page, 1);
		case 'page-up':
			return moveLines(state, page, -1);
		case 'half-down':
			return moveLines(state, Math.ceil(page / 2), 1);
		case 'half-up':
			return moveLines(state, Math.ceil(page / 2), -1);
		case 'first':
			return moveCursor({...state, view: {top: 0, cursor: 0}}, 0, 1);
		case 'last':
			return indexingNotice(
				moveCursor(state, state.pane.items.length - 1, -1),
				'the end follows when the whole file is read',
			);
		case 'goto-time':
			return withMode({...state, input: ''}, 'command');
		case 'prev-hour':
			return jumpToMessage(state, state.timeIndex.prevHour(messageId));
		case 'next-hour':
			return jumpToMessage(state, state.timeIndex.nextHour(messageId));
		case 'prev-section':
			return jumpToMessage(state, prevMark(state.marks, messageId));
		case 'next-section':
			return jumpToMessage(state, nextMark(state.marks, messageId));
		case 'toggle-fold':
			return toggleFold(state);
		case 'toggle-all-folds':
			return toggleAllFolds(state);
		case 'toggle-bookmark':
			return toggleBookmark(state);
		case 'list-bookmarks':
			if (state.bookmarks.length === 0) {
				return {...state, notice: {text: 'no bookmarks yet (m bookmarks a message)', kind: 'info'}};
			}
			return withMode({...state, bookmarkSelected: 0}, 'bookmarks');
		case 'bookmark-down':
		case 'bookmark-up': {
			const delta = id === 'bookmark-down' ? 1 : -1;
			const last = state.bookmarks.length - 1;
			return {
				...state,
				bookmarkSelected: Math.max(0, Math.min(last, state.bookmarkSelected + delta)),
			};
		}
		case 'bookmark-jump':
			return jumpToMessage(withMode(state, 'browse'), state.bookmarks[state.bookmarkSelected]);
		case 'cycle-theme': {
			const names = state.themeNames;
			const next = names[(names.indexOf(state.themeName) + 1) % names.length] ?? state.themeName;
			return {...state, themeName: next, notice: {text: `theme: ${next}`, kind: 'info'}};
		}
		case 'help':
			return withMode({...state, helpTop: 0}, 'help');
		case 'help-down':
		case 'help-up': {
			const step = key === 'space' || key.startsWith('page') || key === 'b' ? page : 1;
			const helpTop = Math.max(0, state.helpTop + (id === 'help-down' ? step : -step));
			return {...state, helpTop: Math.min(helpTop, helpLineCount)};
		}
		case 'close':
			return withMode(state, 'browse');
		case 'clear': {
			const cleared = state.filter === undefined ? state : rebuildPane(state, {filter: undefined});
			return {...cleared, search: {query: ''}};
		}
		case 'present': {
			const talk = defaultTalk(state.transcript, messageId) ?? 0;
			if (state.transcript.talks.length <= 1) return openPresentation(state);
			return withMode({...state, chapterSelected: talk}, 'chapters');
		}
		case 'chapter-down':
		case 'chapter-up': {
			const last = state.transcript.talks.length - 1;
			const next = state.chapterSelected + (id === 'chapter-down' ? 1 : -1);
			return {...state, chapterSelected: Math.max(0, Math.min(last, next))};
		}
		case 'chapter-play':
			return openPresentation(state, {talk: state.chapterSelected});
		case 'quit':
			return {...state, quit: true};
		case 'search':
		case 'next-hit':
		case 'prev-hit':
		case 'input-submit':
		case 'input-cancel':
		case 'input-backspace':
		case 'input-clear':
			return state.mode === 'command' ? commandLine(state, id) : searchCommand.run(state, id);
		case 'toggle-sidebar':
		case 'focus-sidebar':
		case 'focus-pane':
		case 'speaker-down':
		case 'speaker-up':
		case 'speaker-first':
		case 'speaker-last':
		case 'speaker-filter':
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
			return presentCommand(state, id, key);
		default:
			return assertNever(id);
	}
}

function commandLine(state: ViewState, id: CommandId): ViewState {
	switch (id) {
		case 'input-submit':
			return jumpToTime(state, state.input.trim());
		case 'input-cancel':
			return withMode({...state, input: ''}, 'browse');
		case 'input-backspace':
			return {...state, input: [...state.input].slice(0, -1).join('')};
		case 'input-clear':
			return {...state, input: ''};
		default:
			return state;
	}
}
