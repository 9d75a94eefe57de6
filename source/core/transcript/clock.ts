// Times of day to a clock over several days: the transcript's times carry no date.

import {retimed} from './retimed.js';
import type {Diagnostic, Message} from './types.js';

const DAY = 86_400;
/** A step back by more than this (vs the previous message) is not a clock's jitter. */
const BACKWARDS = 3600;
/**
 * A step back of at least this much means midnight has passed (23:59 → 00:01, or a quiet
 * night 22:00 → 08:00: the way forward round the clock is shorter than half a day). A
 * smaller step back (20:00 → 14:00) is a clock running backwards: same day, reported.
 */
const ROLLOVER = DAY / 2;

const digits = (time: string, at: number): number =>
	(time.charCodeAt(at) - 48) * 10 + time.charCodeAt(at + 1) - 48;

/** Seconds of `HH:MM:SS` (as `parseMessages` writes it). */
function timeOfDay(time: string): number {
	const tod = digits(time, 0) * 3600 + digits(time, 3) * 60 + digits(time, 6);
	return Number.isFinite(tod) ? tod : 0;
}

function pad(n: number, width: number): string {
	return String(n).padStart(width, '0');
}

/** `YYYY-MM-DD` of `days` after `date` (a valid `YYYY-MM-DD`), in UTC so no zone shifts it. */
export function addDays(date: string, days: number): string | undefined {
	const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
	if (!m) return undefined;
	const d = new Date(0);
	// setUTCFullYear, unlike Date.UTC, does not read years 0–99 as 1900–1999.
	d.setUTCFullYear(Number(m[1]), Number(m[2]) - 1, Number(m[3]) + days);
	const year = d.getUTCFullYear();
	if (Number.isNaN(year) || year < 0 || year > 9999) return undefined;
	return `${pad(year, 4)}-${pad(d.getUTCMonth() + 1, 2)}-${pad(d.getUTCDate(), 2)}`;
}

/**
 * The clock as a stepper over messages in file order: each call returns a copy of the
 * message with `day`, `seconds` and (with a date) `timestamp` set. A time at least twelve
 * hours earlier than the previous message's starts the next day; smaller steps back stay on
 * the same day, in file order, and those of more than an hour are pushed to `problems`
 * (when given), one per step.
 */
export function createClock(
	date?: string,
	problems?: Diagnostic[],
): (message: Message, look?: boolean) => Message {
	let day = 0;
	let previous: number | undefined;
	let dayDate: string | undefined = date ? addDays(date, 0) : undefined;
	/** With `look`, the message is clocked as the next one would be, and the clock stays. */
	return (message, look = false) => {
		const tod = timeOfDay(message.time);
		let today = day;
		let todayDate = dayDate;
		if (previous !== undefined && previous - tod >= ROLLOVER) {
			today++;
			if (date) todayDate = addDays(date, today);
		} else if (!look && previous !== undefined && previous - tod > BACKWARDS) {
			problems?.push({line: message.line, problem: `clock runs backwards at line ${message.line}`});
		}
		if (!look) {
			previous = tod;
			day = today;
			dayDate = todayDate;
		}
		const timestamp = todayDate ? `${todayDate}T${message.time}` : undefined;
		return retimed(message, {id: message.id, seconds: today * DAY + tod, day: today, timestamp});
	};
}

/** Sets the clock of each message (see createClock). Returns new message objects. */
export function assignClock(
	messages: Message[],
	date?: string,
	problems?: Diagnostic[],
): Message[] {
	const clock = createClock(date, problems);
	return messages.map((message) => clock(message));
}
