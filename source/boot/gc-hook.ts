// Between the loader and the program: the program says when the garbage of its big builds
// (the open, the search index) is left behind, and the loader collects it (see heap.ts).
const key = Symbol.for('chatreel.collect-garbage');

/** Sets what collectGarbage calls. */
export function onCollectGarbage(fn: () => void): void {
	(globalThis as Record<symbol, unknown>)[key] = fn;
}

/** A no-op when nothing listens (unbundled, tests, --print). */
export function collectGarbage(): void {
	const hook = (globalThis as Record<symbol, unknown>)[key];
	if (typeof hook === 'function') hook();
}
