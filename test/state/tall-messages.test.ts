import {describe, expect, it} from 'vitest';
import {buildTranscript} from '../../source/core/transcript/build.js';
import {layoutMessage} from '../../source/layout/message-layout.js';
import {cursorMessageId, heightFunction} from '../../source/state/pane-navigation.js';
import {type Action, createReducer} from '../../source/state/reducer.js';
import {visibleWindow} from '../../source/state/selectors.js';
import {initialState, modeOf, type ViewState} from '../../source/state/view-state.js';

// A message taller than the pane is read line by line, paged like less, and opened in full.

const long = Array.from({length: 200}, (_, i) => `第${i}句话，讲一点支付系统的架构。`).join('');
const text = [
	'> 10:00:00  alice  \n\nhello',
	'> 10:00:01  bob  \n\nshort one',
	`> 10:00:02  carol  \n\n${long}`,
	'> 10:00:03  dave  \n\nafter the long one',
	'> 10:00:04  erin  \n\nthe end',
].join('\n\n');
const transcript = buildTranscript(`${text}\n`, {encoding: 'utf-8', badSequences: 0});
const reducer = createReducer();
const keys = (...names: string[]): Action => ({type: 'keys', keys: names});
const run = (state: ViewState, ...actions: Action[]) => actions.reduce(reducer, state);

function start(): ViewState {
	return initialState(transcript, {width: 80, height: 24, sidebar: false});
}

/** Screen rows of the tall message that are on screen: [first, last] body line numbers. */
function shownLines(state: ViewState): {first: number; last: number} {
	const heightOf = heightFunction(state);
	const tall = state.pane.itemOfMessage[2] ?? -1;
	let row = -(state.view.offset ?? 0);
	for (let i = state.view.top; i < tall; i++) row += heightOf(i);
	const first = Math.max(0, -row);
	const last = Math.min(heightOf(tall) - 1, state.layout.paneHeight - 1 - row);
	return {first, last};
}

describe('a message taller than the pane', () => {
	const height = () => heightFunction(start())(start().pane.itemOfMessage[2] ?? -1);

	it('is laid out whole, not cut to the pane', () => {
		expect(height()).toBeGreaterThan(start().layout.paneHeight);
		const body = layoutMessage(transcript.messages.get(2)!, start().layout.textWidth, 2000);
		expect(body.lines.some((line) => line.role === 'more')).toBe(false);
	});

	it('scrolls one line per ↓ until its last line shows, then moves on', () => {
		let state = run(start(), keys('j', 'j'));
		expect(cursorMessageId(state)).toBe(2);
		const seen = new Set<number>();
		for (let i = 0; i < 300 && cursorMessageId(state) === 2; i++) {
			const {first, last} = shownLines(state);
			for (let line = first; line <= last; line++) seen.add(line);
			const before = state.view.offset ?? 0;
			state = run(state, keys('down'));
			if (cursorMessageId(state) === 2) {
				expect((state.view.offset ?? 0) - before === 1 || state.view.top !== 0).toBe(true);
			}
		}
		expect(seen.size).toBe(height());
		expect(cursorMessageId(state)).toBe(3);
		// ↑ walks back into it line by line, from its end.
		state = run(state, keys('up'));
		expect(cursorMessageId(state)).toBe(2);
		const offset = state.view.offset ?? 0;
		state = run(state, keys('up'));
		expect(cursorMessageId(state)).toBe(2);
		expect(state.view.offset).toBe(offset - 1);
	});

	it('j and k move by message, whatever the height', () => {
		const state = run(start(), keys('j', 'j', 'j'));
		expect(cursorMessageId(state)).toBe(3);
		expect(cursorMessageId(run(state, keys('k')))).toBe(2);
		expect(run(state, keys('k')).view.offset ?? 0).toBe(0);
	});

	it('Ctrl-e and Ctrl-y scroll the pane by one line, the top inside the message', () => {
		let state = run(start(), keys('j', 'j'));
		state = run(state, keys('ctrl-e', 'ctrl-e', 'ctrl-e', 'ctrl-e', 'ctrl-e'));
		expect(state.view.top).toBe(state.pane.itemOfMessage[2]);
		expect(state.view.offset).toBeGreaterThan(0);
		const offset = state.view.offset ?? 0;
		expect(run(state, keys('ctrl-y')).view.offset).toBe(offset - 1);
		expect(cursorMessageId(state)).toBe(2);
	});

	it('Space pages by screen lines, like less, with one line kept', () => {
		const paneHeight = start().layout.paneHeight;
		let state = run(start(), keys('j', 'j'));
		state = run(state, keys('space'));
		const top = state.pane.itemOfMessage[2] ?? -1;
		// Two items (separator, alice, bob) were above it: the top is now inside it.
		expect(state.view.top).toBe(top);
		expect(state.view.offset).toBe(paneHeight - 1 - top);
		expect(cursorMessageId(state)).toBe(2);
		const half = run(state, keys('ctrl-d'));
		expect(half.view.offset).toBe((state.view.offset ?? 0) + Math.ceil((paneHeight - 1) / 2));
		expect(run(half, keys('ctrl-u')).view.offset).toBe(state.view.offset);
	});

	it('keeps the cursor inside the window the pane shows', () => {
		let state = run(start(), keys('j', 'j', 'space', 'space'));
		for (const key of ['down', 'ctrl-e', 'ctrl-y', 'up', 'space', 'b', 'ctrl-d']) {
			state = run(state, keys(key));
			const {start: first, end} = visibleWindow(state);
			expect(state.view.cursor).toBeGreaterThanOrEqual(first);
			expect(state.view.cursor).toBeLessThan(end);
		}
	});

	it('Enter opens it in full; j, Space and G scroll; q closes', () => {
		let state = run(start(), keys('j', 'j', 'enter'));
		expect(modeOf(state)).toBe('message');
		expect(state.overlay).toMatchObject({kind: 'message', id: 2, top: 0});
		state = run(state, keys('j', 'space'));
		expect(state.overlay).toMatchObject({top: 1 + state.layout.paneHeight - 1});
		state = run(state, keys('G'));
		const top = state.overlay?.kind === 'message' ? state.overlay.top : -1;
		expect(run(state, keys('j')).overlay).toMatchObject({top});
		state = run(state, keys('q'));
		expect(modeOf(state)).toBe('browse');
		expect(cursorMessageId(state)).toBe(2);
	});
});

describe('a message of millions of characters', () => {
	it('lays out at most 2,000 lines and says how much more there is', () => {
		const body = '很长的消息'.repeat(400_000);
		const huge = buildTranscript(`> 10:00:00  a  \n\n${body}\n`, {
			encoding: 'utf-8',
			badSequences: 0,
		});
		const layout = layoutMessage(huge.messages.get(0)!, 40, 2000);
		expect(layout.lines.length).toBeLessThanOrEqual(2002);
		expect(layout.lines.at(-1)?.text).toMatch(/^\[\+[\d,]+ more characters\]$/);
	});
});
