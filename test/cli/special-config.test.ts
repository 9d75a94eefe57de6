// Config and keys files that are not regular files: a FIFO would block open() forever, a
// symlink to /dev/zero would never end. Each is treated like a damaged config, and
// `config set` where nothing can be saved fails with one line.
import {execFileSync} from 'node:child_process';
import {existsSync, lstatSync, readdirSync, symlinkSync} from 'node:fs';
import {join} from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {loadKeyOverrides} from '../../source/config/key-overrides.js';
import {removeTempDirs, runCli, stderrLines, tempDir} from './run-cli.js';

afterAll(removeTempDirs);

function withConfig(make: (file: string) => void): string {
	const dir = tempDir('chatreel-special-');
	make(join(dir, 'config.json'));
	return dir;
}

const fifo = (file: string) => execFileSync('mkfifo', [file]);
const zero = (file: string) => symlinkSync('/dev/zero', file);

describe('a config.json that is not a regular file', () => {
	it.each([
		['a FIFO', fifo],
		['a symlink to /dev/zero', zero],
	])('%s is moved aside with one line, and settings still work', (_, make) => {
		const dir = withConfig(make);
		const result = runCli(['config', 'set', 'theme', 'light'], {configDir: dir, timeout: 10_000});
		expect(result.timedOut).toBe(false);
		expect(result.status).toBe(0);
		const lines = stderrLines(result);
		expect(lines).toHaveLength(1);
		expect(lines[0]).toMatch(
			/config file .*config\.json was damaged \(not a regular file\); moved it to .*config\.json\.broken-/,
		);
		const backup = readdirSync(dir).find((name) => name.includes('.broken-'));
		expect(backup).toBeDefined();
		expect(lstatSync(join(dir, 'config.json')).isFile()).toBe(true);
		expect(runCli(['config', 'get', 'theme'], {configDir: dir}).stdout).toBe('light\n');
	});

	it('with --print too: the transcript is printed, the config moved aside', () => {
		const dir = withConfig(fifo);
		const result = runCli(['--print'], {configDir: dir, timeout: 10_000});
		expect(result.timedOut).toBe(false);
		expect(result.status).toBe(0);
	});
});

describe('a keys.json that is not a regular file', () => {
	it.each([
		['a symlink to /dev/zero', zero],
		['a FIFO', fifo],
	])('%s gives one problem and the default keys', (_, make) => {
		const dir = tempDir('chatreel-keys-');
		make(join(dir, 'keys.json'));
		// A FIFO without a writer: a blocking open would never return from this call.
		const {overrides, problems} = loadKeyOverrides(dir);
		expect(overrides).toEqual({});
		expect(problems).toEqual([
			`${join(dir, 'keys.json')}: is not a regular file; using the default keys`,
		]);
		expect(existsSync(join(dir, 'keys.json'))).toBe(true);
	});
});

describe('config set where nothing can be saved', () => {
	// Root writes into a mode-555 folder, so a folder no one can write in: /proc/self.
	const readOnly = process.getuid?.() === 0 ? '/proc/self' : undefined;

	it('exits 1 with one line', () => {
		let dir = readOnly;
		if (!dir) {
			dir = tempDir('chatreel-ro-');
			execFileSync('chmod', ['555', dir]);
		}
		const result = runCli(['config', 'set', 'theme', 'light'], {configDir: dir});
		expect(result.status).toBe(1);
		expect(result.stdout).toBe('');
		const lines = stderrLines(result);
		expect(lines).toHaveLength(1);
		expect(lines[0]).toMatch(
			/^chatreel: could not save settings to .*config\.json \(E[A-Z]+\); keeping them for this session only$/,
		);
		if (!readOnly) execFileSync('chmod', ['755', dir]);
	});
});
