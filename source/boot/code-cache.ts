// V8's code cache for the bundle. Node 20 has no module.enableCompileCache, so the loader
// compiles the bundle (CommonJS) with vm.Script and keeps V8's cached data between runs:
// start-up skips parsing 1.3 MB and compiling the functions the first screen runs.
// Anything wrong with the cache (missing, damaged, stale, unwritable) means a plain compile.

import {isAscii} from 'node:buffer';
import {createHash} from 'node:crypto';
import fs from 'node:fs';
import {createRequire} from 'node:module';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import {pathToFileURL} from 'node:url';
import vm from 'node:vm';
import {onStartupDone} from './startup-hook.js';

const magic = Buffer.from('chatreel-v8-cache-1\n');
const digestBytes = 32;

/** `$XDG_CACHE_HOME/chatreel`, else `~/.cache/chatreel`; undefined without either. */
export function cacheDir(env: NodeJS.ProcessEnv, home: string): string | undefined {
	const xdg = env.XDG_CACHE_HOME;
	if (xdg && path.isAbsolute(xdg)) return path.join(xdg, 'chatreel');
	return home ? path.join(home, '.cache', 'chatreel') : undefined;
}

/** One cache per bundle text, Node version and kind of run (what the run compiles differs). */
export function cacheFile(dir: string, source: string | Uint8Array, kind: string): string {
	const key = createHash('sha256')
		.update(`${process.version}\0${process.arch}\0${kind}\0`)
		.update(source)
		.digest('hex')
		.slice(0, 32);
	return path.join(dir, `${kind}-${key}.v8`);
}

const digest = (data: Uint8Array): Buffer => createHash('sha256').update(data).digest();

/**
 * Cached data is code the next run executes: only a regular file (never a FIFO to block
 * on) in a directory that are both the user's own and writable by no one else is used.
 */
function isPrivate(target: string, kind: 'file' | 'dir'): boolean {
	const uid = process.getuid?.();
	try {
		const stat = fs.lstatSync(target);
		if (kind === 'file' ? !stat.isFile() : !stat.isDirectory()) return false;
		return uid === undefined || (stat.uid === uid && (stat.mode & 0o022) === 0);
	} catch {
		return false;
	}
}

/**
 * The cached data in `file`, or undefined when it is missing, short, fails its checksum, or
 * is not the user's own (see isPrivate).
 */
export function readCache(file: string): Buffer | undefined {
	if (!isPrivate(path.dirname(file), 'dir') || !isPrivate(file, 'file')) return undefined;
	let bytes: Buffer;
	try {
		bytes = fs.readFileSync(file);
	} catch {
		return undefined;
	}
	const head = magic.length + digestBytes;
	if (bytes.length <= head || !bytes.subarray(0, magic.length).equals(magic)) return undefined;
	const data = bytes.subarray(head);
	return digest(data).equals(bytes.subarray(magic.length, head)) ? data : undefined;
}

/**
 * mkdir -p, by hand: Node 20's recursive mkdirSync never returns when a parent cannot be made
 * (under /proc/self, say).
 */
function makeDir(dir: string, depth = 0): void {
	try {
		fs.mkdirSync(dir, {mode: 0o700});
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		if (code === 'EEXIST') return;
		const parent = path.dirname(dir);
		if (code !== 'ENOENT' || parent === dir || depth > 16) throw error;
		makeDir(parent, depth + 1);
		fs.mkdirSync(dir, {mode: 0o700});
	}
}

/** Writes the cache atomically (temp file + rename) and drops older ones of the same kind. */
export function writeCache(file: string, data: Buffer): boolean {
	const dir = path.dirname(file);
	const temp = `${file}.${process.pid}.tmp`;
	try {
		makeDir(dir);
		if (!isPrivate(dir, 'dir')) return false;
		fs.writeFileSync(temp, Buffer.concat([magic, digest(data), data]), {mode: 0o600});
		fs.renameSync(temp, file);
	} catch {
		try {
			fs.rmSync(temp, {force: true});
		} catch {
			// Nothing was written.
		}
		return false;
	}
	const kind = `${path.basename(file).split('-')[0]}-`;
	try {
		for (const name of fs.readdirSync(dir)) {
			if (name.startsWith(kind) && name.endsWith('.v8') && name !== path.basename(file)) {
				fs.rmSync(path.join(dir, name), {force: true});
			}
		}
	} catch {
		// Old caches are only disk space.
	}
	return true;
}

export type RunOptions = {
	/** Where caches live; undefined: no cache. */
	dir: string | undefined;
	kind: string;
	/**
	 * Registers the cache write; by default when the program says its start-up is over
	 * (startup-hook.ts), else at exit: the cache holds what start-up compiled, not more.
	 */
	saveWhen?: (save: () => void) => void;
};

export type RunResult = {cache: 'hit' | 'miss' | 'rejected' | 'off'; file?: string};

function saveAtStartupOrExit(save: () => void): void {
	onStartupDone(save);
	process.once('exit', save);
}

// A CommonJS wrapper; the bundle was strict-mode ESM before, so it stays strict.
const head =
	'(function (exports, require, module, __filename, __dirname, __chatreelImportMeta) {"use strict";\n';
const tail = '\n})';

/** Compiles and runs the CommonJS bundle at `bundle`, with V8's cached data when there is some. */
export function runBundle(bundle: string, options: RunOptions): RunResult {
	const bytes = fs.readFileSync(bundle);
	// build.mjs writes the bundle in ASCII: read as Latin-1 it is a one-byte string, at once.
	const source = bytes.toString(isAscii(bytes) ? 'latin1' : 'utf8');
	const file = options.dir === undefined ? undefined : cacheFile(options.dir, bytes, options.kind);
	const cachedData = file === undefined ? undefined : readCache(file);
	// Dynamic import() of a real module (none today: esbuild inlines them) uses Node's loader.
	const importModuleDynamically = (
		vm as unknown as {constants?: {USE_MAIN_CONTEXT_DEFAULT_LOADER?: symbol}}
	).constants?.USE_MAIN_CONTEXT_DEFAULT_LOADER;
	const compile = (data: Buffer | undefined) =>
		new vm.Script(head + source + tail, {
			filename: bundle,
			lineOffset: -1,
			...(data ? {cachedData: data} : {}),
			...(importModuleDynamically ? {importModuleDynamically} : {}),
		} as vm.ScriptOptions);
	let script: vm.Script;
	try {
		script = compile(cachedData);
	} catch (error) {
		if (!cachedData) throw error;
		script = compile(undefined);
	}
	const cache: RunResult['cache'] =
		file === undefined
			? 'off'
			: !cachedData
				? 'miss'
				: script.cachedDataRejected
					? 'rejected'
					: 'hit';
	if (file !== undefined && cache !== 'hit') {
		let saved = false;
		const save = () => {
			if (saved) return;
			saved = true;
			try {
				writeCache(file, script.createCachedData());
			} catch {
				// A cache is an optimisation: never an error.
			}
		};
		(options.saveWhen ?? saveAtStartupOrExit)(save);
	}
	const run = script.runInThisContext() as (...args: unknown[]) => void;
	const module = {exports: {}};
	run(module.exports, createRequire(bundle), module, bundle, path.dirname(bundle), {
		url: pathToFileURL(bundle).href,
	});
	return {cache, ...(file ? {file} : {})};
}

/** The cache directory for this run, or undefined when CHATREEL_CODE_CACHE=0. */
export function defaultCacheDir(): string | undefined {
	if (process.env.CHATREEL_CODE_CACHE === '0') return undefined;
	return cacheDir(process.env, os.homedir());
}
