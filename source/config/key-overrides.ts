import path from 'node:path';
import {sanitizeLine} from '../core/transcript/sanitize.js';
import type {KeyOverrides} from '../input/keymap.js';
import {keymap, modes} from '../input/keymap-table.js';
import {readSmallFile} from './read-small-file.js';

// keys.json in the config directory: {"cursor-down": ["j", "down", "ctrl-n"],
// "speakers.speaker-filter": ["enter", "f"]}. Bad entries are reported and skipped.

const namedKeys = new Set([
	'space',
	'enter',
	'escape',
	'tab',
	'backspace',
	'up',
	'down',
	'left',
	'right',
	'pageup',
	'pagedown',
	'home',
	'end',
]);

function isKeyName(key: unknown): key is string {
	if (typeof key !== 'string') return false;
	if (namedKeys.has(key) || /^ctrl-[a-z]$/.test(key)) return true;
	return [...key].length === 1 && /^[\x21-\x7e]$/.test(key);
}

function isTarget(name: string): boolean {
	const dot = name.indexOf('.');
	if (dot < 0) return keymap.some((binding) => binding.id === name);
	const mode = name.slice(0, dot);
	const id = name.slice(dot + 1);
	return (
		(modes as readonly string[]).includes(mode) &&
		keymap.some((b) => b.id === id && b.mode === mode)
	);
}

export function validateKeyOverrides(
	json: unknown,
	file = 'keys.json',
): {overrides: KeyOverrides; problems: string[]} {
	const problems: string[] = [];
	const overrides: Record<string, string[]> = {};
	if (typeof json !== 'object' || json === null || Array.isArray(json)) {
		return {overrides, problems: [`${file}: must be an object of command ids to key lists`]};
	}
	for (const [name, keys] of Object.entries(json)) {
		const shown = sanitizeLine(name).slice(0, 40);
		if (!isTarget(name)) {
			problems.push(`${file}: "${shown}" is not a command (the ids are in the README key table)`);
		} else if (!Array.isArray(keys) || keys.length === 0 || keys.length > 10) {
			problems.push(`${file}: "${shown}" needs a list of keys like ["j", "down", "ctrl-n"]`);
		} else if (!keys.every(isKeyName)) {
			const bad = keys.find((key) => !isKeyName(key));
			const named =
				typeof bad === 'string' ? `"${sanitizeLine(bad).slice(0, 20)}"` : JSON.stringify(bad);
			problems.push(
				`${file}: "${shown}": ${named?.slice(0, 40)} is not a key name (a character, ctrl-a…ctrl-z, ${[...namedKeys].join(', ')})`,
			);
		} else {
			overrides[name] = keys;
		}
	}
	return {overrides, problems};
}

/** Reads `<configDir>/keys.json` when there is one; never throws. */
export function loadKeyOverrides(configDir: string): {overrides: KeyOverrides; problems: string[]} {
	const file = path.join(configDir, 'keys.json');
	const read = readSmallFile(file, 1024 * 1024);
	if (read.kind === 'missing') return {overrides: {}, problems: []};
	if (read.kind !== 'text') {
		const reason =
			read.kind === 'unreadable'
				? `could not be read (${read.code})`
				: read.kind === 'too-large'
					? 'is too large'
					: 'is not a regular file';
		return {overrides: {}, problems: [`${sanitizeLine(file)}: ${reason}; using the default keys`]};
	}
	try {
		return validateKeyOverrides(JSON.parse(read.text) as unknown, sanitizeLine(file));
	} catch {
		return {
			overrides: {},
			problems: [`${sanitizeLine(file)}: not valid JSON; using the default keys`],
		};
	}
}
