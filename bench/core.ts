// `npm run bench -- --core`: the core-only benchmarks (parse, scroll maths, search helper and
// --print start-up), then one table. A missed target is marked, never fatal.
import {spawnSync} from 'node:child_process';
import {existsSync, mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import process from 'node:process';
import {fileURLToPath} from 'node:url';
import {samplePath} from './generate.js';
import {type BenchRow, benchParse} from './parse-bench.js';
import {benchScroll} from './scroll-bench.js';
import * as searchBench from './search-bench.js';

const cliPath = fileURLToPath(new URL('../dist/cli.js', import.meta.url));

type SearchRow = {name: string; ms: number; note?: string};

function progress(text: string): void {
	process.stderr.write(`bench: ${text}\n`);
}

/** Wall time of `node dist/cli.js --print SAMPLE`, median of 5 (after one warm-up run). */
function benchStartup(): BenchRow[] {
	const benchmark = 'start-up: node dist/cli.js --print';
	if (!existsSync(cliPath)) {
		return [
			{benchmark, size: '441', ms: Number.NaN, target: 500, note: 'run `node build.mjs` first'},
		];
	}
	const configDir = mkdtempSync(join(tmpdir(), 'chatreel-bench-'));
	const env = {...process.env, CHATREEL_CONFIG_DIR: configDir};
	const once = () => {
		const start = performance.now();
		const result = spawnSync(process.execPath, [cliPath, '--print', samplePath], {
			env,
			timeout: 30_000,
		});
		return {ms: performance.now() - start, status: result.status};
	};
	try {
		once();
		const runs = Array.from({length: 5}, once);
		const times = runs.map((run) => run.ms).sort((a, b) => a - b);
		const failed = runs.filter((run) => run.status !== 0).length;
		return [
			{
				benchmark,
				size: '441',
				ms: times[2] ?? Number.NaN,
				target: 500,
				note: `wall time of spawnSync, median of 5${failed > 0 ? `; ${failed} run(s) did not exit 0` : ''}`,
			},
		];
	} finally {
		rmSync(configDir, {recursive: true, force: true});
	}
}

/** The search helper's benchmark, when bench/search-bench.ts exports one. */
async function benchSearchRows(): Promise<BenchRow[]> {
	const bench = (searchBench as Record<string, unknown>).benchSearch;
	if (typeof bench !== 'function') return [];
	const rows = (await bench()) as SearchRow[];
	return rows.map((row) => {
		const perQuery = row.name.startsWith('search ') && !row.name.startsWith('search index');
		return {
			benchmark: row.name,
			size: '100,000',
			ms: row.ms,
			...(perQuery ? {target: 100} : {}),
			...(row.note ? {note: row.note} : {}),
		};
	});
}

function formatMs(ms: number): string {
	if (!Number.isFinite(ms)) return '—';
	if (ms < 1) return ms.toFixed(3);
	if (ms < 10) return ms.toFixed(2);
	return ms.toFixed(1);
}

function table(rows: BenchRow[]): string {
	const lines = [
		'| benchmark | size | median ms | target | ok? |',
		'| --- | ---: | ---: | ---: | :---: |',
	];
	const notes: string[] = [];
	for (const row of rows) {
		const target = row.target === undefined ? '' : `< ${row.target}`;
		let ok = '';
		if (row.target !== undefined)
			ok = Number.isFinite(row.ms) && row.ms < row.target ? 'yes' : 'NO';
		lines.push(`| ${row.benchmark} | ${row.size} | ${formatMs(row.ms)} | ${target} | ${ok} |`);
		if (row.note) notes.push(`- ${row.benchmark} (${row.size}): ${row.note}`);
	}
	return `${lines.join('\n')}\n\n${notes.join('\n')}\n`;
}

async function section(
	name: string,
	run: () => BenchRow[] | Promise<BenchRow[]>,
): Promise<BenchRow[]> {
	progress(`${name}…`);
	const start = performance.now();
	try {
		const rows = await run();
		progress(`${name} done in ${((performance.now() - start) / 1000).toFixed(1)} s`);
		return rows;
	} catch (error) {
		const message = error instanceof Error ? error.message : String(error);
		return [{benchmark: `${name} (failed)`, size: '', ms: Number.NaN, note: message}];
	}
}

export async function runCore(): Promise<void> {
	const rows = [
		...(await section('parse', () => benchParse(100_000))),
		...(await section('scroll', benchScroll)),
		...(await section('search', benchSearchRows)),
		...(await section('start-up', benchStartup)),
	];
	process.stdout.write(table(rows));
}
