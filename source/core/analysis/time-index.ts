// Going to a time: parsing what the reader types, and finding the message at that time.

import type {MessageStore} from '../transcript/message-store.js';
import {nextMark, prevMark} from './navigation-marks.js';

const clockPattern = /^(\d{1,2})(?:[:：](\d{2})(?:[:：](\d{2}))?)?$/u;
const datePattern = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/u;
const secondsPerDay = 86_400;

/**
 * Seconds from midnight for `H`, `H:MM` or `H:MM:SS` (`19` is 19:00, `19:30`, `9:05`,
 * `19:30:15`; a full-width `：` is fine). Longer bare digits (`1930`) are refused: they read
 * as well as an id or a year.
 */
export function parseClock(query: string): number | undefined {
	const match = clockPattern.exec(query.trim());
	if (!match) return undefined;
	const hours = Number(match[1]);
	const minutes = Number(match[2] ?? '0');
	const seconds = Number(match[3] ?? '0');
	if (hours > 23 || minutes > 59 || seconds > 59) return undefined;
	return hours * 3600 + minutes * 60 + seconds;
}

/**
 * A clock, a date and a clock (`2018-08-27 19:30`, `2018-08-27T19:30:15`) or a date alone
 * (its midnight), on the scale of `Message.seconds`: days after `baseDate` (the front
 * matter's `YYYY-MM-DD`) times 86 400 plus the time of day. A date needs a base date. A
 * clock alone means that time on `clockDay` (the day at the reader's cursor in a history).
 */
export function parseTimeQuery(
	query: string,
	baseDate?: string,
	clockDay = 0,
): {seconds: number} | undefined {
	const parts = query.trim().split(/[\sT]+/u);
	if (parts.length === 1) {
		const clock = parseClock(parts[0]!);
		if (clock !== undefined) return {seconds: clockDay * secondsPerDay + clock};
	}
	if (parts.length > 2) return undefined;
	const day = dayNumber(parts[0]!);
	const base = baseDate === undefined ? undefined : dayNumber(baseDate.trim());
	if (day === undefined || base === undefined) return undefined;
	const clock = parts[1] === undefined ? 0 : parseClock(parts[1]);
	if (clock === undefined) return undefined;
	return {seconds: (day - base) * secondsPerDay + clock};
}

/** Days since 1970-01-01 for a valid `YYYY-MM-DD`. */
function dayNumber(text: string): number | undefined {
	const match = datePattern.exec(text);
	if (!match) return undefined;
	const year = Number(match[1]);
	const month = Number(match[2]);
	const day = Number(match[3]);
	const time = Date.UTC(year, month - 1, day);
	const date = new Date(time);
	if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1) return undefined;
	if (date.getUTCDate() !== day) return undefined;
	return time / (secondsPerDay * 1000);
}

export type TimeIndex = {
	/** Index of the first message at or after `seconds`; the last one past the end, -1 when empty. */
	atOrAfter(seconds: number): number;
	/** Ids of the first message of every clock hour that has messages, in order. */
	hourStarts(): readonly number[];
	/** The first message of the next hour that has messages, after `id`. */
	nextHour(id: number): number | undefined;
	/** The first message of the hour before `id` (the current hour's when inside it). */
	prevHour(id: number): number | undefined;
};

/**
 * An index over `messages` in file order. Clocks that step backwards in a few places are
 * smoothed by a running maximum, so the answers stay monotonic. O(n), built on the first
 * question: a followed chat makes a new index on every append, and few are ever asked.
 */
export function createTimeIndex(messages: MessageStore): TimeIndex {
	let built: {reached: Float64Array; starts: number[]} | undefined;
	const build = () => {
		built ??= scan(messages);
		return built;
	};
	return {
		atOrAfter(seconds) {
			if (messages.length === 0) return -1;
			const {reached} = build();
			let low = 0;
			let high = messages.length - 1;
			while (low < high) {
				const middle = (low + high) >>> 1;
				if (reached[middle]! >= seconds) high = middle;
				else low = middle + 1;
			}
			return low;
		},
		hourStarts: () => build().starts,
		nextHour: (id) => nextMark(build().starts, id),
		prevHour: (id) => prevMark(build().starts, id),
	};
}

function scan(messages: MessageStore): {reached: Float64Array; starts: number[]} {
	const reached = new Float64Array(messages.length);
	const starts: number[] = [];
	let maximum = Number.NEGATIVE_INFINITY;
	let hour = Number.NaN;
	for (let index = 0; index < messages.length; index++) {
		const seconds = messages.secondsOf(index);
		maximum = Math.max(maximum, Number.isFinite(seconds) ? seconds : maximum);
		reached[index] = maximum;
		const messageHour = Math.floor(maximum / 3600);
		if (messageHour !== hour) {
			hour = messageHour;
			starts.push(messages.idOf(index));
		}
	}
	return {reached, starts};
}
