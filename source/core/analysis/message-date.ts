// The calendar day a message (and so a talk or a flood) belongs to, in a day or a history.

import {addDays} from '../transcript/clock.js';
import type {Transcript} from '../transcript/types.js';

/** `YYYY-MM-DD` of message `id`, or '' when neither the message nor the transcript is dated. */
export function messageDate(transcript: Transcript, id: number): string {
	const {messages} = transcript;
	if (!Number.isInteger(id) || id < 0 || id >= messages.length) return '';
	const timestamp = messages.timestampOf(id);
	if (timestamp) return timestamp.slice(0, 10);
	const {date} = transcript.meta;
	return date ? (addDays(date, messages.dayOf(id)) ?? '') : '';
}

/** Whether the messages span more than one day (a history, or a day past midnight). */
export function spansDays(transcript: Transcript): boolean {
	const {messages} = transcript;
	if (messages.length === 0) return false;
	return messages.dayOf(messages.length - 1) !== messages.dayOf(0);
}
