// dist/cli.js: loads the bundle (dist/chatreel.cjs) through V8's code cache.
import process from 'node:process';
import {fileURLToPath} from 'node:url';
import {defaultCacheDir, runBundle} from './code-cache.js';
import {tuneReaderHeap} from './heap.js';

const batch = /^--(print|json|help|version)$/;
const args = process.argv.slice(2);
// The reader and the printing runs compile different code: each keeps its own cache. A wrong
// guess only costs a less fitting cache.
const kind =
	process.stdout.isTTY && args[0] !== 'config' && !args.some((arg) => batch.test(arg))
		? 'reader'
		: 'batch';

// CHATREEL_HEAP_TUNING=0 leaves V8's defaults (to compare).
if (kind === 'reader' && process.env.CHATREEL_HEAP_TUNING !== '0') tuneReaderHeap();

runBundle(fileURLToPath(new URL('./chatreel.cjs', import.meta.url)), {
	dir: defaultCacheDir(),
	kind,
});
