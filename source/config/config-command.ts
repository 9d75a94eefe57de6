// `chatreel config [get KEY | set KEY VALUE | reset [KEY] | path | keys]`: pure apart from
// the store; the CLI prints stdout/stderr and exits with exitCode.

import {exitCodes} from '../cli/exit-codes.js';
import {maskLine} from '../core/transcript/sanitize.js';
import {builtinThemeOrder} from '../theme/builtin.js';
import {loadThemes, userThemesDir} from '../theme/load.js';
import {copyBeforeReset} from './config-file.js';
import {errorCode} from './file-lock.js';
import {defaultSettings, type SettableKey, settableKeyNames, settableKeys} from './preferences.js';
import {
	findSettableKey,
	formatSetting,
	parseSettingValue,
	unknownKeyError,
} from './setting-value.js';
import type {Store} from './store.js';

export type CommandResult = {stdout: string; stderr: string; exitCode: number};

const subcommands = ['get', 'set', 'reset', 'path', 'keys'];

const ok = (stdout: string): CommandResult => ({stdout, stderr: '', exitCode: exitCodes.ok});
const usage = (line: string): CommandResult => ({
	stdout: '',
	stderr: `${line}\n`,
	exitCode: exitCodes.usage,
});

/** A change that did not reach the file fails (its one line was already reported by the store). */
function saved(store: Store): CommandResult | undefined {
	return store.saving ? undefined : {stdout: '', stderr: '', exitCode: exitCodes.input};
}

function settingLines(store: Store): string {
	return settableKeyNames.map((key) => `${key} = ${formatSetting(store.prefs[key])}\n`).join('');
}

/** One line per key: name, accepted values, description (also for `--help`). */
export function describeSettableKeys(): string {
	return settableKeyNames
		.map((key) => {
			const spec = settableKeys[key];
			const values =
				spec.type === 'boolean'
					? 'true|false'
					: spec.type === 'number'
						? `${spec.min}..${spec.max}`
						: 'theme name';
			return `${key.padEnd(15)}${values.padEnd(12)}${spec.description} (default ${formatSetting(defaultSettings[key])})\n`;
		})
		.join('');
}

function defaultThemeNames(store: Store): string[] {
	const user = loadThemes({userDir: userThemesDir(store.dir)}).themes.keys();
	return [...new Set<string>([...builtinThemeOrder, ...user])];
}

function keyArgument(args: readonly string[], verb: string): SettableKey | CommandResult {
	const raw = args[0];
	if (raw === undefined) {
		return usage(`chatreel: config ${verb} needs a key (known: ${settableKeyNames.join(', ')})`);
	}
	return findSettableKey(raw) ?? usage(unknownKeyError(raw));
}

export function runConfigCommand(
	args: readonly string[],
	store: Store,
	options: {themeNames?: readonly string[]} = {},
): CommandResult {
	const [command, ...rest] = args;
	const tooMany = (count: number, shape: string) =>
		rest.length > count ? usage(`chatreel: config ${shape}`) : undefined;
	switch (command) {
		case undefined:
			return ok(
				`config file: ${maskLine(store.path, 500)}\n${settingLines(store)}remembered transcripts: ${Object.keys(store.prefs.files).length}\n`,
			);
		case 'path':
			return tooMany(0, 'path takes no arguments') ?? ok(`${maskLine(store.path, 500)}\n`);
		case 'keys':
			return tooMany(0, 'keys takes no arguments') ?? ok(describeSettableKeys());
		case 'get': {
			const key = keyArgument(rest, 'get');
			if (typeof key !== 'string') return key;
			return tooMany(1, 'get takes one key') ?? ok(`${formatSetting(store.prefs[key])}\n`);
		}
		case 'set': {
			const key = keyArgument(rest, 'set');
			if (typeof key !== 'string') return key;
			const raw = rest[1];
			if (raw === undefined) return usage(`chatreel: config set ${key} needs a value`);
			const extra = tooMany(2, 'set takes a key and one value (quote a value with spaces)');
			if (extra) return extra;
			const themeNames = options.themeNames ?? defaultThemeNames(store);
			const {value, error} = parseSettingValue(key, raw, themeNames);
			if (value === undefined) return usage(error ?? `chatreel: bad value for ${key}`);
			store.set(key, value);
			return saved(store) ?? ok(`${key} = ${formatSetting(store.prefs[key])}\n`);
		}
		case 'reset': {
			if (rest.length === 0) {
				let backup: string | undefined;
				try {
					backup = copyBeforeReset(store.path);
				} catch (error) {
					return {
						stdout: '',
						stderr: `chatreel: could not back up ${maskLine(store.path, 500)} (${errorCode(error) ?? 'error'}); nothing was reset\n`,
						exitCode: exitCodes.input,
					};
				}
				store.reset();
				const kept = backup ? `; the old file is kept as ${maskLine(backup, 500)}` : '';
				return (
					saved(store) ??
					ok(`chatreel: settings, positions and bookmarks reset to defaults${kept}
`)
				);
			}
			const key = keyArgument(rest, 'reset');
			if (typeof key !== 'string') return key;
			const extra = tooMany(1, 'reset takes at most one key');
			if (extra) return extra;
			store.set(key, defaultSettings[key]);
			return saved(store) ?? ok(`${key} = ${formatSetting(store.prefs[key])}\n`);
		}
		default:
			return usage(
				`chatreel: unknown config command "${maskLine(command, 64)}" (known: ${subcommands.join(', ')})`,
			);
	}
}
