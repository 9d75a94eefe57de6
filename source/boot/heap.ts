// The reader's heap. V8 doubles its young generation (up to 2 × 16 MB) under the open's
// allocation and keeps it, and an idle process collects nothing: after a big file is read
// and indexed, tens of MB of garbage and empty semi-space stay resident. The loader keeps
// the young generation at its starting size and collects once when the program says its
// big builds are over (collectGarbage in gc-hook.ts).
import v8 from 'node:v8';
import vm from 'node:vm';
import {onCollectGarbage} from './gc-hook.js';

/** Between the two collections: the second also frees what the first's finalizers let go. */
const secondAfterMs = 50;

export function tuneReaderHeap(): void {
	// Read at each growth (unlike --max-semi-space-size, fixed at start-up): 1 = no growth.
	v8.setFlagsFromString('--semi-space-growth-factor=1');
	onCollectGarbage(collectTwice);
}

function collectTwice(): void {
	const gc = exposedGc();
	if (!gc) return;
	gc();
	setTimeout(() => {
		// Read at each full collection: this one also moves live objects out of sparse pages.
		v8.setFlagsFromString('--compact-on-every-full-gc');
		try {
			gc();
		} finally {
			v8.setFlagsFromString('--no-compact-on-every-full-gc');
		}
	}, secondAfterMs).unref();
}

/** V8's gc(), without --expose-gc on the command line: a new context gets it from the flag. */
export function exposedGc(): (() => void) | undefined {
	try {
		v8.setFlagsFromString('--expose-gc');
		const gc: unknown = vm.runInNewContext('gc');
		v8.setFlagsFromString('--no-expose-gc');
		return typeof gc === 'function' ? (gc as () => void) : undefined;
	} catch {
		return undefined;
	}
}
