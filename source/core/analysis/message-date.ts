// The calendar day a message (and so a talk or a flood) belongs to, in a day or a history.

import {addDays} from '../transcript/clock.js';
import type {Transcript} from '../transcript/types.js';

/** `YYYY-MM-DD` of message `id`, or '' when neither the message nor the transcript is dated. */
export function messageDate(transcript: Transcript, id: number): string {
	const message = transcript.messages[id];
	if (!message) return '';
	if (message.timestamp) return message.timestamp.slice(0, 10);
	const {date} = transcript.meta;
	return date ? (addDays(date, message.day) ?? '') : '';
}

/** Whether the messages span more than one day (a history, or a day past midnight). */
export function spansDays(transcript: Transcript): boolean {
	const first = transcript.messages[0]?.day ?? 0;
	return (transcript.messages.at(-1)?.day ?? first) !== first;
}
