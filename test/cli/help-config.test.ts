import {existsSync, readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {expectOneErrorLine, removeTempDirs, runCli, tempDir} from './run-cli.js';

afterAll(removeTempDirs);

const packageJson = JSON.parse(
	readFileSync(new URL('../../package.json', import.meta.url), 'utf8'),
) as {version: string};

describe('chatreel --help and --version', () => {
	it('prints the usage and exits 0', () => {
		const result = runCli(['--help']);
		expect(result.status).toBe(0);
		for (const key of ['Usage', '--print', '--json', '--present', '--no-collapse', 'Exit codes']) {
			expect(result.stdout).toContain(key);
		}
		expect(result.stderr).toBe('');
	});

	it('lists the themes that ship in themes/', () => {
		const shipped = readdirSync(new URL('../../themes', import.meta.url))
			.filter((name) => name.endsWith('.json'))
			.map((name) => name.slice(0, -'.json'.length));
		const line = runCli(['--help'])
			.stdout.split('\n')
			.find((l) => l.includes('--theme NAME'));
		expect(line).toBeDefined();
		const listed = /\(([^)]*)\)/.exec(line ?? '')?.[1]?.split(', ') ?? [];
		expect(listed.sort()).toEqual(shipped.sort());
	});

	it("prints package.json's version", () => {
		const result = runCli(['--version']);
		expect(result.status).toBe(0);
		expect(result.stdout.trim()).toBe(packageJson.version);
	});
});

describe('chatreel config', () => {
	it('prints the config path inside CHATREEL_CONFIG_DIR', () => {
		const dir = tempDir();
		const result = runCli(['config'], {configDir: dir});
		expect(result.status, result.stderr).toBe(0);
		expect(result.stdout).toContain(join(dir, 'config.json'));
		expect(result.stdout).toContain('theme = ');
	});

	it('sets and gets a setting', () => {
		const dir = tempDir();
		const set = runCli(['config', 'set', 'theme', 'light'], {configDir: dir});
		expect(set.status, set.stderr).toBe(0);
		const get = runCli(['config', 'get', 'theme'], {configDir: dir});
		expect(get.status, get.stderr).toBe(0);
		expect(get.stdout.trim()).toBe('light');
		expect(existsSync(join(dir, 'config.json'))).toBe(true);
	});

	it('rejects an unknown theme and keeps the old one', () => {
		const dir = tempDir();
		runCli(['config', 'set', 'theme', 'light'], {configDir: dir});
		expectOneErrorLine(runCli(['config', 'set', 'theme', 'nope'], {configDir: dir}), 2);
		expect(runCli(['config', 'get', 'theme'], {configDir: dir}).stdout.trim()).toBe('light');
	});

	it('rejects a speed that is not a number', () => {
		expectOneErrorLine(runCli(['config', 'set', 'speed', 'abc']), 2);
	});

	it('takes a negative speed as a bad value, not as a flag', () => {
		const result = runCli(['config', 'set', 'speed', '-1'], {configDir: tempDir()});
		expectOneErrorLine(result, 2);
		expect(result.stderr).toContain('bad value "-1" for speed');
	});

	it('rejects an unknown key', () => {
		expectOneErrorLine(runCli(['config', 'get', 'no-such-key']), 2);
	});
});
