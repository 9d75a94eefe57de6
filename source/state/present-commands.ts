import {stepMessageId} from '../core/replay/reel.js';
import type {CommandId} from '../input/keymap-table.js';
import {revealMessage, withOverlay} from './pane-navigation.js';
import {type PresentAction, type PresentState, presentReducer} from './present-state.js';
import type {ViewState} from './view-state.js';

function presentAction(
	state: ViewState,
	id: CommandId,
	seekTenth: number,
): PresentAction | undefined {
	switch (id) {
		case 'present-toggle':
			return {type: 'present/toggle'};
		case 'present-next':
			return {type: 'present/next'};
		case 'present-prev':
			return {type: 'present/prev'};
		case 'present-faster':
			return {type: 'present/faster'};
		case 'present-slower':
			return {type: 'present/slower'};
		case 'present-seek':
			return {type: 'present/seek', digit: seekTenth};
		case 'present-home':
			return {type: 'present/home'};
		case 'present-end':
			return {type: 'present/end'};
		case 'present-next-chapter':
			return {type: 'present/chapter', delta: 1, transcript: state.transcript};
		case 'present-prev-chapter':
			return {type: 'present/chapter', delta: -1, transcript: state.transcript};
		default:
			return undefined;
	}
}

/** Leaves the presentation with the reader's cursor on the message that was on screen. */
function exitPresentation(state: ViewState, present: PresentState): ViewState {
	const step = present.reel.steps[present.index];
	const closed = withOverlay(state, undefined);
	return step ? revealMessage(closed, stepMessageId(step)) : closed;
}

/**
 * `seekTenth`: for present-seek, which of its keys was pressed (the first seeks to 0 %, the
 * tenth to 90 %), so a keys.json that rebinds the digits keeps working.
 */
export function presentCommand(state: ViewState, id: CommandId, seekTenth = 0): ViewState {
	if (state.overlay?.kind !== 'present') return state;
	if (id === 'present-exit') return exitPresentation(state, state.overlay.present);
	const action = presentAction(state, id, seekTenth);
	if (!action) return state;
	const present = presentReducer(state.overlay.present, action);
	return {...state, overlay: {kind: 'present', present}, speed: present.speed};
}
