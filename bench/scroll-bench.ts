// The reader's scroll maths on 441 and on 1,000,000 messages: a key should cost the same.
import {addDays} from '../source/core/transcript/clock.js';
import type {Transcript} from '../source/core/transcript/types.js';
import {cursorMessageId} from '../source/state/pane-navigation.js';
import {type Action, createReducer} from '../source/state/reducer.js';

const reducer = createReducer();

import {initialState, type ViewState} from '../source/state/view-state.js';
import {replicateTranscript, sampleTranscript} from './generate.js';
import {type BenchRow, medianOf} from './parse-bench.js';

const screen = {width: 100, height: 40, sidebar: false};

/** `times` presses; at the end of the pane the view goes back to `state`, so every press moves. */
function press(state: ViewState, action: Action, times: number): ViewState {
	let next = state;
	for (let i = 0; i < times; i++) {
		const moved = reducer(next, action);
		next = moved.view.cursor === next.view.cursor ? state : moved;
	}
	return next;
}

/** `:` then a date and time on the last day, then Enter: the command line's jump. */
function timeJump(state: ViewState, query: string): ViewState {
	let next = reducer(state, {type: 'command', id: 'goto-time', key: ':'});
	next = reducer(next, {type: 'text', text: query});
	return reducer(next, {type: 'command', id: 'input-submit', key: 'enter'});
}

/** 19:30 on the last whole copy of the sample day (the talk is there). */
function lastDayQuery(transcript: Transcript): string {
	const perDay = sampleTranscript().messages.length;
	const day = Math.max(0, Math.floor(transcript.messages.length / perDay) - 1);
	return `${addDays(transcript.meta.date, day) ?? transcript.meta.date} 19:30`;
}

function benchSize(transcript: Transcript): BenchRow[] {
	const size = transcript.messages.length.toLocaleString('en');
	const built = medianOf(1, () => initialState(transcript, screen));
	const start = built.value;
	const down = medianOf(5, () =>
		press(start, {type: 'command', id: 'cursor-down', key: 'j'}, 1000),
	);
	const pages = medianOf(5, () =>
		press(start, {type: 'command', id: 'page-down', key: 'space'}, 100),
	);
	const query = lastDayQuery(transcript);
	const jump = medianOf(5, () => timeJump(start, query));
	const landed = transcript.messages.get(cursorMessageId(jump.value));
	return [
		{benchmark: 'scroll: initialState', size, ms: built.ms},
		{
			benchmark: 'scroll: cursor-down, per key',
			size,
			ms: down.ms / 1000,
			target: 1,
			note: `1,000 keys in ${down.ms.toFixed(1)} ms; cursor at item ${down.value.view.cursor}`,
		},
		{
			benchmark: 'scroll: page-down, per key',
			size,
			ms: pages.ms / 100,
			note: `100 pages in ${pages.ms.toFixed(1)} ms; top at item ${pages.value.view.top}`,
		},
		{
			benchmark: "scroll: ':' time jump to the last day",
			size,
			ms: jump.ms,
			note: `${query} → ${landed?.timestamp ?? 'nowhere'}`,
		},
	];
}

export function benchScroll(): BenchRow[] {
	return [...benchSize(sampleTranscript()), ...benchSize(replicateTranscript(1_000_000))];
}
