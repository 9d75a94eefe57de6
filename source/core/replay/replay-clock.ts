// Replay timing, asciinema style: the gap between two steps is first capped by the idle
// limit (in the transcript's own seconds), then divided by the speed.
import type {Reel} from './reel.js';

export const minSpeed = 0.25;
export const maxSpeed = 64;

/** Speed clamped to [0.25, 64]; NaN becomes 1. */
export function clampSpeed(speed: number): number {
	if (Number.isNaN(speed)) {
		return 1;
	}
	return Math.min(maxSpeed, Math.max(minSpeed, speed));
}

export function fasterSpeed(speed: number): number {
	return clampSpeed(clampSpeed(speed) * 2);
}

export function slowerSpeed(speed: number): number {
	return clampSpeed(clampSpeed(speed) / 2);
}

/** Original gap in seconds after step `index`, capped by the idle limit (≤ 0 or ∞: no cap). */
export function cappedGapSeconds(reel: Reel, index: number, idleLimitSeconds: number): number {
	const current = reel.steps[index];
	const next = reel.steps[index + 1];
	if (!current || !next) {
		return 0;
	}
	const gap = Math.max(0, next.seconds - current.seconds);
	const capped = idleLimitSeconds > 0 ? Math.min(gap, idleLimitSeconds) : gap;
	return Number.isFinite(capped) ? capped : 0;
}

/** Milliseconds to wait on step `index` before the next one appears (0 on the last step). */
export function nextDelayMs(
	reel: Reel,
	index: number,
	speed: number,
	idleLimitSeconds: number,
): number {
	return (cappedGapSeconds(reel, index, idleLimitSeconds) / clampSpeed(speed)) * 1000;
}

/**
 * The wait still due on step `index` when `consumedSeconds` of its (capped, original-clock)
 * gap have already played, possibly at another speed: a speed change mid-gap rescales only
 * what is left.
 */
export function remainingDelayMs(
	reel: Reel,
	index: number,
	speed: number,
	idleLimitSeconds: number,
	consumedSeconds: number,
): number {
	const left = cappedGapSeconds(reel, index, idleLimitSeconds) - Math.max(0, consumedSeconds);
	return (Math.max(0, left) / clampSpeed(speed)) * 1000;
}

/** Playing time left from step `from` to the last step. */
export function totalMs(reel: Reel, from: number, speed: number, idleLimitSeconds: number): number {
	let total = 0;
	for (let index = Math.max(0, from); index < reel.steps.length - 1; index++) {
		total += nextDelayMs(reel, index, speed, idleLimitSeconds);
	}
	return total;
}

/** The step at `digit` tenths of the reel (0 → the first step, 9 → 90 % of the steps). */
export function seekPercent(reel: Reel, digit: number): number {
	const count = reel.steps.length;
	if (count === 0 || !Number.isFinite(digit)) {
		return 0;
	}
	const tenth = Math.min(9, Math.max(0, Math.trunc(digit)));
	return Math.min(count - 1, Math.floor((count * tenth) / 10));
}

/** `1x`, `4x`, `0.5x`, `0.25x`. */
export function formatSpeed(speed: number): string {
	return `${Number(clampSpeed(speed).toFixed(2))}x`;
}

/** `m:ss`, rounding up so that a last fraction of a second still shows as `0:01`. */
export function formatDuration(ms: number): string {
	const seconds = Number.isFinite(ms) && ms > 0 ? Math.ceil(ms / 1000) : 0;
	const minutes = Math.floor(seconds / 60);
	return `${minutes}:${String(seconds % 60).padStart(2, '0')}`;
}
