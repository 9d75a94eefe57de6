// The day as a histogram strip: messages per equal slice of time.
import type {MessageStore} from '../transcript/message-store.js';

export type TimeRange = {
	/** Seconds, inclusive. */
	start: number;
	/** Seconds, exclusive. */
	end: number;
};

const secondsPerDay = 86_400;

/**
 * The range a strip spans: the whole first day (00:00-24:00) when every message is on it,
 * otherwise the first to the last message (by clock, inclusive).
 */
export function defaultRange(messages: MessageStore): TimeRange {
	let low = Number.POSITIVE_INFINITY;
	let high = Number.NEGATIVE_INFINITY;
	for (let index = 0; index < messages.length; index++) {
		const seconds = messages.secondsOf(index);
		if (!Number.isFinite(seconds)) continue;
		low = Math.min(low, seconds);
		high = Math.max(high, seconds);
	}
	if (low > high || (low >= 0 && high < secondsPerDay)) return {start: 0, end: secondsPerDay};
	return {start: low, end: high + 1};
}

/** The bucket of `seconds`, clamped into 0..buckets-1. */
export function bucketOf(seconds: number, buckets: number, range: TimeRange): number {
	const count = Math.max(1, Math.floor(buckets));
	const span = range.end - range.start;
	if (!(span > 0) || !Number.isFinite(seconds)) return 0;
	const bucket = Math.floor(((seconds - range.start) / span) * count);
	return Math.min(count - 1, Math.max(0, bucket));
}

/**
 * Messages per equal interval of `range` (default: `defaultRange`). Messages outside the
 * range are not counted. O(n + buckets).
 */
export function activityBuckets(
	messages: MessageStore,
	buckets: number,
	range: TimeRange = defaultRange(messages),
): number[] {
	const count = Number.isFinite(buckets) ? Math.max(0, Math.floor(buckets)) : 0;
	const counts: number[] = new Array<number>(count).fill(0);
	if (count === 0) return counts;
	for (let index = 0; index < messages.length; index++) {
		const seconds = messages.secondsOf(index);
		if (!(seconds >= range.start && seconds < range.end)) continue;
		const bucket = bucketOf(seconds, count, range);
		counts[bucket] = (counts[bucket] ?? 0) + 1;
	}
	return counts;
}
