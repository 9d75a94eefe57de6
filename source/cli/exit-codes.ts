// The documented exit codes (README "Exit codes").

import type {ErrorKind} from '../core/errors.js';

export const exitCodes = {
	ok: 0,
	/** The file could not be read or is not a transcript. */
	input: 1,
	/** Bad usage: unknown flag, bad value, bad config key. */
	usage: 2,
} as const;

export function exitCodeFor(kind: ErrorKind): number {
	return exitCodes[kind];
}
