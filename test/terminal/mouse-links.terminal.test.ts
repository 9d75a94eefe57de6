// Issue #12 in a real terminal: the mouse (wheel, click, tracking off on every way out) and
// links (o opens with $BROWSER, y copies through OSC 52), against the built CLI.
import {chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, afterEach, describe, expect, it, vi} from 'vitest';
import {runCli, type TerminalSession} from './harness.js';
import {expectRestored, headerTime, statusBar, wait} from './reader-screen.js';

const cols = 100;
const rows = 30;
const sessions: TerminalSession[] = [];
const dir = mkdtempSync(join(tmpdir(), 'chatreel-links-'));

afterEach(() => {
	for (const term of sessions.splice(0)) term.dispose();
});
afterAll(() => rmSync(dir, {recursive: true, force: true}));

async function openReader(args: string[] = [], env?: Record<string, string>) {
	const term = runCli(args, {cols, rows, env});
	sessions.push(term);
	await term.waitFor('message 1/441', wait);
	return term;
}

const messageNumber = (term: TerminalSession) =>
	Number(/message (\d+)\//.exec(statusBar(term))?.[1] ?? 0);

/** An SGR mouse report: button, 1-based column and row. */
const sgr = (button: number, col: number, row: number, release = false) =>
	`\u001B[<${button};${col};${row}${release ? 'm' : 'M'}`;

/** The file the recorder writes, once it is there (polled, never a fixed sleep). */
async function until(file: string): Promise<string> {
	await vi.waitFor(
		() => {
			if (!existsSync(file)) throw new Error(`no ${file} yet`);
		},
		{timeout: 5000, interval: 20},
	);
	return readFileSync(file, 'utf8');
}

describe.sequential('the mouse', {timeout: 40_000}, () => {
	it('is tracked while the reader runs; the wheel scrolls; a click selects; q turns it off', async () => {
		const term = await openReader();
		expect(term.modes().mouseTrackingMode).not.toBe('none');
		term.write(sgr(65, 30, 10));
		await term.waitFor(() => messageNumber(term) > 1, wait);
		const scrolled = messageNumber(term);
		term.write(sgr(65, 30, 10));
		await term.waitFor(() => messageNumber(term) > scrolled, wait);
		// No mouse report ever reads as keys: `[` would have jumped an hour.
		expect(statusBar(term)).not.toMatch(/no earlier hour|not a time/);

		const lines = term.lines();
		const row = lines.findIndex((line, i) => i > 3 && /^\d\d:\d\d:\d\d /.test(line));
		const time = lines[row]!.slice(0, 8);
		term.write(sgr(0, 20, row + 1) + sgr(0, 20, row + 1, true));
		await term.waitFor(() => headerTime(term) === time, wait);

		term.press('q');
		expect((await term.exited).exitCode).toBe(0);
		expect(term.modes().mouseTrackingMode).toBe('none');
		expectRestored(term);
	});

	it('a click in the sidebar selects a speaker', async () => {
		const term = await openReader();
		const lines = term.lines();
		const row = lines.findIndex((line) => /│ +67 wood-通联-技术/.test(line));
		const col = (lines[row] ?? '').lastIndexOf('│') + 6;
		term.write(sgr(0, col, row + 1));
		await term.waitFor(/SPEAKER SIDEBAR/, wait);
		term.press('enter');
		await term.waitFor(/only: wood-通联-技术/, wait);
	});

	it('is off with --no-mouse, and turned off when a signal ends the reader', async () => {
		const off = await openReader(['--no-mouse']);
		expect(off.modes().mouseTrackingMode).toBe('none');
		off.press('q');
		await off.exited;

		const term = await openReader();
		expect(term.modes().mouseTrackingMode).not.toBe('none');
		term.kill('SIGTERM');
		await term.exited;
		expect(term.modes().mouseTrackingMode).toBe('none');
		expect(term.modes().alternateScreen).toBe(false);
	});

	it('the mouse setting turns it off for good', async () => {
		const configDir = mkdtempSync(join(dir, 'config-'));
		writeFileSync(join(configDir, 'config.json'), JSON.stringify({mouse: false}));
		const term = await openReader([], {CHATREEL_CONFIG_DIR: configDir});
		expect(term.modes().mouseTrackingMode).toBe('none');
	});
});

describe.sequential('links and copies', {timeout: 40_000}, () => {
	it('o opens the link with $BROWSER, the URL one argument; y copies through OSC 52', async () => {
		const out = join(dir, 'browser-args');
		const browser = join(dir, 'browser');
		writeFileSync(
			browser,
			`#!/bin/sh\nprintf '%s\\n' "$@" > '${out}.tmp' && mv '${out}.tmp' '${out}'\n`,
		);
		chmodSync(browser, 0o755);
		const term = await openReader([], {BROWSER: browser, DISPLAY: '', WAYLAND_DISPLAY: ''});
		term.write(':08:49:53\r');
		await term.waitFor(() => headerTime(term) === '08:49:53', wait);
		term.press('o');
		await term.waitFor(/opened http:\/\/mp\.weixin\.qq\.com/, wait);
		expect(await until(out)).toMatch(/^http:\/\/mp\.weixin\.qq\.com\/s\?__biz=\S+#rd\n$/);

		expect(term.modes().clipboardWritten).toBe(false);
		term.press('y');
		await term.waitFor(/copied the message \(\d+ characters; OSC 52\)/, wait);
		expect(term.modes().clipboardWritten).toBe(true);
		term.press('j', 'j', 'o');
		await term.waitFor(/no link in this message/, wait);
	});
});
