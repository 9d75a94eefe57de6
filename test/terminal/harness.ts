/**
 * Real-terminal test harness: runs a program under a pseudo-terminal (node-pty) and reads the
 * screen through a headless xterm, exactly as a user would see it.
 *
 *   const term = runCli(['samples/2018-08-27-WeChat.md']);   // needs `npm run build` first
 *   await term.waitFor('Eric-Silot-SG');
 *   term.press('down', 'enter');
 *   await term.waitFor(/19:27:56/);
 *   term.press('q');
 *   expect((await term.exited).exitCode).toBe(0);
 *   expect(term.modes().alternateScreen).toBe(false);
 *   term.dispose();                                           // in afterEach
 *
 * The child env drops CI markers (Ink renders nothing until exit when it thinks it runs in CI)
 * and vitest's injected variables, sets TERM=xterm-256color and LANG=C.UTF-8, and points
 * CHATREEL_CONFIG_DIR at a fresh temp dir (removed by dispose) so no test touches a real home.
 * `options.env` overrides all of that; a key set to '' is still passed as ''.
 *
 * Screen reads happen only after xterm has parsed every byte received so far; waitFor polls
 * every 20 ms (no fixed sleeps) and fails fast if the program exits without a match.
 * Replies the terminal itself generates (e.g. cursor-position reports) go back to the program.
 */
