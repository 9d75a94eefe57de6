// The presentation (talk replay) in a real terminal, driving the built CLI: it plays to the
// end, hands the cursor back to the reader at the last message, and restores the terminal.
import {afterEach, describe, expect, it} from 'vitest';
import {runCli, type TerminalSession} from './harness.js';
import {expectRestored, headerTime, statusBar, wait} from './reader-screen.js';

const cols = 100;
const rows = 30;
const sessions: TerminalSession[] = [];

function open(args: string[]): TerminalSession {
	const term = runCli(args, {cols, rows});
	sessions.push(term);
	return term;
}

afterEach(() => {
	for (const term of sessions.splice(0)) term.dispose();
});

describe.sequential('presentation in a terminal', {timeout: 40_000}, () => {
	it('plays the talk at 64x to 47/47, then Esc returns to the reader at 19:35:22', async () => {
		const term = open(['--present', '--speed', '64']);
		let screen = await term.waitFor(/\b\d+\/47\b/, wait);
		expect(screen).toContain('Eric-Silot-SG · 19:27:56–19:35:22');
		expect(screen).toMatch(/\b64x\b/);
		expect(term.modes()).toMatchObject({alternateScreen: true, cursorHidden: true});

		// 47 messages over 7.5 minutes, with pauses capped at 2 s: a few seconds at 64x.
		screen = await term.waitFor(/\b47\/47\b/, wait);
		expect(screen).toContain('19:35:22  Eric-Silot-SG');
		expect(screen).toContain('顺便打个广告，silot还在招人');

		// Started with --present, Esc goes to the reader (q would end chatreel, see below).
		term.press('escape');
		await term.waitFor(/^ READING /m, wait);
		expect(statusBar(term)).toMatch(/^ READING {2}message 348\/441 /);
		expect(headerTime(term)).toBe('19:35:22');
		// The message under the cursor has the cursor's bar (▌) in place of the border.
		expect(term.screen()).toMatch(/^19:35:22 Eric-Silot-SG +▌ 顺便打个广告/m);

		term.press('q');
		expect(await term.exited).toEqual({exitCode: 0});
		expectRestored(term);
	});

	it('opens from the reader with p and goes back with q', async () => {
		const term = open([]);
		await term.waitFor('message 1/441', wait);
		term.press('p');
		const screen = await term.waitFor(/\b\d+\/47\b/, wait);
		expect(screen).toContain('talk 1/1');
		expect(screen).not.toMatch(/^ READING /m);

		term.press('q');
		await term.waitFor(/^ READING /m, wait);
		// Back in the reader on a message of the talk.
		const time = headerTime(term) ?? '';
		expect(time >= '19:27:56' && time <= '19:35:22').toBe(true);
		expect(term.screen()).toMatch(new RegExp(`^${time} Eric-Silot-SG `, 'm'));

		term.press('q');
		expect(await term.exited).toEqual({exitCode: 0});
		expectRestored(term);
	});

	it('with --present, q ends chatreel; the hint at the bottom names the keys', async () => {
		const term = open(['--present', '--speed', '0.25']);
		const screen = await term.waitFor(/\b\d+\/47\b/, wait);
		expect(screen).toMatch(/q:close Esc:reader \?:help/);
		term.press('?');
		await term.waitFor(/^Presentation$/m, wait);
		term.press('escape');
		await term.waitFor(/\b\d+\/47\b/, wait);
		term.press('q');
		expect(await term.exited).toEqual({exitCode: 0});
		expectRestored(term);
	});
});
