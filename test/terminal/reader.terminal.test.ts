// The reader in a real terminal (pty + xterm), driving the built CLI: typing, jumping, the
// sidebar filter, folds, resizes and every way out restoring the terminal.
import stringWidth from 'string-width';
import {afterEach, describe, expect, it} from 'vitest';
import {runCli, type TerminalSession} from './harness.js';
import {expectRestored, headerTime, statusBar, wait} from './reader-screen.js';

const cols = 100;
const rows = 30;
const sessions: TerminalSession[] = [];
/** The three messages that mention Spring Cloud. */
const springCloudTimes = ['19:31:18', '19:33:08', '19:33:50'];

async function openReader(): Promise<TerminalSession> {
	const term = runCli([], {cols, rows});
	sessions.push(term);
	await term.waitFor('message 1/441', wait);
	return term;
}

/** Pane rows that are a message or a fold (they start with a time). */
function timedRows(screen: string): string[] {
	return screen.split('\n').filter((line) => /^\d\d:\d\d:\d\d /.test(line));
}

/** Single 签到 messages shown one per row (an unfolded flood). */
function singleSignIns(screen: string): string[] {
	return timedRows(screen).filter((line) => /│ 签到 +│/.test(line));
}

/** The body of the message at `time`, read back from its wrapped rows in the pane. */
function paneText(screen: string, time: string): string {
	const lines = screen.split('\n');
	const start = lines.findIndex((line) => line.startsWith(`${time} `));
	if (start === -1) return '';
	const parts: string[] = [];
	for (let i = start; i < lines.length; i++) {
		const line = lines[i] ?? '';
		// The message under the cursor has a bar (▌) in place of the border.
		if (i > start && !/^ +[│▌]/.test(line)) break;
		parts.push(line.split(/[│▌]/)[1]?.trim() ?? '');
	}
	return parts.join('');
}

afterEach(() => {
	for (const term of sessions.splice(0)) term.dispose();
});

