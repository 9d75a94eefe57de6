// The built CLI with its code cache: the same output with a cache, without one, and with a
// damaged one (see source/boot/code-cache.ts).
import {isAscii} from 'node:buffer';
import {readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {writeCache} from '../../source/boot/code-cache.js';
import {removeTempDirs, repoRoot, runCli, samplePath, tempDir} from './run-cli.js';

afterAll(() => removeTempDirs());

describe('the code cache of the built CLI', () => {
	it('loads an ASCII bundle (a one-byte string to V8)', () => {
		expect(isAscii(readFileSync(join(repoRoot, 'dist', 'chatreel.cjs')))).toBe(true);
	});

	it('prints the same with no cache, a fresh one and a damaged one', () => {
		const cacheHome = tempDir('chatreel-cache-');
		const env = {XDG_CACHE_HOME: cacheHome};
		const print = () => runCli(['--print', samplePath], {env});
		const first = print();
		expect(first.status).toBe(0);
		expect(first.stderr).toBe('');
		const dir = join(cacheHome, 'chatreel');
		const files = readdirSync(dir).filter((name) => name.endsWith('.v8'));
		expect(files).toHaveLength(1);
		const file = join(dir, files[0]!);
		const written = readFileSync(file);
		expect(print()).toMatchObject({status: 0, stdout: first.stdout, stderr: ''});

		writeFileSync(file, written.subarray(0, written.length - 100));
		expect(print()).toMatchObject({status: 0, stdout: first.stdout, stderr: ''});
		// Well framed, but not V8's: V8 refuses it, and the run compiles afresh.
		writeCache(file, Buffer.from('not code V8 made '.repeat(100)));
		expect(print()).toMatchObject({status: 0, stdout: first.stdout, stderr: ''});
		expect(readFileSync(file).length).toBeGreaterThan(100_000);
		writeFileSync(file, 'garbage');
		expect(print()).toMatchObject({status: 0, stdout: first.stdout, stderr: ''});
		expect(runCli(['--print', samplePath], {env: {CHATREEL_CODE_CACHE: '0'}}).stdout).toBe(
			first.stdout,
		);
	});
});
