// Turning `config set KEY VALUE` text into a checked value, and values back into text.

import {maskLine} from '../core/transcript/sanitize.js';
import {
	describeSpec,
	isValidSetting,
	type SettableKey,
	type SettingSpec,
	type Settings,
	settableKeyNames,
	settableKeys,
} from './preferences.js';

const truthy = new Set(['true', 'on', 'yes', '1']);
const falsy = new Set(['false', 'off', 'no', '0']);
const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

function squash(text: string): string {
	return text.toLowerCase().replaceAll('-', '').replaceAll('_', '');
}

/** `sidebar-width`, `sidebar_width` and `SIDEBARWIDTH` all name `sidebarWidth`. */
export function findSettableKey(raw: string): SettableKey | undefined {
	return settableKeyNames.find((key) => squash(key) === squash(raw));
}

export function unknownKeyError(raw: string): string {
	return `chatreel: unknown config key "${maskLine(raw, 64)}" (known: ${settableKeyNames.join(', ')})`;
}

export function formatSetting(value: Settings[SettableKey]): string {
	return typeof value === 'string' ? maskLine(value, 100) : String(value);
}

/** Parses a value typed by the user; `error` is one line ready for stderr. */
export function parseSettingValue(
	key: SettableKey,
	raw: string,
	themeNames: readonly string[],
): {value?: Settings[SettableKey]; error?: string} {
	const spec: SettingSpec = settableKeys[key];
	const text = raw.trim();
	const bad = () => ({
		error: `chatreel: bad value "${maskLine(raw, 64)}" for ${key}: it ${describeSpec(spec)}`,
	});
	switch (spec.type) {
		case 'boolean': {
			const lower = text.toLowerCase();
			if (truthy.has(lower)) return {value: true};
			if (falsy.has(lower)) return {value: false};
			return bad();
		}
		case 'number': {
			const value = NUMBER.test(text) ? Number(text) : Number.NaN;
			return isValidSetting(key, value) ? {value} : bad();
		}
		case 'theme': {
			if (themeNames.includes(text)) return {value: text};
			return {
				error: `chatreel: unknown theme "${maskLine(raw, 64)}" (known: ${themeNames.join(', ')})`,
			};
		}
	}
}
