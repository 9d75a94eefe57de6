import type {CommandId} from '../input/keymap.js';
import {rebuildPane, relayout} from './pane-navigation.js';
import type {ViewState} from './view-state.js';

function setSidebar(state: ViewState, shown: boolean, focus: boolean): ViewState {
	return relayout({
		...state,
		sidebar: {...state.sidebar, shown},
		focus: focus ? 'speakers' : 'pane',
	});
}

function select(state: ViewState, index: number): ViewState {
	const last = state.transcript.speakers.length - 1;
	return {...state, sidebar: {...state.sidebar, selected: Math.max(0, Math.min(last, index))}};
}

export function sidebarCommand(state: ViewState, id: CommandId): ViewState {
	const {selected} = state.sidebar;
	switch (id) {
		case 'toggle-sidebar':
			// From the pane, s goes to the sidebar (showing it if hidden); in the sidebar, s hides it.
			return state.focus === 'speakers'
				? setSidebar(state, false, false)
				: setSidebar(state, true, true);
		case 'focus-sidebar':
			return setSidebar(state, true, true);
		case 'focus-pane':
			return setSidebar(state, state.sidebar.shown, false);
		case 'speaker-down':
			return select(state, selected + 1);
		case 'speaker-up':
			return select(state, selected - 1);
		case 'speaker-first':
			return select(state, 0);
		case 'speaker-last':
			return select(state, state.transcript.speakers.length - 1);
		case 'speaker-filter': {
			const name = state.transcript.speakers[selected]?.name;
			if (name === undefined) return state;
			const filter = state.filter === name ? undefined : name;
			return rebuildPane(state, {filter});
		}
		default:
			return state;
	}
}
