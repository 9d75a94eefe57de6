import {nextMark, prevMark} from '../core/analysis/navigation-marks.js';
import type {MessageStore} from '../core/transcript/message-store.js';
import type {Message} from '../core/transcript/types.js';
import type {CommandId} from '../input/keymap-table.js';
import {itemFromMessage, itemMessageId} from '../layout/pane-items.js';
import {cursorMessageId, revealMessage} from './pane-navigation.js';
import type {ViewState} from './view-state.js';

// Jumps by hour, talk or flood, and day that keep the speaker filter, and say why nothing
// moved at either end; and the requests for a message's link (open, copy).

type Marks = (id: number) => number | undefined;

function filtered(state: ViewState): string {
	return state.filter === undefined ? '' : ' for the chosen speakers';
}

function nothing(state: ViewState, text: string): ViewState {
	return {...state, notice: {text: `${text}${filtered(state)}`, kind: 'info'}};
}

/** The first shown message at or after `mark`, or -1. */
function shownFrom(state: ViewState, mark: number): number {
	const item = itemFromMessage(state.pane, mark);
	return item < 0 ? -1 : itemMessageId(state.transcript, state.pane.items.at(item));
}

export function jumpForward(state: ViewState, next: Marks, what: string): ViewState {
	const from = cursorMessageId(state);
	let mark = next(from);
	while (mark !== undefined) {
		const id = shownFrom(state, mark);
		if (id < 0) break;
		if (id > from) return revealMessage(state, id, {place: 'top'});
		mark = next(Math.max(mark, id));
	}
	return nothing(state, `no later ${what}`);
}

export function jumpBack(state: ViewState, prev: Marks, what: string): ViewState {
	const from = cursorMessageId(state);
	for (let mark = prev(from); mark !== undefined; mark = prev(mark)) {
		const id = shownFrom(state, mark);
		if (id >= 0 && id < from) return revealMessage(state, id, {place: 'top'});
	}
	return nothing(state, `no earlier ${what}`);
}

/** The first message of `day` or a later day (messages run in day order). */
function dayStart(messages: MessageStore, day: number): number {
	let low = 0;
	let high = messages.length;
	while (low < high) {
		const middle = (low + high) >>> 1;
		if (messages.dayOf(middle) >= day) high = middle;
		else low = middle + 1;
	}
	return low;
}

export function dayJump(state: ViewState, direction: 1 | -1): ViewState {
	const {messages} = state.transcript;
	const dayOf = (id: number): number | undefined =>
		messages.has(id) ? messages.dayOf(id) : undefined;
	if ((dayOf(0) ?? 0) === (dayOf(messages.length - 1) ?? 0)) {
		return {...state, notice: {text: 'one day only', kind: 'info'}};
	}
	const day = dayOf(Math.max(0, cursorMessageId(state))) ?? 0;
	const marks: Marks =
		direction === 1
			? (id) => {
					const start = dayStart(messages, (dayOf(id) ?? day) + 1);
					return start < messages.length ? start : undefined;
				}
			: (id) => {
					const start = dayStart(messages, dayOf(id) ?? day);
					return start === 0 ? undefined : dayStart(messages, messages.dayOf(start - 1));
				};
	const moved = direction === 1 ? jumpForward(state, marks, 'day') : jumpBack(state, marks, 'day');
	const at = messages.get(cursorMessageId(moved));
	if (moved.notice || !at) return moved;
	return {
		...moved,
		notice: {text: at.timestamp?.slice(0, 10) ?? `day ${at.day + 1}`, kind: 'info'},
	};
}

export const hourMarks = (state: ViewState) => ({
	next: (id: number) => state.timeIndex.nextHour(id),
	prev: (id: number) => state.timeIndex.prevHour(id),
});

export const sectionMarks = (state: ViewState) => ({
	next: (id: number) => nextMark(state.marks, id),
	prev: (id: number) => prevMark(state.marks, id),
});

/** Only these become links anyone may open or copy: http, https and mailto. */
const openable = /^(?:https?:\/\/[^\s/]|mailto:[^\s])/i;

function linkOf(message: Message | undefined): string | undefined {
	if (!message) return undefined;
	if (message.url && openable.test(message.url)) return message.url;
	const found = message.text.match(/(?:https?:\/\/|mailto:)[^\s<>"'）】」，。]+/i)?.[0];
	return found && openable.test(found) ? found : undefined;
}

export function messageRequest(state: ViewState, id: CommandId): ViewState {
	const message = state.transcript.messages.get(cursorMessageId(state));
	const item = state.pane.items.at(state.view.cursor);
	if (!message || item?.kind !== 'message') {
		return {...state, notice: {text: 'no message under the cursor', kind: 'info'}};
	}
	const seq = (state.request?.seq ?? 0) + 1;
	if (id === 'copy-message') {
		return {...state, request: {seq, kind: 'copy', text: message.text, what: 'message'}};
	}
	const url = linkOf(message);
	if (!url) return {...state, notice: {text: 'no link in this message', kind: 'info'}};
	if (id === 'copy-link') return {...state, request: {seq, kind: 'copy', text: url, what: 'link'}};
	return {...state, request: {seq, kind: 'open', url}};
}
