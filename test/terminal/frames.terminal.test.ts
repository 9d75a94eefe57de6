// What a key writes to a real terminal (pty + xterm): the rows it changed, not the screen.
import {afterEach, describe, expect, it} from 'vitest';
import {runCli, type TerminalSession} from './harness.js';
import {headerTime, statusBar, wait} from './reader-screen.js';

const sessions: TerminalSession[] = [];
afterEach(() => {
	for (const term of sessions.splice(0)) term.dispose();
});

/** Bytes the reader writes for `key`, once the status bar has moved on. */
async function bytesFor(term: TerminalSession, key: string): Promise<number> {
	const status = statusBar(term);
	const before = term.output().length;
	term.press(key);
	await term.waitFor(() => statusBar(term) !== status, wait);
	return term.output().length - before;
}

describe('frames in a real terminal at 120x35', () => {
	it('j inside the screen writes its few changed rows; a page writes the screen', async () => {
		const term = runCli([], {cols: 120, rows: 35});
		sessions.push(term);
		await term.waitFor('message 1/441', wait);
		// A whole screen is at least one byte a cell; what else happens on the way (the index
		// built, the first key) does not matter.
		const screen = 120 * 35;
		await bytesFor(term, 'j');
		const move = await bytesFor(term, 'j');
		// The cursor's old and new rows, the header's time, the status bar: not the screen.
		expect(move).toBeLessThan(screen / 2);
		expect(statusBar(term)).toContain('message 3/441');
		expect(headerTime(term)).toBe('08:49:51');
		expect(term.lines()[0]).toContain('441 messages · 151 speakers');
		expect(term.screen()).toContain('Speakers (151)');
		const page = await bytesFor(term, 'space');
		expect(page).toBeGreaterThan(screen / 2);
		term.press('q');
		expect(await term.exited).toEqual({exitCode: 0});
	});
});
