// Following a live chat in a real terminal: -f opens at the end, a writer appends 50
// messages at 20 a second and the screen follows; scrolled up, the view keeps its place and
// counts what came; G catches up. No wall-clock assertions (bench/ measures latency).

import {execFileSync} from 'node:child_process';
import {
	appendFileSync,
	copyFileSync,
	createWriteStream,
	mkdtempSync,
	readFileSync,
	rmSync,
} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {cliPath, runCli, spawnTerminal, type TerminalSession} from './harness.js';
import {expectRestored, statusBar, wait} from './reader-screen.js';

const samplePath = new URL('../../samples/2018-08-27-WeChat.md', import.meta.url);
const sessions: TerminalSession[] = [];
const dirs: string[] = [];

afterEach(() => {
	for (const term of sessions.splice(0)) term.dispose();
	for (const dir of dirs.splice(0)) rmSync(dir, {recursive: true, force: true});
});

const message = (n: number) =>
	`> 23:${String(10 + Math.floor(n / 60)).padStart(2, '0')}:${String(n % 60).padStart(2, '0')}  writer  \n\nlive message ${String(n).padStart(3, '0')}\n\n`;

/** Appends messages from..to at 20 a second; resolves after the last write. */
function writer(file: string, from: number, to: number): Promise<void> {
	return new Promise((resolve) => {
		let n = from;
		const timer = setInterval(() => {
			appendFileSync(file, message(n));
			if (++n > to) {
				clearInterval(timer);
				resolve();
			}
		}, 50);
	});
}

/** The numbers of the live messages on screen, top to bottom. */
function shown(term: TerminalSession): number[] {
	return [...term.screen().matchAll(/live message (\d{3})/g)].map((m) => Number(m[1]));
}

/** The pane: the screen without the header, the timeline, the sidebar and the status bar. */
function pane(term: TerminalSession): string {
	return term
		.lines()
		.slice(2, -1)
		.map((line) => line.split('│')[0])
		.join('\n');
}

describe.sequential('following a live chat in a real terminal', {timeout: 60_000}, () => {
	it('follows 50 messages to the last, holds its place when scrolled up, and G catches up', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'chatreel-live-'));
		dirs.push(dir);
		const live = join(dir, 'live.md');
		copyFileSync(samplePath, live);
		const term = runCli(['-f', live], {cols: 100, rows: 30});
		sessions.push(term);
		// Opens at the end and says it follows.
		await term.waitFor(() => /message 441\/441 .*FOLLOW/.test(statusBar(term)), wait);

		const seen: number[][] = [];
		const watching = setInterval(() => seen.push(shown(term)), 20);
		await writer(live, 1, 50);
		await term.waitFor(() => statusBar(term).includes('message 491/491'), wait);
		await term.waitFor(() => shown(term).at(-1) === 50, wait);
		clearInterval(watching);
		// Each message once, in order, on every screen the terminal showed.
		for (const numbers of [...seen, shown(term)]) {
			numbers.forEach((n, i) => {
				if (i > 0) expect(n).toBe(numbers[i - 1]! + 1);
			});
		}
		expect(new Set(seen.flat()).size).toBeGreaterThan(20);
		expect(statusBar(term)).toContain('+50 new messages');

		// Scrolled up: the view stays put and counts the new ones.
		term.press('g');
		await term.waitFor(() => statusBar(term).includes('message 1/491'), wait);
		const before = pane(term);
		await writer(live, 51, 100);
		await term.waitFor(() => statusBar(term).includes('+50 new'), wait);
		await term.waitFor(() => /\b541 messages/.test(term.lines()[0] ?? ''), wait);
		expect(pane(term)).toBe(before);
		expect(statusBar(term)).toContain('message 1/541');

		// G catches up and follows again.
		term.press('G');
		await term.waitFor(() => statusBar(term).includes('message 541/541'), wait);
		expect(shown(term).at(-1)).toBe(100);
		expect(statusBar(term)).not.toContain('+50 new');
		appendFileSync(live, message(101));
		await term.waitFor(() => shown(term).at(-1) === 101, wait);

		// F stops following.
		term.press('F');
		await term.waitFor(() => !statusBar(term).includes('FOLLOW'), wait);
		term.press('q');
		expect(await term.exited).toEqual({exitCode: 0});
		expectRestored(term);
	});

	it('follows standard input while keys come from the terminal', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'chatreel-live-pipe-'));
		dirs.push(dir);
		const fifo = join(dir, 'bridge');
		execFileSync('mkfifo', [fifo]);
		const term = spawnTerminal(
			'sh',
			['-c', `exec "${process.execPath}" "${cliPath()}" -f - < "${fifo}"`],
			{cols: 100, rows: 30},
		);
		sessions.push(term);
		const bridge = createWriteStream(fifo);
		bridge.write(readFileSync(samplePath));
		await term.waitFor(() => /message 441\/441 .*FOLLOW/.test(statusBar(term)), wait);
		bridge.write(message(1));
		await term.waitFor(() => shown(term).at(-1) === 1, wait);
		expect(statusBar(term)).toContain('message 442/442');
		// Keys still work: up one message, then the next message only counts.
		term.press('k');
		await term.waitFor(() => statusBar(term).includes('message 441/442'), wait);
		bridge.write(message(2));
		await term.waitFor(() => statusBar(term).includes('+1 new'), wait);
		bridge.end();
		await term.waitFor(() => statusBar(term).includes('standard input ended'), wait);
		term.press('q');
		expect(await term.exited).toEqual({exitCode: 0});
	});
});
