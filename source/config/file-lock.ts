// A lock between chatreel processes: a directory next to the config file (mkdir is atomic).
// Saving is synchronous and short, so waiting is a short synchronous sleep. A lock older
// than `staleMs` is left over from a crashed process and is broken; after `timeoutMs` the
// save goes ahead anyway (the write itself is atomic, so the worst case is a lost update).

import fs from 'node:fs';

export type LockOptions = {timeoutMs?: number; staleMs?: number};

const pause = new Int32Array(new SharedArrayBuffer(4));

function sleep(ms: number): void {
	Atomics.wait(pause, 0, 0, ms);
}

function errorCode(error: unknown): string | undefined {
	return typeof error === 'object' && error !== null && 'code' in error
		? String(error.code)
		: undefined;
}

function acquire(lockPath: string, {timeoutMs = 2000, staleMs = 10_000}: LockOptions): boolean {
	const deadline = Date.now() + timeoutMs;
	for (let attempt = 0; ; attempt++) {
		try {
			fs.mkdirSync(lockPath);
			return true;
		} catch (error) {
			if (errorCode(error) !== 'EEXIST') return false;
		}
		try {
			const age = Date.now() - fs.statSync(lockPath).mtimeMs;
			if (age > staleMs) {
				fs.rmSync(lockPath, {recursive: true, force: true});
				continue;
			}
		} catch {
			continue; // Released between mkdir and stat.
		}
		if (Date.now() >= deadline) return false;
		sleep(Math.min(2 + attempt * 2, 25));
	}
}

/** Runs `fn` holding the lock when it can be had; never throws for lock problems. */
export function withLock<T>(lockPath: string, fn: () => T, options: LockOptions = {}): T {
	const held = acquire(lockPath, options);
	try {
		return fn();
	} finally {
		if (held) {
			try {
				fs.rmdirSync(lockPath);
			} catch {
				// Broken as stale by another process: nothing to release.
			}
		}
	}
}

export {errorCode};
