// Reading the config file ourselves, before conf does (conf 15 throws on a damaged file):
// a damaged file is moved aside to a timestamped backup and chatreel carries on.

import fs from 'node:fs';
import {maskLine} from '../core/transcript/sanitize.js';
import {errorCode} from './file-lock.js';
import {defaultPreferences, type Preferences, validatePreferences} from './preferences.js';
import {readSmallFile} from './read-small-file.js';

export type ConfigRead = {
	prefs: Preferences;
	/** One line for stderr when something was wrong. */
	notice?: string;
	/** False when the file could not be read or moved aside: do not overwrite it. */
	writable: boolean;
	/** Set when the file exists but could not be read: the error code. */
	unreadable?: string;
};

const maxConfigBytes = 16 * 1024 * 1024;

export function backupPath(filePath: string, now: Date): string {
	return `${filePath}.broken-${now.toISOString().replaceAll(':', '-')}`;
}

function moveAside(filePath: string, now: Date): string {
	const base = backupPath(filePath, now);
	for (let n = 0; ; n++) {
		const target = n === 0 ? base : `${base}-${n}`;
		if (fs.existsSync(target)) continue;
		fs.renameSync(filePath, target);
		return target;
	}
}

/** Copies the config file to `<file>.reset-<time>` before a reset; undefined when there is none. */
export function copyBeforeReset(filePath: string, now = new Date()): string | undefined {
	if (!fs.existsSync(filePath)) return undefined;
	const base = `${filePath}.reset-${now.toISOString().replaceAll(':', '-')}`;
	for (let n = 0; ; n++) {
		const target = n === 0 ? base : `${base}-${n}`;
		if (fs.existsSync(target)) continue;
		fs.copyFileSync(filePath, target, fs.constants.COPYFILE_EXCL);
		return target;
	}
}

function parse(text: string): {json?: unknown} {
	if (text.trim() === '') return {};
	try {
		return {json: JSON.parse(text)};
	} catch {
		return {};
	}
}

function damaged(
	filePath: string,
	prefs: Preferences,
	reason: string,
	now: Date,
	salvaged = false,
): ConfigRead {
	const shown = maskLine(filePath, 500);
	try {
		const backup = moveAside(filePath, now);
		const using = salvaged ? 'using defaults for the bad values' : 'using defaults';
		return {
			prefs,
			writable: true,
			notice: `chatreel: config file ${shown} was damaged${reason}; moved it to ${maskLine(backup, 500)} and ${using}`,
		};
	} catch (error) {
		return {
			prefs,
			writable: false,
			notice: `chatreel: config file ${shown} was damaged${reason} and could not be moved aside (${errorCode(error) ?? 'error'}); using defaults and not saving`,
		};
	}
}

/**
 * Reads and validates the config file; never throws and never blocks: a config that is
 * not a regular file (a FIFO, a device) is treated like a damaged one.
 */
export function readConfigFile(filePath: string, now = new Date()): ConfigRead {
	const read = readSmallFile(filePath, maxConfigBytes);
	switch (read.kind) {
		case 'missing':
			return {prefs: defaultPreferences(), writable: true};
		case 'not-regular':
			return damaged(filePath, defaultPreferences(), ' (not a regular file)', now);
		case 'too-large':
			return damaged(filePath, defaultPreferences(), ' (too large)', now);
		case 'unreadable':
			return {
				prefs: defaultPreferences(),
				writable: false,
				unreadable: read.code,
				notice: `chatreel: could not read config file ${maskLine(filePath, 500)} (${read.code}); using defaults and not saving`,
			};
	}
	const {text} = read;
	const {json} = parse(text);
	if (json === undefined) return damaged(filePath, defaultPreferences(), '', now);
	const {value, problems} = validatePreferences(json);
	if (problems.length === 0) return {prefs: value, writable: true};
	if (problems[0] === 'the file is not a JSON object') return damaged(filePath, value, '', now);
	const more = problems.length > 1 ? ` and ${problems.length - 1} more` : '';
	return damaged(filePath, value, ` (${problems[0]}${more})`, now, true);
}
