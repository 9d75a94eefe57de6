import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {describeSettableKeys, runConfigCommand} from '../../source/config/config-command.js';
import {openStore, type Store} from '../../source/config/store.js';

let dir: string;
let store: Store;
const themeNames = ['dark', 'light', 'mono'];
const run = (...args: string[]) => runConfigCommand(args, store, {themeNames});

beforeEach(() => {
	dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chatreel-command-'));
	store = openStore({dir, stderr: () => {}});
});
afterEach(() => {
	fs.rmSync(dir, {recursive: true, force: true});
});

describe('chatreel config', () => {
	it('prints the path and every setting', () => {
		const result = run();
		expect(result).toEqual({
			stdout: `config file: ${path.join(dir, 'config.json')}
theme = dark
sidebar = true
sidebarWidth = 24
collapseFloods = true
speed = 1
idleLimit = 2
resume = true
mouse = true
remembered transcripts: 0
`,
			stderr: '',
			exitCode: 0,
		});
		expect(run('path').stdout).toBe(`${path.join(dir, 'config.json')}\n`);
	});

	it('sets and gets values, saved for the next run', () => {
		expect(run('set', 'sidebar-width', '40')).toEqual({
			stdout: 'sidebarWidth = 40\n',
			stderr: '',
			exitCode: 0,
		});
		expect(run('set', 'sidebar', 'off').exitCode).toBe(0);
		expect(run('set', 'speed', '0.5').exitCode).toBe(0);
		expect(run('set', 'theme', 'light').exitCode).toBe(0);
		const next = openStore({dir, stderr: () => {}});
		expect(next.prefs).toMatchObject({
			sidebarWidth: 40,
			sidebar: false,
			speed: 0.5,
			theme: 'light',
		});
		expect(runConfigCommand(['get', 'SIDEBAR'], next).stdout).toBe('false\n');
	});

	it('parses every boolean spelling', () => {
		for (const [word, value] of [
			['yes', true],
			['No', false],
			['ON', true],
			['false', false],
		] as const) {
			run('set', 'resume', word);
			expect(store.prefs.resume).toBe(value);
		}
	});

	it.each([
		[['get', 'colour'], /^chatreel: unknown config key "colour" \(known: theme, sidebar, /],
		[['set', 'sidebarWidth', '61'], /must be a whole number from 12 to 60$/],
		[['set', 'sidebarWidth', '20.5'], /must be a whole number/],
		[['set', 'speed', '0x10'], /^chatreel: bad value "0x10" for speed: it must be a number/],
		[['set', 'speed', ''], /bad value "" for speed/],
		[['set', 'idleLimit', 'Infinity'], /bad value/],
		[['set', 'sidebar', 'maybe'], /for sidebar: it must be true or false$/],
		[['set', 'theme', 'neon'], /^chatreel: unknown theme "neon" \(known: dark, light, mono\)$/],
		[['set', 'theme'], /^chatreel: config set theme needs a value$/],
		[['set', 'speed', '1', '2'], /takes a key and one value/],
		[['get'], /needs a key/],
		[['frobnicate'], /^chatreel: unknown config command "frobnicate" \(known: get, set, reset/],
	])('rejects %j with one line and exit 2', (args, message) => {
		const result = run(...args);
		expect(result.exitCode).toBe(2);
		expect(result.stdout).toBe('');
		expect(result.stderr.split('\n')).toHaveLength(2);
		expect(result.stderr.trimEnd()).toMatch(message);
		expect(store.prefs.speed).toBe(1);
	});

	it('never echoes control characters', () => {
		const result = run('get', 'x\u001b]0;pwned\u0007\nnext');
		expect(result.stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/);
		expect(result.stderr.split('\n')).toHaveLength(2);
		expect(result.stderr).toContain('"x?]0;pwned??next"');
	});

	it('resets one key or everything', () => {
		run('set', 'speed', '8');
		run('set', 'theme', 'mono');
		store.saveFile('k', {size: 1, position: 1, bookmarks: []});
		expect(run('reset', 'speed')).toMatchObject({stdout: 'speed = 1\n', exitCode: 0});
		expect(store.prefs.theme).toBe('mono');
		expect(run('reset').exitCode).toBe(0);
		expect(store.prefs.theme).toBe('dark');
		expect(store.prefs.files).toEqual({});
	});

	it('keeps a timestamped copy of the file it resets, and says where', () => {
		run('set', 'theme', 'mono');
		const result = run('reset');
		const kept = /kept as (\S+)\n$/.exec(result.stdout)?.[1];
		expect(kept).toMatch(/config\.json\.reset-\d{4}-\d{2}-\d{2}T/);
		expect(JSON.parse(fs.readFileSync(kept!, 'utf8')).theme).toBe('mono');
		expect(store.prefs.theme).toBe('dark');
	});

	it('accepts user themes by default', () => {
		fs.mkdirSync(path.join(dir, 'themes'));
		const mono = JSON.parse(
			fs.readFileSync(new URL('../../themes/mono.json', import.meta.url), 'utf8'),
		);
		fs.writeFileSync(
			path.join(dir, 'themes', 'mine.json'),
			JSON.stringify({...mono, name: 'mine'}),
		);
		expect(runConfigCommand(['set', 'theme', 'mine'], store).exitCode).toBe(0);
		expect(runConfigCommand(['set', 'theme', 'solarized-dark'], store).exitCode).toBe(0);
		expect(runConfigCommand(['set', 'theme', 'nope'], store).exitCode).toBe(2);
	});

	it('describes every key', () => {
		const text = describeSettableKeys();
		expect(text.trimEnd().split('\n')).toHaveLength(8);
		expect(text).toContain('sidebarWidth   12..60');
		expect(run('keys').stdout).toBe(text);
	});
});
