// What the hostile-input audit found in the reader: a megabyte URL with hyperlinks on,
// signals while reading, saves that fail, a FIFO for keys.json, a cursor escape on stderr.
import {execFileSync} from 'node:child_process';
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, afterEach, beforeAll, describe, expect, it} from 'vitest';
import {cliPath, runCli, spawnTerminal, type TerminalSession} from './harness.js';
import {statusBar, wait} from './reader-screen.js';

const sessions: TerminalSession[] = [];
let dir = '';
let longUrlFile = '';

function track(term: TerminalSession): TerminalSession {
	sessions.push(term);
	return term;
}

function savedPositions(configDir: string): number[] {
	const config = JSON.parse(readFileSync(join(configDir, 'config.json'), 'utf8')) as {
		files?: Record<string, {position: number}>;
	};
	return Object.values(config.files ?? {}).map((file) => file.position);
}

beforeAll(() => {
	dir = mkdtempSync(join(tmpdir(), 'chatreel-security-'));
	longUrlFile = join(dir, 'long-url.md');
	const url = `https://example.com/${'a'.repeat(1024 * 1024)}`;
	writeFileSync(
		longUrlFile,
		[
			'> 10:00:00  alice',
			`[a very long link](${url})`,
			'> 10:00:05  bob',
			'second message here',
			'> 10:00:10  carol',
			'third',
			'',
		].join('\n'),
	);
});

afterAll(() => rmSync(dir, {recursive: true, force: true}));

afterEach(() => {
	for (const term of sessions.splice(0)) term.dispose();
});

describe.sequential('the reader under hostile conditions', {timeout: 60_000}, () => {
	it('draws a 1 MB URL with hyperlinks on and answers j; SIGTERM saves the position', async () => {
		const configDir = mkdtempSync(join(tmpdir(), 'chatreel-security-config-'));
		const log = join(dir, 'stderr.log');
		const term = track(
			spawnTerminal(
				'sh',
				['-c', `exec "${process.execPath}" "${cliPath()}" "${longUrlFile}" 2>"${log}"`],
				{cols: 100, rows: 30, env: {FORCE_HYPERLINK: '1', CHATREEL_CONFIG_DIR: configDir}},
			),
		);
		await term.waitFor(/message 1\/3/, wait);
		expect(term.screen()).toContain('https://example.com/aaaa');
		// Drawn as a link, with no megabyte target: too long to be clickable.
		expect(term.output()).not.toContain('\x1b]8;;https://example.com/aaaa');
		term.press('j');
		await term.waitFor(/message 2\/3/, wait);
		expect(term.screen()).toMatch(/second message here/);
		term.kill('SIGTERM');
		const exit = await term.exited;
		expect(exit.exitCode === 143 || exit.signal === 15).toBe(true);
		expect(term.modes().alternateScreen).toBe(false);
		expect(savedPositions(configDir)).toEqual([1]);
		// Ink's cursor helper would write ESC[?25h to stderr at exit.
		expect(readFileSync(log, 'utf8')).not.toContain('\x1b');
		rmSync(configDir, {recursive: true, force: true});
	});

	it('SIGHUP saves the position like q', async () => {
		const configDir = mkdtempSync(join(tmpdir(), 'chatreel-security-config-'));
		const term = track(
			runCli([longUrlFile], {cols: 100, rows: 30, env: {CHATREEL_CONFIG_DIR: configDir}}),
		);
		await term.waitFor(/message 1\/3/, wait);
		term.press('G');
		await term.waitFor(/message 3\/3/, wait);
		term.kill('SIGHUP');
		await term.exited;
		expect(savedPositions(configDir)).toEqual([2]);
		rmSync(configDir, {recursive: true, force: true});
	});

	it('a settings save that fails shows in the reader and again after it', async () => {
		// Root writes into a mode-555 folder, so a folder no one can write in: /proc/self.
		let configDir = '/proc/self';
		if (process.getuid?.() !== 0) {
			configDir = mkdtempSync(join(tmpdir(), 'chatreel-ro-'));
			execFileSync('chmod', ['555', configDir]);
		}
		const term = track(
			runCli([longUrlFile], {cols: 100, rows: 30, env: {CHATREEL_CONFIG_DIR: configDir}}),
		);
		await term.waitFor(/message 1\/3/, wait);
		term.press('T');
		await term.waitFor(() => statusBar(term).includes('could not save settings'), wait);
		term.press('q');
		await term.exited;
		expect(term.modes().alternateScreen).toBe(false);
		expect(term.screen()).toMatch(/^chatreel: could not save settings to .*config\.json/m);
		if (configDir !== '/proc/self') execFileSync('chmod', ['755', configDir]);
	});

	it('opens with a FIFO for keys.json, with one line about it', async () => {
		const configDir = mkdtempSync(join(tmpdir(), 'chatreel-security-config-'));
		execFileSync('mkfifo', [join(configDir, 'keys.json')]);
		execFileSync('mkfifo', [join(configDir, 'config.json')]);
		const term = track(
			runCli([longUrlFile], {cols: 100, rows: 30, env: {CHATREEL_CONFIG_DIR: configDir}}),
		);
		await term.waitFor(/message 1\/3/, wait);
		term.press('q');
		await term.exited;
		const shown = term.lines().join('');
		expect(shown).toContain('keys.json: is not a regular file; using the default keys');
		expect(shown).toContain('(not a regular file); moved it to');
		rmSync(configDir, {recursive: true, force: true});
	});
});