import {existsSync, mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import xterm from '@xterm/headless';
import * as pty from 'node-pty';
import {childEnv} from './child-env.js';
import {keySequence} from './keys.js';
import {describeMatch, matches, type ScreenMatch} from './screen-match.js';

export type {ScreenMatch} from './screen-match.js';

export type ExitInfo = {exitCode: number; signal?: number};

export type TerminalModes = {
	/** `buffer.active.type === 'alternate'` (DECSET 1049/47/1047). */
	alternateScreen: boolean;
	/** DECTCEM: last `CSI ?25 l` / `CSI ?25 h` (or RIS) seen by the parser. */
	cursorHidden: boolean;
	applicationCursorKeysMode: boolean;
	applicationKeypadMode: boolean;
	bracketedPasteMode: boolean;
	insertMode: boolean;
	mouseTrackingMode: 'none' | 'x10' | 'vt200' | 'drag' | 'any';
	originMode: boolean;
	reverseWraparoundMode: boolean;
	sendFocusMode: boolean;
	synchronizedOutputMode: boolean;
	wraparoundMode: boolean;
	/** Some OSC 52 (clipboard) sequence appeared in the raw output. */
	clipboardWritten: boolean;
	/** Some OSC 0/1/2 (title) sequence appeared in the raw output. */
	titleSet: boolean;
};

export type TerminalSession = {
	/** Raw bytes/keys into the pty, in one write. */
	write(data: string): void;
	/** Named keys (see keys.ts) or literal text, one pty write per key. */
	press(...keys: string[]): void;
	/** Visible screen, lines joined by \n, trailing spaces trimmed per line. */
	screen(): string;
	lines(): string[];
	/** Resolves with the screen once it matches; rejects with the screen on timeout or exit. */
	waitFor(match: ScreenMatch, options?: {timeout?: number}): Promise<string>;
	resize(cols: number, rows: number): void;
	/** Resolves after the program exited and all its output was parsed. */
	exited: Promise<ExitInfo>;
	kill(signal?: string): void;
	/** Every raw byte the program wrote. */
	output(): string;
	modes(): TerminalModes;
	/** Last window title set by OSC 0/2, if any. */
	title(): string | undefined;
	dispose(): void;
};

export type SpawnOptions = {
	cols?: number;
	rows?: number;
	env?: Record<string, string>;
	cwd?: string;
};

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const defaultTimeout = 10_000;
const pollInterval = 20;
export function spawnTerminal(
	command: string,
	args: string[],
	options: SpawnOptions = {},
): TerminalSession {
	const cols = options.cols ?? 80;
	const rows = options.rows ?? 24;
	const ownConfigDir =
		options.env?.CHATREEL_CONFIG_DIR === undefined
			? mkdtempSync(join(tmpdir(), 'chatreel-term-'))
			: undefined;
	const env = childEnv(ownConfigDir ?? '', options.env);

	const terminal = new xterm.Terminal({cols, rows, allowProposedApi: true, scrollback: 1000});
	let raw = '';
	let received = 0;
	let parsed = 0;
	let cursorHidden = false;
	let lastTitle: string | undefined;
	let exitInfo: ExitInfo | undefined;
	let disposed = false;

	const setCursor = (params: (number | number[])[], hidden: boolean) => {
		if (params.includes(25)) {
			cursorHidden = hidden;
		}

		return false; // let xterm handle the rest of the sequence as usual
	};

	terminal.parser.registerCsiHandler({prefix: '?', final: 'l'}, (p) => setCursor(p, true));
	terminal.parser.registerCsiHandler({prefix: '?', final: 'h'}, (p) => setCursor(p, false));
	terminal.parser.registerEscHandler({final: 'c'}, () => {
		cursorHidden = false;
		return false;
	});
	terminal.onTitleChange((title) => {
		lastTitle = title;
	});

	const child = pty.spawn(command, args, {
		name: env.TERM, // node-pty overwrites env.TERM with this
		cols,
		rows,
		cwd: options.cwd ?? repoRoot,
		env,
	});

	terminal.onData((reply) => {
		if (!exitInfo && !disposed) {
			child.write(reply);
		}
	});

	child.onData((data) => {
		raw += data;
		received++;
		terminal.write(data, () => {
			parsed++;
		});
	});

	const exited = new Promise<ExitInfo>((resolve) => {
		child.onExit(({exitCode, signal}) => {
			const info: ExitInfo = signal ? {exitCode, signal} : {exitCode};
			// Flush: xterm parses writes in order, so this callback runs after all earlier data.
			terminal.write('', () => {
				exitInfo = info;
				resolve(info);
			});
		});
	});

	const lines = (): string[] => {
		const buffer = terminal.buffer.active;
		const result: string[] = [];
		for (let row = 0; row < terminal.rows; row++) {
			result.push(buffer.getLine(buffer.viewportY + row)?.translateToString(true) ?? '');
		}

		return result;
	};

	const screen = () => lines().join('\n');

	const waitFor = (match: ScreenMatch, waitOptions: {timeout?: number} = {}) => {
		const timeout = waitOptions.timeout ?? defaultTimeout;
		const started = Date.now();
		return new Promise<string>((resolve, reject) => {
			const check = () => {
				const idle = parsed === received;
				if (idle && matches(match, screen())) {
					clearInterval(timer);
					resolve(screen());
					return;
				}

				const why = disposed
					? 'session was disposed'
					: exitInfo && idle
						? `program exited (${JSON.stringify(exitInfo)})`
						: Date.now() - started >= timeout
							? `timed out after ${timeout} ms`
							: undefined;
				if (why !== undefined) {
					clearInterval(timer);
					const tail = JSON.stringify(raw.slice(-400));
					reject(
						new Error(
							`waitFor ${describeMatch(match)}: ${why}.\n--- screen ---\n${screen()}\n--- end screen ---\nlast raw output: ${tail}`,
						),
					);
				}
			};

			const timer = setInterval(check, pollInterval);
			check();
		});
	};

	const write = (data: string) => {
		if (!exitInfo && !disposed) {
			child.write(data);
		}
	};

	return {
		write,
		press(...keys) {
			for (const key of keys) {
				write(keySequence(key, terminal.modes.applicationCursorKeysMode));
			}
		},
		screen,
		lines,
		waitFor,
		resize(newCols, newRows) {
			terminal.resize(newCols, newRows);
			if (!exitInfo && !disposed) {
				child.resize(newCols, newRows);
			}
		},
		exited,
		kill(signal) {
			if (!exitInfo) {
				child.kill(signal);
			}
		},
		output: () => raw,
		modes: () => ({
			alternateScreen: terminal.buffer.active.type === 'alternate',
			cursorHidden,
			...terminal.modes,
			clipboardWritten: raw.includes('\x1b]52;'),
			titleSet: /\x1b\][012];/.test(raw),
		}),
		title: () => lastTitle,
		dispose() {
			if (disposed) {
				return;
			}

			disposed = true;
			if (!exitInfo) {
				try {
					child.kill('SIGKILL');
				} catch {
					// already gone
				}
			}

			// Disposing the terminal only after exit keeps late data from hitting a dead parser.
			void exited.finally(() => terminal.dispose());
			if (ownConfigDir) {
				rmSync(ownConfigDir, {recursive: true, force: true});
			}
		},
	};
}

/** Absolute path of the built CLI (dist/cli.js) of this repo. */
export function cliPath(): string {
	return join(repoRoot, 'dist', 'cli.js');
}

/** Runs the built CLI under a pty; throws a clear error when `npm run build` was not run. */
export function runCli(args: string[], options?: SpawnOptions): TerminalSession {
	const path = cliPath();
	if (!existsSync(path)) {
		throw new Error(`${path} does not exist: run \`npm run build\` before the terminal tests`);
	}

	return spawnTerminal(process.execPath, [path, ...args], options);
}
