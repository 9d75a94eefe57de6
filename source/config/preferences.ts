// What chatreel remembers between runs: the user's settings and, per transcript, where the
// reader was and what was bookmarked. Pure: validation never throws.

import {maskLine} from '../core/transcript/sanitize.js';
import {defaults} from '../state/defaults.js';

export type Settings = {
	/** Theme name: a file in `themes/` without `.json`. */
	theme: string;
	sidebar: boolean;
	/** Columns, 12..60. */
	sidebarWidth: number;
	/** Fold acknowledgement floods by default. */
	collapseFloods: boolean;
	/** Presentation speed multiplier, 0.25..64. */
	speed: number;
	/** Longest pause in presentation mode, seconds, 0.1..60. */
	idleLimit: number;
	/** Reopen a transcript at the last position read. */
	resume: boolean;
	/** Wheel and clicks in the reader; off leaves the mouse to the terminal's text selection. */
	mouse: boolean;
};

export type FileState = {
	size: number;
	/** Message id. */
	position: number;
	/** Message ids, ascending, no duplicates. */
	bookmarks: number[];
	/** ISO time of the last save; the oldest entries are dropped first. */
	seenAt: string;
};

export type Preferences = Settings & {
	/** Keyed by `fileKey(resolvedPath, size)`. */
	files: Record<string, FileState>;
};

export const maxRememberedFiles = 200;
const maxBookmarks = 5000;

export const defaultSettings: Readonly<Settings> = defaults;

export function defaultPreferences(): Preferences {
	return {...defaultSettings, files: {}};
}

export type SettingSpec =
	| {type: 'boolean'; description: string}
	| {type: 'number'; min: number; max: number; integer: boolean; description: string}
	| {type: 'theme'; description: string};

/** Every user-settable key; drives `config get/set` validation and help. */
export const settableKeys = {
	theme: {type: 'theme', description: 'Colour theme (dark, light, high-contrast, …)'},
	sidebar: {type: 'boolean', description: 'Show the speaker sidebar'},
	sidebarWidth: {
		type: 'number',
		min: 12,
		max: 60,
		integer: true,
		description: 'Sidebar width in columns',
	},
	collapseFloods: {type: 'boolean', description: 'Fold acknowledgement floods by default'},
	speed: {
		type: 'number',
		min: 0.25,
		max: 64,
		integer: false,
		description: 'Presentation speed multiplier',
	},
	idleLimit: {
		type: 'number',
		min: 0.1,
		max: 60,
		integer: false,
		description: 'Longest pause in presentation mode, in seconds',
	},
	resume: {type: 'boolean', description: 'Reopen a transcript where you left off'},
	mouse: {
		type: 'boolean',
		description: 'Wheel scrolls and clicks select in the reader (off: the terminal selects text)',
	},
} as const satisfies Record<keyof Settings, SettingSpec>;

export type SettableKey = keyof Settings;

export const settableKeyNames = Object.keys(settableKeys) as SettableKey[];

const THEME_NAME = /^[\p{L}\p{N}][\p{L}\p{N} ._-]{0,63}$/u;

export function isThemeName(value: string): boolean {
	return THEME_NAME.test(value);
}

/** What a valid value looks like, for error messages. */
export function describeSpec(spec: SettingSpec): string {
	switch (spec.type) {
		case 'boolean':
			return 'must be true or false';
		case 'number':
			return `must be a ${spec.integer ? 'whole number' : 'number'} from ${spec.min} to ${spec.max}`;
		case 'theme':
			return 'must be a theme name (letters, digits, space, ".", "-" or "_")';
	}
}

export function isValidSetting(key: SettableKey, value: unknown): boolean {
	const spec: SettingSpec = settableKeys[key];
	switch (spec.type) {
		case 'boolean':
			return typeof value === 'boolean';
		case 'number':
			return (
				typeof value === 'number' &&
				Number.isFinite(value) &&
				value >= spec.min &&
				value <= spec.max &&
				(!spec.integer || Number.isInteger(value))
			);
		case 'theme':
			return typeof value === 'string' && isThemeName(value);
	}
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isCount(value: unknown): value is number {
	return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

/** A problem with one remembered file, or the cleaned entry. */
export function validateFileState(value: unknown): {state?: FileState; problem?: string} {
	if (!isRecord(value)) return {problem: 'must be an object'};
	const {size, position, bookmarks, seenAt} = value;
	if (!isCount(size)) return {problem: 'size must be a whole number of bytes'};
	if (!isCount(position)) return {problem: 'position must be a message number'};
	if (!Array.isArray(bookmarks) || !bookmarks.every(isCount)) {
		return {problem: 'bookmarks must be a list of message numbers'};
	}
	if (typeof seenAt !== 'string' || Number.isNaN(Date.parse(seenAt))) {
		return {problem: 'seenAt must be a date'};
	}
	const marks = [...new Set(bookmarks)].sort((a, b) => a - b).slice(0, maxBookmarks);
	return {state: {size, position, bookmarks: marks, seenAt}};
}

/** Keeps the most recently seen `maxRememberedFiles` entries. */
export function pruneFiles(files: Record<string, FileState>): Record<string, FileState> {
	const entries = Object.entries(files);
	if (entries.length <= maxRememberedFiles) return files;
	entries.sort(([, a], [, b]) => Date.parse(b.seenAt) - Date.parse(a.seenAt));
	return Object.fromEntries(entries.slice(0, maxRememberedFiles));
}

/**
 * Checks parsed JSON. Missing keys take their default silently (an older file); a key of the
 * wrong type or out of range takes its default and adds a problem; unknown keys are dropped.
 */
export function validatePreferences(input: unknown): {value: Preferences; problems: string[]} {
	const value = defaultPreferences();
	if (!isRecord(input)) return {value, problems: ['the file is not a JSON object']};
	const problems: string[] = [];
	const settings: Record<string, unknown> = value;
	for (const key of settableKeyNames) {
		if (!(key in input)) continue;
		if (isValidSetting(key, input[key])) settings[key] = input[key];
		else problems.push(`${key} ${describeSpec(settableKeys[key])}`);
	}
	if ('files' in input) {
		if (isRecord(input.files)) {
			const files: Record<string, FileState> = Object.create(null);
			for (const [key, entry] of Object.entries(input.files)) {
				const {state, problem} = validateFileState(entry);
				if (state) files[key] = state;
				else problems.push(`files["${maskLine(key, 80)}"]: ${problem}`);
			}
			value.files = pruneFiles({...files});
		} else {
			problems.push('files must be an object');
		}
	}
	return {value, problems};
}

/** The key a transcript's state is stored under: a changed size means a changed file. */
export function fileKey(resolvedPath: string, size: number): string {
	return `${resolvedPath}|${size}`;
}
