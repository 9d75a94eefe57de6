import {keyFor} from '../input/keymap.js';
import type {CommandId} from '../input/keymap-table.js';
import {revealMessage, withOverlay} from './pane-navigation.js';
import type {ReaderConfig, ViewState} from './view-state.js';

// The bookmark list: open it (or say how to make a bookmark), move in it, jump to one.

function emptyBookmarksNotice(config: ReaderConfig): string {
	const key = keyFor(config.keys, 'browse', 'toggle-bookmark');
	return key ? `no bookmarks yet (${key} bookmarks a message)` : 'no bookmarks yet';
}

export function bookmarkCommand(state: ViewState, id: CommandId, config: ReaderConfig): ViewState {
	const overlay = state.overlay;
	switch (id) {
		case 'list-bookmarks':
			if (state.bookmarks.length === 0) {
				return {...state, notice: {text: emptyBookmarksNotice(config), kind: 'info'}};
			}
			return withOverlay(state, {kind: 'bookmarks', selected: 0});
		case 'bookmark-down':
		case 'bookmark-up': {
			if (overlay?.kind !== 'bookmarks') return state;
			const delta = id === 'bookmark-down' ? 1 : -1;
			const last = state.bookmarks.length - 1;
			const selected = Math.max(0, Math.min(last, overlay.selected + delta));
			return {...state, overlay: {kind: 'bookmarks', selected}};
		}
		case 'bookmark-jump': {
			const selected = overlay?.kind === 'bookmarks' ? overlay.selected : 0;
			const id = state.bookmarks[selected];
			const closed = withOverlay(state, undefined);
			return id === undefined || id < 0 ? closed : revealMessage(closed, id, {place: 'context'});
		}
		default:
			return state;
	}
}
