// Times of day to a clock over several days: the transcript's times carry no date.

import {addDays} from './calendar.js';
import {retimed} from './retimed.js';
import type {Diagnostic, Message} from './types.js';

export {addDays};

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

/**
 * The clock as a stepper over times of day in file order: each call returns the day of the
 * next message. A time at least twelve hours earlier than the previous message's starts the
 * next day; smaller steps back stay on the same day, in file order, and those of more than
 * an hour are pushed to `problems` (when given), one per step. With `look`, the time is
 * clocked as the next one would be, and the clock stays.
 */
export function createDayClock(
	problems?: Diagnostic[],
): (tod: number, line: number, look?: boolean) => number {
	let day = 0;
	let previous: number | undefined;
	return (tod, line, look = false) => {
		let today = day;
		if (previous !== undefined && previous - tod >= ROLLOVER) {
			today++;
		} else if (!look && previous !== undefined && previous - tod > BACKWARDS) {
			problems?.push({line, problem: `clock runs backwards at line ${line}`});
		}
		if (!look) {
			previous = tod;
			day = today;
		}
		return today;
	};
}

/**
 * createDayClock over messages: each call returns a copy of the message with `day`,
 * `seconds` and (with a date) `timestamp` set.
 */
export function createClock(
	date?: string,
	problems?: Diagnostic[],
): (message: Message, look?: boolean) => Message {
	const step = createDayClock(problems);
	return (message, look = false) => {
		const tod = timeOfDay(message.time);
		const today = step(tod, message.line, look);
		const todayDate = date ? addDays(date, today) : undefined;
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
