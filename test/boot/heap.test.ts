import {afterEach, describe, expect, it} from 'vitest';
import {collectGarbage, onCollectGarbage} from '../../source/boot/gc-hook.js';
import {exposedGc} from '../../source/boot/heap.js';

const key = Symbol.for('chatreel.collect-garbage');
afterEach(() => {
	delete (globalThis as Record<symbol, unknown>)[key];
});

describe('the garbage collection hook', () => {
	it('does nothing when the loader set no hook', () => {
		expect(() => collectGarbage()).not.toThrow();
	});

	it('calls what the loader set', () => {
		let calls = 0;
		onCollectGarbage(() => calls++);
		collectGarbage();
		expect(calls).toBe(1);
	});

	it('reaches V8 gc() without --expose-gc on the command line', () => {
		const gc = exposedGc();
		expect(typeof gc).toBe('function');
		expect(() => gc?.()).not.toThrow();
		// The flag is set back: contexts made later do not get gc.
		expect((globalThis as {gc?: unknown}).gc).toBeUndefined();
	});
});
