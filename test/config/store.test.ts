import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {fileKey, openStore} from '../../source/config/store.js';

let dir: string;
let lines: string[];
const stderr = (line: string) => lines.push(line);
const configPath = () => path.join(dir, 'config.json');
const readJson = () => JSON.parse(fs.readFileSync(configPath(), 'utf8'));
const backups = () => fs.readdirSync(dir).filter((name) => name.includes('.broken-'));

beforeEach(() => {
	dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chatreel-store-'));
	lines = [];
});
afterEach(() => {
	fs.rmSync(dir, {recursive: true, force: true});
});

describe('openStore', () => {
	it('starts from defaults without writing a file', () => {
		const store = openStore({dir, stderr});
		expect(store.path).toBe(configPath());
		expect(store.dir).toBe(dir);
		expect(store.prefs.theme).toBe('dark');
		expect(store.prefs.sidebarWidth).toBe(24);
		expect(fs.existsSync(configPath())).toBe(false);
		expect(lines).toEqual([]);
	});

	it('round-trips settings and transcript state across instances', () => {
		const first = openStore({dir, stderr});
		first.set('theme', 'light');
		first.set('speed', 4);
		const key = fileKey('/tmp/x.md', 1234);
		first.saveFile(key, {size: 1234, position: 17, bookmarks: [30, 5]});
		const second = openStore({dir, stderr});
		expect(second.prefs.theme).toBe('light');
		expect(second.prefs.speed).toBe(4);
		expect(second.filePrefs(key)).toMatchObject({size: 1234, position: 17, bookmarks: [5, 30]});
		expect(second.filePrefs(fileKey('/tmp/x.md', 1235))).toBeUndefined();
		expect(second.filePrefs('__proto__')).toBeUndefined();
		expect(lines).toEqual([]);
	});

	it('keeps file keys with dots intact (no dot-path splitting)', () => {
		const store = openStore({dir, stderr});
		const key = fileKey('/home/a.b/c.d.md', 9);
		store.saveFile(key, {size: 9, position: 1, bookmarks: []});
		expect(Object.keys(readJson().files)).toEqual([key]);
	});

	it('update saves only what changed and ignores bad values', () => {
		const store = openStore({dir, stderr});
		store.update((prefs) => ({...prefs, sidebar: false, sidebarWidth: 999}));
		expect(store.prefs.sidebar).toBe(false);
		expect(store.prefs.sidebarWidth).toBe(24);
		expect(readJson().sidebar).toBe(false);
		expect(lines).toEqual([
			'chatreel: ignored a bad value for sidebarWidth: it must be a whole number from 12 to 60',
		]);
	});

	it('set ignores an out-of-range value with one line', () => {
		const store = openStore({dir, stderr});
		store.set('speed', 100);
		expect(store.prefs.speed).toBe(1);
		expect(lines).toHaveLength(1);
	});

	it('reset returns to defaults on disk', () => {
		const store = openStore({dir, stderr});
		store.set('theme', 'mono');
		store.saveFile('k', {size: 1, position: 0, bookmarks: []});
		store.reset();
		expect(store.prefs.theme).toBe('dark');
		expect(readJson()).toMatchObject({theme: 'dark', files: {}});
	});

	it('honours CHATREEL_CONFIG_DIR', () => {
		const saved = process.env.CHATREEL_CONFIG_DIR;
		process.env.CHATREEL_CONFIG_DIR = path.join(dir, 'via-env');
		try {
			const store = openStore({stderr});
			expect(store.path).toBe(path.join(dir, 'via-env', 'config.json'));
			store.set('resume', false);
			expect(fs.existsSync(path.join(dir, 'via-env', 'config.json'))).toBe(true);
		} finally {
			if (saved === undefined) delete process.env.CHATREEL_CONFIG_DIR;
			else process.env.CHATREEL_CONFIG_DIR = saved;
		}
	});

	it.runIf(process.platform === 'linux')('defaults to $XDG_CONFIG_HOME/chatreel on Linux', () => {
		const saved = {xdg: process.env.XDG_CONFIG_HOME, env: process.env.CHATREEL_CONFIG_DIR};
		process.env.XDG_CONFIG_HOME = dir;
		delete process.env.CHATREEL_CONFIG_DIR;
		try {
			expect(openStore({stderr}).path).toBe(path.join(dir, 'chatreel', 'config.json'));
		} finally {
			process.env.XDG_CONFIG_HOME = saved.xdg;
			if (saved.xdg === undefined) delete process.env.XDG_CONFIG_HOME;
			if (saved.env !== undefined) process.env.CHATREEL_CONFIG_DIR = saved.env;
		}
	});
});

