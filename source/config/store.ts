// The preferences store: conf for the file's place and atomic writes (atomically's temp
// file + rename, so a reader never sees half a file), plus what conf 15 lacks: recovery from
// a damaged file, and a lock with read-merge-write so two chatreel processes saving at once
// keep each other's changes (each process writes only what it changed).

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Conf from 'conf';
import {maskLine} from '../core/transcript/sanitize.js';
import {type ConfigRead, readConfigFile} from './config-file.js';
import {errorCode, withLock} from './file-lock.js';
import {
	defaultPreferences,
	describeSpec,
	type FileState,
	isValidSetting,
	type Preferences,
	pruneFiles,
	type SettableKey,
	type Settings,
	settableKeyNames,
	settableKeys,
	validateFileState,
} from './preferences.js';

export {fileKey} from './preferences.js';

export type StoreOptions = {
	/** Directory holding config.json; default `CHATREEL_CONFIG_DIR`, else conf's platform default. */
	dir?: string;
	/** Receives each one-line notice (no newline); default writes to process.stderr. */
	stderr?: (line: string) => void;
	/** How long a save waits for another process's lock (default 2000 ms). */
	lockTimeoutMs?: number;
};

export type Store = {
	/** Absolute path of config.json. */
	readonly path: string;
	/** The config directory (user themes live in `<dir>/themes`). */
	readonly dir: string;
	/** The current preferences; a new object after every change, never mutate it. */
	readonly prefs: Preferences;
	set<K extends SettableKey>(key: K, value: Settings[K]): void;
	/** `fn` returns the new preferences; only what it changed is saved. */
	update(fn: (prefs: Preferences) => Preferences): void;
	filePrefs(key: string): FileState | undefined;
	saveFile(key: string, state: Omit<FileState, 'seenAt'> & {seenAt?: string}): void;
	/** Everything back to defaults, remembered transcripts included. */
	reset(): void;
	/** False once changes can no longer reach the file (its problem was reported). */
	readonly saving: boolean;
};

type Change =
	| {kind: 'setting'; key: SettableKey; value: Settings[SettableKey]}
	| {kind: 'file'; key: string; state: FileState}
	| {kind: 'forget'; key: string}
	| {kind: 'reset'};

function applyChanges(prefs: Preferences, changes: readonly Change[]): Preferences {
	let next: Preferences = {...prefs, files: {...prefs.files}};
	for (const change of changes) {
		switch (change.kind) {
			case 'setting':
				next = {...next, [change.key]: change.value};
				break;
			case 'file':
				next.files[change.key] = change.state;
				break;
			case 'forget':
				delete next.files[change.key];
				break;
			case 'reset':
				next = defaultPreferences();
				break;
		}
	}
	next.files = pruneFiles(next.files);
	return next;
}

function diff(before: Preferences, after: Preferences, report: (line: string) => void): Change[] {
	const changes: Change[] = [];
	for (const key of settableKeyNames) {
		if (Object.is(before[key], after[key])) continue;
		if (isValidSetting(key, after[key])) changes.push({kind: 'setting', key, value: after[key]});
		else report(`chatreel: ignored a bad value for ${key}: it ${describeSpec(settableKeys[key])}`);
	}
	for (const [key, state] of Object.entries(after.files)) {
		const old = Object.hasOwn(before.files, key) ? before.files[key] : undefined;
		if (old === state || JSON.stringify(old) === JSON.stringify(state)) continue;
		const checked = validateFileState(state);
		if (checked.state) changes.push({kind: 'file', key, state: checked.state});
		else report(`chatreel: ignored a bad saved position: ${checked.problem}`);
	}
	for (const key of Object.keys(before.files)) {
		if (!Object.hasOwn(after.files, key)) changes.push({kind: 'forget', key});
	}
	return changes;
}

function tolerantParse(text: string): Record<string, unknown> {
	try {
		const value: unknown = JSON.parse(text);
		return typeof value === 'object' && value !== null && !Array.isArray(value)
			? (value as Record<string, unknown>)
			: {};
	} catch {
		return {};
	}
}

class ConfStore implements Store {
	readonly path: string;
	readonly dir: string;
	#current: Preferences;
	/** Makes the writer: conf (and ajv) load on the first save, not at start. */
	#makeConf: (() => Conf<Record<string, unknown>>) | undefined;
	#conf: Conf<Record<string, unknown>> | undefined;
	#writable: boolean;
	#stderr: (line: string) => void;
	#lockTimeoutMs: number;
	#reportedWriteError = false;

	constructor(
		filePath: string,
		makeConf: (() => Conf<Record<string, unknown>>) | undefined,
		options: {stderr: (line: string) => void; lockTimeoutMs: number},
		read: ConfigRead = {prefs: defaultPreferences(), writable: false},
	) {
		this.path = filePath;
		this.dir = path.dirname(filePath);
		this.#makeConf = makeConf;
		this.#stderr = options.stderr;
		this.#lockTimeoutMs = options.lockTimeoutMs;
		if (read.notice) this.#stderr(read.notice);
		this.#current = read.prefs;
		this.#writable = read.writable;
	}

