import {buildReel, defaultTalk, type ReelSelection, stepMessageId} from '../core/replay/reel.js';
import type {CommandId} from '../input/keymap-table.js';
import {cursorMessageId, withOverlay} from './pane-navigation.js';
import {presentCommand} from './present-commands.js';
import {createPresentState, type PresentState, presentReducer} from './present-state.js';
import type {ReaderConfig, ViewState} from './view-state.js';

// Opening a presentation: the talk under the cursor, one from the talk list (chapters), or a
// range asked for on the command line; and the keys of the presentation itself.

/** The presentation at the first step at or after message `id` when the reel holds it. */
function startAt(present: PresentState, id: number): PresentState {
	const {steps} = present.reel;
	const first = steps[0];
	if (!first || id <= stepMessageId(first) || id > stepMessageId(steps.at(-1) ?? first)) {
		return present;
	}
	const index = steps.findIndex((step) => stepMessageId(step) >= id);
	return index <= 0 ? present : presentReducer(present, {type: 'present/goto', index});
}

export function openPresentation(
	state: ViewState,
	config: ReaderConfig,
	selection?: ReelSelection,
	fromCursor = false,
): ViewState {
	const talk = selection ? undefined : defaultTalk(state.transcript, cursorMessageId(state));
	const chosen = selection ?? (talk === undefined ? undefined : {talk});
	if (!chosen) {
		return {...state, notice: {text: 'no talk in this transcript to present', kind: 'error'}};
	}
	const reel = buildReel(state.transcript, chosen);
	if (reel.steps.length === 0) {
		return {...state, notice: {text: 'nothing to present in that range', kind: 'error'}};
	}
	const opened = createPresentState(reel, {speed: state.speed, idleLimit: config.idleLimit});
	// p in the middle of a talk starts at the message under the cursor (Home goes to the start).
	const present = fromCursor ? startAt(opened, cursorMessageId(state)) : opened;
	return withOverlay(state, {kind: 'present', present});
}

/** Which of present-seek's keys `key` is: its place, not its name, says how far to seek. */
function seekTenth(config: ReaderConfig, key: string): number {
	const seek = config.keys.bindingsFor('present').find((binding) => binding.id === 'present-seek');
	return Math.max(0, seek?.keys.indexOf(key) ?? 0);
}

/** `p` (the talk list when there are several), the talk list's keys and the reel's. */
export function presentationCommand(
	state: ViewState,
	id: CommandId,
	key: string,
	config: ReaderConfig,
): ViewState {
	const overlay = state.overlay;
	switch (id) {
		case 'present': {
			const talk = defaultTalk(state.transcript, cursorMessageId(state)) ?? 0;
			if (state.transcript.talks.length <= 1) {
				return openPresentation(state, config, undefined, true);
			}
			return withOverlay(state, {kind: 'chapters', selected: talk});
		}
		case 'chapter-down':
		case 'chapter-up': {
			if (overlay?.kind !== 'chapters') return state;
			const last = state.transcript.talks.length - 1;
			const next = overlay.selected + (id === 'chapter-down' ? 1 : -1);
			return {...state, overlay: {kind: 'chapters', selected: Math.max(0, Math.min(last, next))}};
		}
		case 'chapter-play':
			if (overlay?.kind !== 'chapters') return state;
			return openPresentation(state, config, {talk: overlay.selected}, true);
		case 'present-close':
			if (config.presenting) return {...state, quit: true};
			return presentCommand(state, 'present-exit');
		default:
			return presentCommand(state, id, seekTenth(config, key));
	}
}
