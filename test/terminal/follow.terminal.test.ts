// --follow in a real terminal: messages appended to the file appear, and a reader at the
// end stays at the end, like tail -f.
import {appendFileSync, copyFileSync, mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {runCli, type TerminalSession} from './harness.js';
import {expectRestored, statusBar, wait} from './reader-screen.js';

const samplePath = new URL('../../samples/2018-08-27-WeChat.md', import.meta.url);
const sessions: TerminalSession[] = [];
const dirs: string[] = [];

afterEach(() => {
	for (const term of sessions.splice(0)) term.dispose();
	for (const dir of dirs.splice(0)) rmSync(dir, {recursive: true, force: true});
});

describe.sequential('following a live transcript', {timeout: 40_000}, () => {
	it('shows appended messages and keeps the cursor at the end', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'chatreel-follow-'));
		dirs.push(dir);
		const live = join(dir, 'live.md');
		copyFileSync(samplePath, live);
		const term = runCli(['--follow', live], {cols: 100, rows: 30});
		sessions.push(term);
		// -f opens at the end, like tail -f (it used to open at the top: issue #11).
		await term.waitFor(() => statusBar(term).includes('message 441/441'), wait);

		appendFileSync(live, '> 23:59:00  newbie  \n\nhello live world\n\n');
		await term.waitFor('hello live world', wait);
		expect(statusBar(term)).toMatch(/message 442\/442 .*\+1 new message/);

		term.press('q');
		expect(await term.exited).toEqual({exitCode: 0});
		expectRestored(term);
	});
});