	get prefs(): Preferences {
		return this.#current;
	}

	get saving(): boolean {
		return this.#makeConf !== undefined && this.#writable && !this.#reportedWriteError;
	}

	set<K extends SettableKey>(key: K, value: Settings[K]): void {
		if (!isValidSetting(key, value)) {
			this.#stderr(
				`chatreel: ignored a bad value for ${key}: it ${describeSpec(settableKeys[key])}`,
			);
			return;
		}
		this.#apply([{kind: 'setting', key, value}]);
	}

	update(fn: (prefs: Preferences) => Preferences): void {
		const changes = diff(this.#current, fn(this.#current), this.#stderr);
		if (changes.length > 0) this.#apply(changes);
	}

	filePrefs(key: string): FileState | undefined {
		return Object.hasOwn(this.#current.files, key) ? this.#current.files[key] : undefined;
	}

	saveFile(key: string, state: Omit<FileState, 'seenAt'> & {seenAt?: string}): void {
		const checked = validateFileState({...state, seenAt: state.seenAt ?? new Date().toISOString()});
		if (checked.state) this.#apply([{kind: 'file', key, state: checked.state}]);
		else this.#stderr(`chatreel: ignored a bad saved position: ${checked.problem}`);
	}

	reset(): void {
		this.#apply([{kind: 'reset'}]);
	}

	#apply(changes: readonly Change[]): void {
		this.#current = applyChanges(this.#current, changes);
		const makeConf = this.#makeConf;
		if (!makeConf || !this.#writable) return;
		try {
			this.#conf ??= makeConf();
			const conf = this.#conf;
			withLock(
				`${this.path}.lock`,
				() => {
					const disk = readConfigFile(this.path);
					if (disk.unreadable)
						throw Object.assign(new Error('unreadable'), {code: disk.unreadable});
					if (disk.notice) this.#stderr(disk.notice);
					if (!disk.writable) {
						this.#writable = false;
						return;
					}
					const merged = applyChanges(disk.prefs, changes);
					conf.store = merged;
					this.#current = {...this.#current, files: merged.files};
				},
				{timeoutMs: this.#lockTimeoutMs},
			);
		} catch (error) {
			if (this.#reportedWriteError) return;
			this.#reportedWriteError = true;
			this.#stderr(
				`chatreel: could not save settings to ${maskLine(this.path, 500)} (${errorCode(error) ?? 'error'}); keeping them for this session only`,
			);
		}
	}
}

/** conf's platform default (env-paths' `config`), worked out here so the file can be checked first. */
function defaultConfigDir(): string {
	const home = os.homedir();
	if (process.platform === 'darwin') return path.join(home, 'Library', 'Preferences', 'chatreel');
	if (process.platform === 'win32') {
		return path.join(
			process.env.APPDATA || path.join(home, 'AppData', 'Roaming'),
			'chatreel',
			'Config',
		);
	}
	return path.join(process.env.XDG_CONFIG_HOME || path.join(home, '.config'), 'chatreel');
}

/**
 * What conf's constructor would throw on, checked without loading conf: a file it cannot
 * read, a directory it cannot create for a missing file.
 */
function checkAsConfWould(file: string, read: ConfigRead): void {
	if (read.unreadable)
		throw Object.assign(new Error(read.unreadable), {code: read.unreadable, path: file});
	if (!fs.existsSync(file)) fs.mkdirSync(path.dirname(file), {recursive: true});
}

/** Opens the preferences; never throws for I/O problems (it reports one line and goes on). */
export function openStore(options: StoreOptions = {}): Store {
	const stderr = options.stderr ?? ((line: string) => process.stderr.write(`${line}\n`));
	const dir = options.dir || process.env.CHATREEL_CONFIG_DIR || undefined;
	const storeOptions = {stderr, lockTimeoutMs: options.lockTimeoutMs ?? 2000};
	const cwd = path.resolve(dir ?? defaultConfigDir());
	try {
		// Read (and check) the file before conf does: conf's own read would block on a FIFO.
		const file = path.join(cwd, 'config.json');
		const read = readConfigFile(file);
		checkAsConfWould(file, read);
		const makeConf = () =>
			new Conf<Record<string, unknown>>({
				projectName: 'chatreel',
				projectSuffix: '',
				cwd,
				configName: 'config',
				accessPropertiesByDotNotation: false,
				deserialize: tolerantParse,
			});
		return new ConfStore(file, makeConf, storeOptions, read);
	} catch (error) {
		const where =
			dir ??
			(typeof error === 'object' && error !== null && 'path' in error ? String(error.path) : '.');
		const filePath = path.resolve(where, 'config.json');
		stderr(
			`chatreel: cannot use config directory ${maskLine(path.dirname(filePath), 500)} (${errorCode(error) ?? 'error'}); settings are kept for this session only`,
		);
		return new ConfStore(filePath, undefined, storeOptions);
	}
}
