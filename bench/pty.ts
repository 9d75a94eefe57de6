// The end-to-end benches' terminal: a program under node-pty, its output parsed by a headless
// xterm. Stands on its own (the tests have their own harness in test/terminal/).
//
// Times are taken when the bytes arrive (the pty's onData callback), not when the screen is
// read: each chunk is stamped on arrival, and once xterm has parsed it every waiter checks the
// screen and, on a match, resolves with that chunk's arrival time.
import {mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import process from 'node:process';
import xterm from '@xterm/headless';
import * as pty from 'node-pty';

export type Screen = {text: string; lines: string[]};
export type Predicate = (screen: Screen) => boolean;

export type Session = {
	pid: number;
	/** performance.now() when the child was spawned. */
	spawnedAt: number;
	write(data: string): void;
	screen(): Screen;
	/**
	 * Resolves with the arrival time (performance.now()) of the chunk after which the screen
	 * first matched, or undefined on timeout or exit. With `since`, only chunks that arrived
	 * after that time count; without it the current screen is checked first.
	 */
	waitFor(predicate: Predicate, timeoutMs: number, since?: number): Promise<number | undefined>;
	/** Resolves once no byte has arrived for `quietMs` (or after `maxMs`). */
	settle(quietMs: number, maxMs: number): Promise<void>;
	/** Arrival time of the latest chunk. */
	lastDataAt(): number;
	exited(): boolean;
	/** Sends q, waits up to `graceMs` for the exit, then SIGKILL; removes the config dir. */
	close(graceMs?: number): Promise<void>;
};

export type SpawnOptions = {cols: number; rows: number; cwd?: string; env?: Record<string, string>};

const dropped = /^(CI|CONTINUOUS_INTEGRATION|CI_.*|FORCE_COLOR|NO_COLOR|COLUMNS|LINES|NODE_ENV)$/;

/** Everyone spawned and not yet reaped, so an exit or a crash of the bench kills them. */
const live = new Set<pty.IPty>();

function killAll(): void {
	for (const child of live) {
		try {
			child.kill('SIGKILL');
		} catch {
			// gone already
		}
	}
	live.clear();
}
process.on('exit', killAll);
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
	process.on(signal, () => {
		killAll();
		process.exit(130);
	});
}

export function spawnSession(command: string, args: string[], options: SpawnOptions): Session {
	const configDir = mkdtempSync(join(tmpdir(), 'chatreel-bench-config-'));
	const env: Record<string, string> = {};
	for (const [key, value] of Object.entries(process.env)) {
		if (value !== undefined && !dropped.test(key)) env[key] = value;
	}
	Object.assign(env, {
		TERM: 'xterm-256color',
		LANG: 'C.UTF-8',
		LC_ALL: 'C.UTF-8',
		CHATREEL_CONFIG_DIR: configDir,
		...options.env,
	});
	const terminal = new xterm.Terminal({
		cols: options.cols,
		rows: options.rows,
		allowProposedApi: true,
		scrollback: 0,
		logLevel: 'off', // a parse hiccup is not the bench's business
	});
	const spawnedAt = performance.now();
	const child = pty.spawn(command, args, {
		name: 'xterm-256color',
		cols: options.cols,
		rows: options.rows,
		cwd: options.cwd ?? process.cwd(),
		env,
	});
	live.add(child);
	let lastData = spawnedAt;
	let hasExited = false;
	type Waiter = {predicate: Predicate; since: number; resolve: (at: number | undefined) => void};
	const waiters = new Set<Waiter>();

	const screen = (): Screen => {
		const buffer = terminal.buffer.active;
		const lines: string[] = [];
		for (let row = 0; row < terminal.rows; row++) {
			lines.push(buffer.getLine(buffer.viewportY + row)?.translateToString(true) ?? '');
		}
		return {text: lines.join('\n'), lines};
	};

	const check = (arrivedAt: number) => {
		if (waiters.size === 0) return;
		const now = screen();
		for (const waiter of waiters) {
			if (arrivedAt > waiter.since && waiter.predicate(now)) {
				waiters.delete(waiter);
				waiter.resolve(arrivedAt);
			}
		}
	};

	terminal.onData((reply) => {
		if (!hasExited) child.write(reply); // cursor-position reports and the like
	});
	child.onData((data) => {
		const arrivedAt = performance.now();
		lastData = arrivedAt;
		terminal.write(data, () => check(arrivedAt));
	});
	const exitPromise = new Promise<void>((resolve) => {
		child.onExit(() => {
			hasExited = true;
			live.delete(child);
			for (const waiter of waiters) waiter.resolve(undefined);
			waiters.clear();
			resolve();
		});
	});

	return {
		pid: child.pid,
		spawnedAt,
		write(data) {
			if (!hasExited) child.write(data);
		},
		screen,
		waitFor(predicate, timeoutMs, since) {
			if (since === undefined && predicate(screen())) return Promise.resolve(lastData);
			if (hasExited) return Promise.resolve(undefined);
			return new Promise((resolve) => {
				const waiter: Waiter = {
					predicate,
					since: since ?? Number.NEGATIVE_INFINITY,
					resolve: (at) => {
						clearTimeout(timer);
						resolve(at);
					},
				};
				const timer = setTimeout(() => {
					waiters.delete(waiter);
					resolve(undefined);
				}, timeoutMs);
				waiters.add(waiter);
			});
		},
		async settle(quietMs, maxMs) {
			const start = performance.now();
			while (!hasExited && performance.now() - start < maxMs) {
				const idle = performance.now() - lastData;
				if (idle >= quietMs) return;
				await sleep(Math.max(5, quietMs - idle));
			}
		},
		lastDataAt: () => lastData,
		exited: () => hasExited,
		async close(graceMs = 2000) {
			if (!hasExited) {
				child.write('\x1b'); // leave any input line or overlay
				await sleep(60);
				child.write('q');
				await Promise.race([exitPromise, sleep(graceMs)]);
			}
			if (!hasExited) {
				try {
					child.kill('SIGKILL');
				} catch {
					// gone already
				}
				await Promise.race([exitPromise, sleep(2000)]);
			}
			live.delete(child);
			terminal.dispose();
			rmSync(configDir, {recursive: true, force: true});
		},
	};
}

export function sleep(ms: number): Promise<void> {
	return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Resident memory of a process in bytes (VmRSS of /proc/PID/status), undefined if gone. */
export function rssOf(pid: number): number | undefined {
	try {
		const status = readFileSync(`/proc/${pid}/status`, 'utf8');
		const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(status);
		return match ? Number(match[1]) * 1024 : undefined;
	} catch {
		return undefined;
	}
}