describe('damaged config files', () => {
	const cases = [
		['truncated JSON', '{"theme": "light", "sidebar": tr'],
		['not JSON', 'theme = light\n\u0000\u00ff'],
		['an empty file', ''],
		['a JSON array', '[1, 2]'],
	] as const;
	for (const [what, text] of cases) {
		it(`recovers from ${what}: backup kept, defaults used, one line`, () => {
			fs.writeFileSync(configPath(), text);
			const store = openStore({dir, stderr});
			expect(store.prefs.theme).toBe('dark');
			const [backup] = backups();
			expect(backup).toMatch(/^config\.json\.broken-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d\.\d{3}Z$/);
			expect(fs.readFileSync(path.join(dir, backup!), 'utf8')).toBe(text);
			expect(fs.existsSync(configPath())).toBe(false);
			expect(lines).toEqual([
				`chatreel: config file ${configPath()} was damaged; moved it to ${path.join(dir, backup!)} and using defaults`,
			]);
			store.set('sidebar', false);
			expect(readJson().sidebar).toBe(false);
		});
	}

	it('recovers from wrong types, keeping the good values', () => {
		const text = JSON.stringify({theme: 'light', sidebarWidth: 'wide', speed: 2, files: 3});
		fs.writeFileSync(configPath(), text);
		const store = openStore({dir, stderr});
		expect(store.prefs).toMatchObject({theme: 'light', speed: 2, sidebarWidth: 24, files: {}});
		expect(backups()).toHaveLength(1);
		expect(lines).toHaveLength(1);
		expect(lines[0]).toContain(`config file ${configPath()} was damaged (sidebarWidth must be`);
		expect(lines[0]).toContain('and 1 more');
		expect(lines[0]).toContain(`moved it to ${path.join(dir, backups()[0]!)}`);
	});

	it('recovers when the file is damaged while running', () => {
		const store = openStore({dir, stderr});
		store.set('theme', 'light');
		fs.writeFileSync(configPath(), '{oops');
		store.saveFile('k', {size: 1, position: 2, bookmarks: []});
		expect(backups()).toHaveLength(1);
		expect(lines).toHaveLength(1);
		expect(readJson().files.k.position).toBe(2);
	});
});

describe('I/O problems', () => {
	it('carries on in memory when the directory cannot be created', () => {
		fs.writeFileSync(path.join(dir, 'file'), '');
		const store = openStore({dir: path.join(dir, 'file', 'sub'), stderr});
		store.set('theme', 'light');
		expect(store.prefs.theme).toBe('light');
		expect(lines).toHaveLength(1);
		expect(lines[0]).toMatch(/^chatreel: cannot use config directory .*file.sub \(ENOTDIR\)/);
	});

	it('reports a failed save once and keeps the change in memory', () => {
		const sub = path.join(dir, 'sub');
		const store = openStore({dir: sub, stderr});
		fs.rmSync(sub, {recursive: true});
		fs.writeFileSync(sub, 'not a directory');
		store.set('theme', 'light');
		store.set('speed', 2);
		expect(store.prefs).toMatchObject({theme: 'light', speed: 2});
		expect(lines).toHaveLength(1);
		expect(lines[0]).toMatch(
			/^chatreel: could not save settings to .*; keeping them for this session only$/,
		);
	});

	it('breaks a stale lock left by a crashed process', () => {
		const lock = `${configPath()}.lock`;
		fs.mkdirSync(lock);
		const old = new Date(Date.now() - 60_000);
		fs.utimesSync(lock, old, old);
		openStore({dir, stderr}).set('theme', 'mono');
		expect(readJson().theme).toBe('mono');
		expect(fs.existsSync(lock)).toBe(false);
	});

	it('saves anyway when a fresh lock is never released', () => {
		fs.mkdirSync(`${configPath()}.lock`);
		openStore({dir, stderr, lockTimeoutMs: 20}).set('theme', 'mono');
		expect(readJson().theme).toBe('mono');
	});
});

describe('two stores on one file', () => {
	it('keep each other’s transcripts and settings (read-merge-write)', () => {
		const a = openStore({dir, stderr});
		const b = openStore({dir, stderr});
		for (let i = 0; i < 20; i++) {
			a.saveFile('a', {size: 1, position: i, bookmarks: [i]});
			b.saveFile('b', {size: 2, position: i * 2, bookmarks: []});
		}
		a.set('theme', 'light');
		b.set('sidebar', false);
		const disk = readJson();
		expect(disk.files.a.position).toBe(19);
		expect(disk.files.b.position).toBe(38);
		expect(disk).toMatchObject({theme: 'light', sidebar: false});
		expect(Object.keys(b.prefs.files).sort()).toEqual(['a', 'b']);
	});
});
