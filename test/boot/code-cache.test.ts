import {execFileSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {
	cacheDir,
	cacheFile,
	readCache,
	runBundle,
	writeCache,
} from '../../source/boot/code-cache.js';

let dir: string;
let bundle: string;
let saves: Array<() => void>;

/** A CommonJS bundle that leaves what it saw on globalThis. */
function writeBundle(body = ''): void {
	fs.writeFileSync(
		bundle,
		`const seen = {strict: this === undefined, url: __chatreelImportMeta.url, path: require('node:path').sep};\n${body}\nglobalThis.codeCacheTest = seen;`,
	);
}

const run = () =>
	runBundle(bundle, {
		dir: path.join(dir, 'cache'),
		kind: 'test',
		saveWhen: (save) => saves.push(save),
	});

/** Runs the exit hooks, as the process would on exit. */
const exit = () => {
	for (const save of saves.splice(0)) save();
};

const seen = () => (globalThis as {codeCacheTest?: Record<string, unknown>}).codeCacheTest;

beforeEach(() => {
	dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chatreel-code-cache-'));
	bundle = path.join(dir, 'bundle.cjs');
	saves = [];
	writeBundle();
});

afterEach(() => {
	fs.rmSync(dir, {recursive: true, force: true});
	delete (globalThis as {codeCacheTest?: unknown}).codeCacheTest;
});

describe('the code cache', () => {
	it('lives in $XDG_CACHE_HOME/chatreel, else ~/.cache/chatreel', () => {
		expect(cacheDir({XDG_CACHE_HOME: '/x'}, '/home/a')).toBe(path.join('/x', 'chatreel'));
		expect(cacheDir({XDG_CACHE_HOME: 'relative'}, '/home/a')).toBe(
			path.join('/home/a', '.cache', 'chatreel'),
		);
		expect(cacheDir({}, '')).toBeUndefined();
	});

	it('is written after a first run and used by the next; the bundle runs the same', () => {
		expect(run().cache).toBe('miss');
		expect(seen()).toEqual({strict: true, url: `file://${bundle}`, path: path.sep});
		exit();
		const file = cacheFile(path.join(dir, 'cache'), fs.readFileSync(bundle, 'utf8'), 'test');
		expect(readCache(file)).toBeDefined();
		delete (globalThis as {codeCacheTest?: unknown}).codeCacheTest;
		expect(run()).toEqual({cache: 'hit', file});
		expect(seen()).toMatchObject({strict: true});
		expect(saves).toHaveLength(0);
	});

	it('reads a bundle that is not ASCII as UTF-8', () => {
		writeBundle("seen.text = '中文 😀';");
		run();
		expect(seen()).toMatchObject({text: '中文 😀'});
	});

	it('follows the bundle: another bundle text is another cache, the old one is dropped', () => {
		run();
		exit();
		writeBundle('globalThis.other = 1;');
		expect(run().cache).toBe('miss');
		exit();
		expect(fs.readdirSync(path.join(dir, 'cache'))).toHaveLength(1);
		expect(run().cache).toBe('hit');
		delete (globalThis as {other?: unknown}).other;
	});

	for (const [what, damage] of [
		['garbage', () => Buffer.from('not a cache at all')],
		['empty', () => Buffer.alloc(0)],
		['truncated', (bytes: Buffer) => bytes.subarray(0, bytes.length >> 1)],
		[
			'one flipped byte',
			(bytes: Buffer) => {
				const copy = Buffer.from(bytes);
				copy[copy.length - 10]! ^= 0xff;
				return copy;
			},
		],
	] as const) {
		it(`falls back to a plain compile when the file is ${what}, and writes it again`, () => {
			run();
			exit();
			const file = run().file!;
			fs.writeFileSync(file, damage(fs.readFileSync(file)));
			expect(readCache(file)).toBeUndefined();
			delete (globalThis as {codeCacheTest?: unknown}).codeCacheTest;
			expect(run().cache).toBe('miss');
			expect(seen()).toMatchObject({strict: true});
			exit();
			expect(run().cache).toBe('hit');
		});
	}

	it.runIf(process.platform !== 'win32')(
		'uses only a cache of its own: not in a folder others can write, not a FIFO',
		() => {
			run();
			exit();
			const cache = path.join(dir, 'cache');
			fs.chmodSync(cache, 0o777);
			expect(run().cache).toBe('miss');
			saves.splice(0);
			fs.chmodSync(cache, 0o700);
			const file = run().file!;
			fs.rmSync(file);
			execFileSync('mkfifo', [file]);
			// Reading a FIFO with no writer would block for ever.
			expect(readCache(file)).toBeUndefined();
			expect(run().cache).toBe('miss');
		},
	);

	it('runs without one where the cache cannot be written', () => {
		fs.writeFileSync(path.join(dir, 'file'), '');
		const blocked = path.join(dir, 'file', 'cache');
		expect(writeCache(path.join(blocked, 'test-x.v8'), Buffer.from('x'))).toBe(false);
		const result = runBundle(bundle, {
			dir: blocked,
			kind: 'test',
			saveWhen: (save) => saves.push(save),
		});
		expect(result.cache).toBe('miss');
		expect(() => exit()).not.toThrow();
		expect(seen()).toMatchObject({strict: true});
	});

	it.runIf(process.platform === 'linux')('gives up under /proc/self instead of looping', () => {
		expect(writeCache('/proc/self/.cache/chatreel/test-x.v8', Buffer.from('x'))).toBe(false);
	});

	it('is off without a directory', () => {
		expect(runBundle(bundle, {dir: undefined, kind: 'test', saveWhen: () => {}})).toEqual({
			cache: 'off',
		});
	});
});
