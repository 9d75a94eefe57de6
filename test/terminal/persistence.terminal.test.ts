// Two runs of the built CLI sharing one config dir: the theme, the reading position and the
// bookmarks set in the first run are there in the second.
import {execFileSync} from 'node:child_process';
import {mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {cliPath, runCli, type TerminalSession} from './harness.js';
import {headerTime, statusBar, wait} from './reader-screen.js';

const sessions: TerminalSession[] = [];
const dirs: string[] = [];

function open(configDir: string): TerminalSession {
	const term = runCli([], {cols: 100, rows: 30, env: {CHATREEL_CONFIG_DIR: configDir}});
	sessions.push(term);
	return term;
}

afterEach(() => {
	for (const term of sessions.splice(0)) term.dispose();
	for (const dir of dirs.splice(0)) rmSync(dir, {recursive: true, force: true});
});

describe.sequential('settings kept between runs', {timeout: 40_000}, () => {
	it('keeps the theme, the position and a bookmark for the next run', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'chatreel-persist-'));
		dirs.push(dir);

		const first = open(dir);
		await first.waitFor('message 1/441', wait);
		first.press('T');
		await first.waitFor(() => statusBar(first).includes('theme: light'), wait);
		first.write(':19:30\r');
		await first.waitFor(() => headerTime(first) === '19:30:08', wait);
		first.press('m');
		await first.waitFor(() => statusBar(first).includes('bookmarked 19:30:08'), wait);
		first.press('q');
		expect(await first.exited).toEqual({exitCode: 0});

		const config = JSON.parse(readFileSync(join(dir, 'config.json'), 'utf8')) as {theme?: unknown};
		expect(config.theme).toBe('light');
		const theme = execFileSync(process.execPath, [cliPath(), 'config', 'get', 'theme'], {
			env: {...process.env, CHATREEL_CONFIG_DIR: dir},
			encoding: 'utf8',
		});
		expect(theme.trim()).toBe('light');

		const second = open(dir);
		await second.waitFor(() => statusBar(second).includes('resumed at 19:30:08'), wait);
		expect(headerTime(second)).toBe('19:30:08');
		expect(statusBar(second)).toContain('message 317/441');
		// Where it was left, a few lines down the pane (which starts on row 2) below what came before.
		const row = second.lines().findIndex((line) => /^19:30:08 Eric-Silot-SG /.test(line));
		expect(row).toBeGreaterThanOrEqual(2 + 2);
		expect(row).toBeLessThanOrEqual(2 + Math.floor((30 - 3) / 4));

		second.press("'");
		const list = await second.waitFor(/^ BOOKMARK LIST /m, wait);
		expect(list).toContain('Bookmarks (1)');
		expect(list).toMatch(/^ 19:30:08 {2}Eric-Silot-SG {2}再次强行拉回来/m);

		second.press('escape');
		await second.waitFor(/^ READING /m, wait);
		// Running in light: the next theme after it (dark, light, high-contrast, ...) comes up.
		second.press('T');
		await second.waitFor(() => statusBar(second).includes('theme: high-contrast'), wait);
		second.press('q');
		expect(await second.exited).toEqual({exitCode: 0});
		expect(second.modes()).toMatchObject({alternateScreen: false, cursorHidden: false});
	});
});