describe.sequential('reader in a terminal', {timeout: 40_000}, () => {
	it('takes a 20-character query typed in one burst, then jumps to hits and walks them with n', async () => {
		const term = await openReader();
		const query = 'springcloud微服务框架的选择1';
		expect([...query]).toHaveLength(20);
		term.write(`/${query}`);
		const screen = await term.waitFor(/^\/.*\d+ hits?$/m, wait);
		const inputLine = screen.split('\n').find((line) => line.startsWith('/'));
		expect(inputLine).toMatch(new RegExp(`^/${query} {2,}\\d+ hits?$`));
		expect(statusBar(term)).toContain('SEARCH');

		term.press('escape');
		await term.waitFor((s) => /^ READING /m.test(s) && !/^\//m.test(s), wait);
		expect(statusBar(term)).toContain('message 1/441');

		term.write('/spring cloud');
		await term.waitFor(/^\/spring cloud +3 hits$/m, wait);
		term.press('enter');
		await term.waitFor((s) => /^ READING /m.test(s) && !s.includes('message 1/441'), wait);
		const first = headerTime(term);
		expect(springCloudTimes).toContain(first);
		expect(term.screen()).toContain('Spring Cloud');

		term.press('n');
		await term.waitFor(/\/spring cloud 2\/3/, wait);
		const second = headerTime(term);
		expect(springCloudTimes).toContain(second);
		expect(second).not.toBe(first);
		expect(term.screen()).toContain('Spring Cloud');
	});

	it('lands on a Spring Cloud message when Enter comes in the same burst as the query', async () => {
		const term = await openReader();
		term.write('/spring cloud\r');
		// Back in the reader after Enter: either moved off message 1 or told why not.
		const screen = await term.waitFor(
			(s) => /^ READING /m.test(s) && (s.includes('no hits') || !s.includes('message 1/441')),
			wait,
		);
		expect(statusBar(term)).not.toContain('no hits');
		expect(springCloudTimes).toContain(headerTime(term));
		expect(screen).toContain('Spring Cloud');
	});

	it('filters to one speaker from the sidebar', async () => {
		const term = await openReader();
		expect(term.screen()).toContain('Speakers (151)');
		// The sidebar is shown at start; s moves the focus into it.
		term.press('s');
		await term.waitFor(/^ SPEAKER SIDEBAR /m, wait);
		expect(term.screen()).toMatch(/^.*│ .77 Eric-Silot-SG$/m);

		term.press('enter');
		const screen = await term.waitFor('only: Eric-Silot-SG', wait);
		expect(term.lines()[0]).toContain('only: Eric-Silot-SG');
		const rowsWithTime = timedRows(screen);
		expect(rowsWithTime.length).toBeGreaterThan(5);
		for (const row of rowsWithTime) expect(row).toMatch(/^\d\d:\d\d:\d\d Eric-Silot-SG /);
	});

	it('unfolds and folds the sign-in flood with Enter on its row, and all floods with c', async () => {
		const term = await openReader();
		term.write(':18:33\r');
		await term.waitFor('18:33:32 ▸ 签到 ×80', wait);
		expect(headerTime(term)).toBe('18:33:28');
		term.press('j');
		await term.waitFor(() => headerTime(term) === '18:33:32', wait);

		term.press('enter');
		let screen = await term.waitFor((s) => singleSignIns(s).length > 5, wait);
		expect(screen).not.toContain('▸ 签到 ×80');
		// The row the reader pressed Enter on stays in view, now marked as unfolded.
		expect.soft(screen).toContain('18:33:32 ▾ 签到 ×80');

		term.press('enter');
		screen = await term.waitFor('18:33:32 ▸ 签到 ×80', wait);
		expect(singleSignIns(screen)).toEqual([]);

		term.press('c');
		screen = await term.waitFor((s) => singleSignIns(s).length > 5, wait);
		expect(screen).not.toContain('▸ 签到 ×80');
		expect.soft(screen).toContain('18:33:32 ▾ 签到 ×80');

		term.press('c');
		screen = await term.waitFor('18:33:32 ▸ 签到 ×80', wait);
		expect(singleSignIns(screen)).toEqual([]);
	});

	it('jumps to a time, reflows on resize to 60x20 and back, and quits with q', async () => {
		const term = await openReader();
		term.write(':19:30');
		await term.waitFor(/^:19:30/m, wait);
		term.press('enter');
		// A few lines down the pane (which starts on row 2), below what came before it.
		const jumped = await term.waitFor((s) => /^19:30:08 Eric-Silot-SG /m.test(s), wait);
		const row = jumped.split('\n').findIndex((line) => line.startsWith('19:30:08 Eric'));
		expect(row).toBeGreaterThanOrEqual(2 + 2);
		expect(row).toBeLessThanOrEqual(2 + Math.floor((rows - 3) / 4));
		expect(headerTime(term)).toBe('19:30:08');
		expect(statusBar(term)).toContain('message 317/441');

		const laidOut = (width: number, height: number) => (screen: string) => {
			const lines = screen.split('\n');
			return (
				lines.length === height &&
				lines[0]?.startsWith(' 2018-08-27-WeChat') === true &&
				/^ READING {2}message 317\/441/.test(lines[height - 1] ?? '') &&
				lines.every((line) => stringWidth(line) <= width)
			);
		};
		// Rewrapped for the pane's width, not the old rows cut off at the new edge.
		const opening = '再次强行拉回来，正好也进入到我想分享的第二点，银行数字化的进程：';

		term.resize(60, 20);
		await term.waitFor(laidOut(60, 20), wait);
		expect(timedRows(term.screen()).some((line) => line.startsWith('19:30:08 '))).toBe(true);
		expect(paneText(term.screen(), '19:30:08')).toBe(opening);

		term.resize(cols, rows);
		await term.waitFor(
			(s) => laidOut(cols, rows)(s) && s.split('\n')[0]?.trimEnd().endsWith('19:30:08') === true,
			wait,
		);
		expect(statusBar(term)).toContain('q:quit');
		expect(timedRows(term.screen()).some((line) => /^19:30:08 Eric-Silot-SG /.test(line))).toBe(
			true,
		);
		expect(paneText(term.screen(), '19:30:08')).toBe(opening);

		expect(term.modes()).toMatchObject({alternateScreen: true, cursorHidden: true});
		term.press('q');
		expect(await term.exited).toEqual({exitCode: 0});
		expectRestored(term);
	});

	it('quits with Ctrl-C and restores the terminal', async () => {
		const term = await openReader();
		term.press('j');
		await term.waitFor('message 2/441', wait);
		term.press('ctrl-c');
		expect(await term.exited).toEqual({exitCode: 0});
		expectRestored(term);
	});

	it('restores the terminal on a Ctrl-C sent as soon as the alternate screen is entered', async () => {
		const term = runCli([], {cols, rows});
		sessions.push(term);
		await new Promise<void>((resolve, reject) => {
			const started = Date.now();
			const timer = setInterval(() => {
				const entered = term.output().includes('\x1b[?1049h');
				if (entered || Date.now() - started > wait.timeout) {
					clearInterval(timer);
					if (entered) resolve();
					else reject(new Error(`never entered the alternate screen: ${term.output()}`));
				}
			}, 1);
		});
		term.press('ctrl-c');
		await term.exited;
		expectRestored(term);
	});

	it('restores the terminal on SIGTERM', async () => {
		const term = await openReader();
		term.kill('SIGTERM');
		expect(await term.exited).toEqual({exitCode: 143});
		expectRestored(term);
	});
});
