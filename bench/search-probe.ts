// Search keystrokes on a big file, in the core: the bench's queries typed a character at a
// time over the index the reader builds, with the reader's options. Times per prefix.
//   esbuild bench/search-probe.ts --bundle --platform=node --format=esm --outfile=dist/search-probe.js \
//     --banner:js="import {createRequire} from 'node:module'; const require = createRequire(import.meta.url);"
//   node dist/search-probe.js FILE [rounds]
import {createSearchIndex} from '../source/core/search/index.js';
import {runSearch} from '../source/core/search/run-search.js';
import {openTranscript} from '../source/io/open-transcript.js';
import {readerSearchOptions} from '../source/state/search-commands.js';

const file = process.argv[2];
if (!file) throw new Error('usage: search-probe FILE [rounds]');
const rounds = Number(process.argv[3] ?? 5);
const queries = ['退款', 'spring', 'tk'];
const transcript = openTranscript(file);
let at = performance.now();
const index = createSearchIndex(transcript.messages);
process.stdout.write(`index of ${index.size} in ${(performance.now() - at).toFixed(0)} ms\n`);
const times = new Map<string, number[]>();
for (let round = 0; round < rounds; round++) {
	for (const query of queries) {
		const chars = [...query];
		for (let i = 1; i <= chars.length; i++) {
			const prefix = chars.slice(0, i).join('');
			at = performance.now();
			const steps = runSearch(index, prefix, readerSearchOptions);
			let step = steps.next();
			while (!step.done) step = steps.next();
			const ms = performance.now() - at;
			if (!times.has(prefix)) times.set(prefix, []);
			times.get(prefix)!.push(ms);
			if (round === 0) process.stdout.write(`${prefix}: ${step.value.hits.length} hits\n`);
		}
	}
}
const all: number[] = [];
for (const [prefix, list] of times) {
	all.push(...list);
	const sorted = [...list].sort((a, b) => a - b);
	process.stdout.write(
		`${prefix.padEnd(8)} median ${sorted[Math.floor(sorted.length / 2)]!.toFixed(1)} ms, max ${sorted.at(-1)!.toFixed(1)} ms\n`,
	);
}
all.sort((a, b) => a - b);
const pick = (q: number) => all[Math.min(all.length - 1, Math.floor(q * all.length))]!.toFixed(1);
process.stdout.write(`all: p50 ${pick(0.5)} ms, p95 ${pick(0.95)} ms\n`);
