// Between the loader (dist/cli.js) and the program it runs: the program says when its
// start-up is over, and the loader writes its code cache then (see code-cache.ts).
const key = Symbol.for('chatreel.startup-done');

/** Sets what startupDone calls. */
export function onStartupDone(fn: () => void): void {
	(globalThis as Record<symbol, unknown>)[key] = fn;
}

/** The first screen is out; a no-op when nothing listens (unbundled, tests). */
export function startupDone(): void {
	const hook = (globalThis as Record<symbol, unknown>)[key];
	if (typeof hook === 'function') hook();
}
