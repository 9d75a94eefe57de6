import {findName} from '../core/search/name-finder.js';
import type {CommandId} from '../input/keymap-table.js';
import {rebuildPane, relayout} from './pane-navigation.js';
import type {Sidebar, ViewState} from './view-state.js';

function setSidebar(state: ViewState, shown: boolean, focus: boolean): ViewState {
	return relayout({
		...state,
		sidebar: {...state.sidebar, shown, find: undefined},
		focus: focus ? 'speakers' : 'pane',
	});
}

function withSidebar(state: ViewState, changes: Partial<Sidebar>): ViewState {
	return {...state, sidebar: {...state.sidebar, ...changes}};
}

function select(state: ViewState, index: number): ViewState {
	const last = state.transcript.speakers.length - 1;
	return withSidebar(state, {selected: Math.max(0, Math.min(last, index))});
}

const sameNames = (a: readonly string[] | undefined, b: readonly string[]) =>
	a !== undefined && a.length === b.length && a.every((name, i) => name === b[i]);

/** Enter: only the chosen speakers (or the selected one); the same filter again: everyone. */
function filterCommand(state: ViewState): ViewState {
	const name = state.transcript.speakers[state.sidebar.selected]?.name;
	const wanted =
		state.sidebar.chosen.length > 0
			? [...state.sidebar.chosen].sort()
			: name === undefined
				? []
				: [name];
	if (wanted.length === 0) return state;
	const filter = sameNames(state.filter, wanted) ? undefined : wanted;
	// The header and the status bar say who is shown.
	return rebuildPane(state, {filter});
}

function choose(state: ViewState): ViewState {
	const {selected, chosen} = state.sidebar;
	const name = state.transcript.speakers[selected]?.name;
	if (name === undefined) return state;
	const next = chosen.includes(name) ? chosen.filter((each) => each !== name) : [...chosen, name];
	const moved = select(withSidebar(state, {chosen: next}), selected + 1);
	return {...moved, notice: {text: `${next.length} chosen (Enter shows only them)`, kind: 'info'}};
}

/** Type-to-find: the selection follows the first name matching what is typed. */
export function findTyped(state: ViewState, input: string): ViewState {
	const from = state.sidebar.find?.from ?? state.sidebar.selected;
	const found = input === '' ? from : findName(speakerNames(state), input);
	const next = relayout(withSidebar(state, {find: {input, from}}));
	if (found < 0) return {...next, notice: {text: `no name matches ${input}`, kind: 'info'}};
	return select(next, found);
}

// One names array per transcript, so the finder builds its pinyin table once.
const namesOf = new WeakMap<object, readonly string[]>();
function speakerNames(state: ViewState): readonly string[] {
	const {speakers} = state.transcript;
	let names = namesOf.get(speakers);
	if (!names) {
		names = speakers.map((speaker) => speaker.name);
		namesOf.set(speakers, names);
	}
	return names;
}

function findCommand(state: ViewState, id: CommandId): ViewState {
	const find = state.sidebar.find;
	if (!find) return state;
	switch (id) {
		case 'input-submit':
			return relayout(withSidebar(state, {find: undefined}));
		case 'input-cancel':
			return relayout(withSidebar(state, {find: undefined, selected: find.from}));
		case 'input-backspace':
			return findTyped(state, [...find.input].slice(0, -1).join(''));
		case 'input-clear':
			return findTyped(state, '');
		default:
			return state;
	}
}

export function sidebarCommand(state: ViewState, id: CommandId): ViewState {
	const {selected} = state.sidebar;
	if (state.sidebar.find) return findCommand(state, id);
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
		case 'speaker-filter':
			return filterCommand(state);
		case 'speaker-choose':
			return choose(state);
		case 'speaker-find':
			return relayout(withSidebar(state, {find: {input: '', from: selected}}));
		default:
			return state;
	}
}
