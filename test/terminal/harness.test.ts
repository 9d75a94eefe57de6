import {afterEach, describe, expect, it} from 'vitest';
import {cliPath, spawnTerminal, type TerminalSession} from './harness.js';
import {keySequence} from './keys.js';

const fixture = new URL('../fixtures/echo-keys.mjs', import.meta.url).pathname;
const sessions: TerminalSession[] = [];

function echoKeys(args: string[] = [], options: Parameters<typeof spawnTerminal>[2] = {}) {
	const session = spawnTerminal(process.execPath, [fixture, ...args], options);
	sessions.push(session);
	return session;
}

afterEach(() => {
	for (const session of sessions.splice(0)) {
		session.dispose();
	}
});

describe('keySequence', () => {
	it('maps named keys, ctrl keys and application cursor mode', () => {
		expect(keySequence('up')).toBe('\x1b[A');
		expect(keySequence('up', true)).toBe('\x1bOA');
		expect(keySequence('pagedown')).toBe('\x1b[6~');
		expect(keySequence('ctrl-c')).toBe('\x03');
		expect(keySequence('ctrl-u')).toBe('\x15');
		expect(keySequence('enter')).toBe('\r');
		expect(keySequence('alt-x')).toBe('\x1bx');
		expect(keySequence('hello')).toBe('hello');
	});
});

describe('terminal harness', () => {
	it('renders the program, CJK wide chars and modes, and restores them on exit', async () => {
		const term = echoKeys([], {cols: 40, rows: 10});
		const screen = await term.waitFor('ready');
		expect(term.lines()).toHaveLength(10);
		// Four wide chars take eight cells: the bar sits in column 8 and nothing is doubled.
		expect(term.lines()[0]).toBe('你好世界|');
		expect(term.lines()[3]).toBe('ready');
		expect(screen).toContain('size 40x10');
		expect(screen).toContain('ci - term xterm-256color config set');
		expect(term.modes()).toMatchObject({alternateScreen: true, cursorHidden: true});
		expect(term.title()).toBe('echo-keys');
		expect(term.modes().titleSet).toBe(true);
		expect(term.modes().clipboardWritten).toBe(false);

		term.press('q');
		expect(await term.exited).toEqual({exitCode: 0});
		expect(term.modes()).toMatchObject({alternateScreen: false, cursorHidden: false});
		expect(term.output()).toContain('\x1b[?1049h');
		expect(term.output().endsWith('\x1b[?25h\x1b[?1049l')).toBe(true);
		expect(term.screen().trim()).toBe('');
	});

	it('delivers named keys and a fast 20-character burst', async () => {
		const term = echoKeys();
		await term.waitFor('ready');
		term.press('up');
		await term.waitFor('key "\\u001b[A"');
		term.press('ctrl-c');
		await term.waitFor('key "\\u0003"');
		term.write('abcdefghijklmnoprstu');
		const screen = await term.waitFor(/typed: \w{20}$/m);
		expect(screen).toContain('typed: abcdefghijklmnoprstu');
	});

	it('passes resizes to the program and the emulator', async () => {
		const term = echoKeys([], {cols: 80, rows: 24});
		await term.waitFor('ready');
		term.resize(100, 30);
		await term.waitFor('resized 100x30');
		expect(term.lines()).toHaveLength(30);
	});

	it('reports non-zero exit codes and signals', async () => {
		const failing = echoKeys(['--exit-code', '3']);
		await failing.waitFor('ready');
		failing.press('q');
		expect((await failing.exited).exitCode).toBe(3);

		const killed = echoKeys();
		await killed.waitFor('ready');
		killed.kill('SIGTERM');
		expect((await killed.exited).signal).toBe(15);
	});

	it('rejects with the current screen on timeout and fails fast on exit', async () => {
		const term = echoKeys();
		await term.waitFor('ready');
		await expect(term.waitFor('never shown', {timeout: 100})).rejects.toThrow(
			/timed out after 100 ms[\s\S]*--- screen ---\n你好世界\|\nsize/,
		);

		term.press('q');
		await expect(term.waitFor('never shown')).rejects.toThrow(/program exited/);
	});

	it('drops CI markers from the child env and honours overrides', async () => {
		const saved = process.env.CI;
		process.env.CI = 'true';
		try {
			const term = echoKeys([], {env: {TERM: 'dumb', CHATREEL_CONFIG_DIR: '/nonexistent'}});
			const screen = await term.waitFor('ready');
			expect(screen).toContain('ci - term dumb config set');
		} finally {
			if (saved === undefined) {
				delete process.env.CI;
			} else {
				process.env.CI = saved;
			}
		}
	});

	it('points cliPath at dist/cli.js of the repo', () => {
		expect(cliPath()).toMatch(/\/dist\/cli\.js$/);
		expect(cliPath().startsWith('/')).toBe(true);
	});
});
