import {parseClock} from '../core/analysis/time-index.js';
import {UsageError} from '../core/errors.js';
import type {ReelSelection} from '../core/replay/reel.js';
import {sanitizeLine} from '../core/transcript/sanitize.js';
import type {Transcript} from '../core/transcript/types.js';

// Flag values checked once, with one clear line for each mistake (exit 2).

export type PresentFlags = {
	talk?: number;
	from?: string;
	to?: string;
	speaker?: string;
	onlySpeaker?: boolean;
};

export function parseNumberFlag(name: string, value: number | undefined, min: number, max: number) {
	if (value === undefined) return undefined;
	if (!Number.isFinite(value) || value < min || value > max) {
		throw new UsageError(`--${name} must be a number from ${min} to ${max}`);
	}
	return value;
}

function clockFlag(name: string, value: string | undefined): number | undefined {
	if (value === undefined) return undefined;
	const seconds = parseClock(value);
	if (seconds === undefined)
		throw new UsageError(
			`--${name} must be a time like 19:30 or 19:30:15, not "${sanitizeLine(value).slice(0, 40)}"`,
		);
	return seconds;
}

/** The reel a `--present` run asks for; undefined means the default talk. */
export function reelSelection(
	flags: PresentFlags,
	transcript: Transcript,
): ReelSelection | undefined {
	if (flags.talk !== undefined) {
		const count = transcript.talks.length;
		if (!Number.isInteger(flags.talk) || flags.talk < 1 || flags.talk > count) {
			throw new UsageError(
				count === 0 ? '--talk: this transcript has no talks' : `--talk must be from 1 to ${count}`,
			);
		}
		return {talk: flags.talk - 1};
	}
	const from = clockFlag('from', flags.from);
	const to = clockFlag('to', flags.to);
	if (from === undefined && to === undefined && flags.speaker === undefined) return undefined;
	const range = {from: from ?? 0, to: to ?? Number.MAX_SAFE_INTEGER};
	if (range.to < range.from) throw new UsageError('--to is before --from');
	if (flags.speaker !== undefined && !transcript.speakers.some((s) => s.name === flags.speaker)) {
		throw new UsageError(
			`--speaker: nobody called "${sanitizeLine(flags.speaker).slice(0, 60)}" speaks in this transcript`,
		);
	}
	return {...range, speaker: flags.speaker, onlySpeaker: flags.onlySpeaker};
}

function camelCase(name: string): string {
	return name.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
}

/** Refuses a flag meow does not know, as one line and exit 2 (meow's own message is two). */
export function checkFlags(argv: readonly string[], known: readonly string[]): void {
	const names = new Set([...known, 'help', 'version']);
	for (const arg of argv) {
		if (arg === '--') return;
		if (!arg.startsWith('-') || arg === '-') continue;
		const raw = arg.replace(/^-+/, '').split('=')[0] ?? '';
		const bare = raw.startsWith('no-') ? raw.slice(3) : raw;
		if (!names.has(camelCase(raw)) && !names.has(camelCase(bare))) {
			throw new UsageError(
				`unknown flag ${sanitizeLine(arg.split('=')[0] ?? arg).slice(0, 40)} (see chatreel --help)`,
			);
		}
	}
}

/** Flags that choose what to present; any of them means --present. */
export function asksToPresent(flags: PresentFlags & {present: boolean}): boolean {
	return (
		flags.present ||
		flags.talk !== undefined ||
		flags.from !== undefined ||
		flags.to !== undefined ||
		flags.speaker !== undefined ||
		Boolean(flags.onlySpeaker)
	);
}
