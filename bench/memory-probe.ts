// Memory of a transcript opened the way the reader opens it (stream-transcript.ts), after a
// full garbage collection; with --reader, also with the reader's state (pane, time index);
// with --search, also once the search index is built.
//   esbuild bench/memory-probe.ts --bundle --platform=node --format=esm --outfile=dist/memory-probe.js \
//     --banner:js="import {createRequire} from 'node:module'; const require = createRequire(import.meta.url);"
//   node --expose-gc dist/memory-probe.js FILE [--reader] [--search] [--no-gc] [--snapshot]
// With --no-gc the numbers are those the process has (garbage and all), as a reader would.
import v8 from 'node:v8';
import {createSearchIndex} from '../source/core/search/index.js';
import {openTranscriptStream} from '../source/io/stream-transcript.js';
import {initialState} from '../source/state/view-state.js';

const mb = 1024 * 1024;
const gc = process.argv.includes('--no-gc') ? undefined : (globalThis as {gc?: () => void}).gc;
const toMb = (bytes: number): string => (bytes / mb).toFixed(1);

function report(label: string): void {
	gc?.();
	gc?.();
	const usage = process.memoryUsage();
	const parts = [
		`heap ${(usage.heapUsed / mb).toFixed(1)} MB`,
		`arrayBuffers ${(usage.arrayBuffers / mb).toFixed(1)} MB`,
		`external ${toMb(usage.external)} MB`,
		`rss ${(usage.rss / mb).toFixed(1)} MB`,
	];
	// Each heap space as committed / used: committed but unused memory still counts in RSS.
	const spaces = v8
		.getHeapSpaceStatistics()
		.filter((space) => space.physical_space_size > 0)
		.map(
			(space) =>
				`${space.space_name.replace(/_space$/, '')} ${toMb(space.physical_space_size)}/${toMb(space.space_used_size)}`,
		);
	process.stdout.write(`${label}: ${parts.join(', ')}\n  ${spaces.join(', ')}\n`);
}

const file = process.argv[2];
if (!file) throw new Error('usage: memory-probe FILE [--search]');
if (!gc && !process.argv.includes('--no-gc'))
	process.stderr.write('run node with --expose-gc for numbers after a collection\n');
report('start');
const started = performance.now();
const opened = openTranscriptStream(file, 200);
let transcript = opened.first;
if (opened.rest) {
	for (let step = opened.rest.next(); ; step = opened.rest.next()) {
		if (step.done) {
			transcript = step.value;
			break;
		}
	}
}
const openMs = performance.now() - started;
report(`opened ${transcript.messages.length} messages in ${openMs.toFixed(0)} ms`);
const kept: unknown[] = [];
if (process.argv.includes('--reader')) {
	const at = performance.now();
	const state = initialState(transcript, {width: 120, height: 40});
	state.timeIndex.atOrAfter(0);
	kept.push(state);
	report(`reader state in ${(performance.now() - at).toFixed(0)} ms`);
}
if (process.argv.includes('--search')) {
	const at = performance.now();
	const index = createSearchIndex(transcript.messages);
	report(`search index in ${(performance.now() - at).toFixed(0)} ms`);
	const sizes = [
		['texts', index.texts.codes.byteLength + index.texts.starts.byteLength],
		['speakerOf', index.speakerOf.byteLength],
		['postings', index.chars.bytes.byteLength + index.chars.starts.byteLength],
		['pinyin pairs', index.pinyinPairs.byteLength],
	] as const;
	process.stdout.write(
		`  index: ${sizes.map(([name, bytes]) => `${name} ${toMb(bytes)}`).join(', ')} MB\n`,
	);
	kept.push(index);
}
if (process.argv.includes('--snapshot')) {
	gc?.();
	process.stdout.write(`heap snapshot: ${v8.writeHeapSnapshot()}\n`);
}
if (kept.length < 0 || transcript.speakers.length < 0) process.stdout.write('\n');
