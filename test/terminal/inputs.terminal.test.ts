// The reader on a piped transcript (stdin a pipe, stdout and /dev/tty the terminal), and
// on a folder that holds a file that is not a day.
// `sh -c 'cat FILE | chatreel'` under a pty is what a user's shell does.
import {copyFileSync, existsSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {basename, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {afterAll, afterEach, describe, expect, it} from 'vitest';
import {spawnTerminal, type TerminalSession} from './harness.js';
import {expectRestored, statusBar, wait} from './reader-screen.js';

const cli = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
const devarch = fileURLToPath(
	new URL('../../samples/devarch-2018-05-03-chat.markdown', import.meta.url),
);
const sessions: TerminalSession[] = [];
const made: string[] = [];
afterAll(() => {
	for (const dir of made) rmSync(dir, {recursive: true, force: true});
});
afterEach(() => {
	for (const term of sessions.splice(0)) term.dispose();
});

function shell(command: string): TerminalSession {
	if (!existsSync(cli)) throw new Error(`${cli} is missing: run \`node build.mjs\` first`);
	const quoted = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
	const term = spawnTerminal(
		'/bin/sh',
		['-c', command.replaceAll('CLI', `${quoted(process.execPath)} ${quoted(cli)}`)],
		{
			cols: 100,
			rows: 30,
		},
	);
	sessions.push(term);
	return term;
}

describe('a transcript piped into the reader', () => {
	it('opens the piped day, not the sample, and takes keys from the terminal', async () => {
		const term = shell(`cat '${devarch}' | CLI`);
		await term.waitFor(/2018-05-03.*157 messages/, wait);
		expect(term.screen()).not.toContain('441 messages');
		// A frame can arrive in pieces: the status bar (its last row) comes last.
		await term.waitFor(
			(screen) => (screen.split('\n').at(-1) ?? '').includes('message 1/157'),
			wait,
		);
		term.press('G');
		await term.waitFor(
			(screen) => (screen.split('\n').at(-1) ?? '').includes('message 157/157'),
			wait,
		);
		term.press('q');
		expect((await term.exited).exitCode).toBe(0);
		expectRestored(term);
	});

	it('- reads the pipe too', async () => {
		const term = shell(`cat '${devarch}' | CLI -`);
		await term.waitFor('message 1/157', wait);
		term.press('q');
		expect((await term.exited).exitCode).toBe(0);
	});

	it('garbage on the pipe exits 1 with one line, and no reader', async () => {
		const term = shell('echo garbage | CLI; echo "status=$?"');
		await term.waitFor('status=1', wait);
		expect(term.screen()).toContain('chatreel: <stdin>: no chat messages found; not a transcript');
		expect(term.output()).not.toContain('\u001b[?1049h');
	});
});

describe('a folder holding a README', () => {
	it('opens the days and says in the reader which file it skipped', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'chatreel-folder-'));
		made.push(dir);
		copyFileSync(devarch, join(dir, basename(devarch)));
		writeFileSync(join(dir, 'README.md'), '# archive\n');
		const term = shell(`CLI '${dir}'`);
		await term.waitFor('message 1/157', wait);
		expect(statusBar(term)).toContain('skipped a file that is not a dated transcript: README.md');
		term.press('q');
		expect((await term.exited).exitCode).toBe(0);
	});
});
