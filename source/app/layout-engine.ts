// Ink lays out with yoga, a WebAssembly module. Unbundled, yoga's module waits for it with a
// top-level await; the CommonJS bundle cannot, so it starts loading it and leaves the
// promise here (build.mjs): the reader awaits it before its first frame.
export async function layoutEngineReady(): Promise<void> {
	await (globalThis as Record<symbol, Promise<void> | undefined>)[
		Symbol.for('chatreel.layout-engine')
	];
}
