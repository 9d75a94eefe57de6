// `npm run bench`: the end-to-end benches (dist/cli.js under a pseudo-terminal), one table, and
// bench/RESULTS.md. A missed target is marked, never fatal.
//
//   npm run bench                      everything (about 10-15 min), writes bench/RESULTS.md
//   npm run bench -- --quick           fewer runs, no 1M transcript; prints only
//   npm run bench -- --core            the core-only benches (parse, scroll, search helper)
//   npm run bench -- --only=keys,search   some sections: first-frame, keys, search, print,
//                                     follow, crosscheck (with shared/tools' python scripts)
//   --no-build (use dist/cli.js as it is), --no-crosscheck, --write / --no-write
import {spawnSync} from 'node:child_process';
import {existsSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import {join} from 'node:path';
import process from 'node:process';
import {fileURLToPath} from 'node:url';
import {noDevtools} from '../build-no-devtools.mjs';
import {runCore} from './core.js';
import {crossCheck, toolsDir} from './crosscheck.js';
import {cacheDir, type Dataset, ensureDataset, sampleDataset} from './datasets.js';
import {
	firstFrameRows,
	followRows,
	keyRows,
	type Paths,
	type Plan,
	printRows,
	searchAndMemoryRows,
	sizeLabel,
} from './e2e.js';
import {markdownTable, type Row, textTable} from './stats.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const paths: Paths = {
	root,
	cli: join(root, 'dist', 'cli.js'),
	hello: join(root, 'dist', 'bench-hello.js'),
};

const sections = ['first-frame', 'keys', 'search', 'print', 'follow', 'crosscheck'] as const;
type Section = (typeof sections)[number];

function log(text: string): void {
	process.stderr.write(`bench: ${text}\n`);
}

function parseArgs(argv: string[]) {
	const has = (flag: string) => argv.includes(flag);
	const only = argv.find((arg) => arg.startsWith('--only='))?.slice('--only='.length);
	const quick = has('--quick');
	const chosen = only
		? (only.split(',') as Section[])
		: sections.filter((name) => name !== 'crosscheck' || !quick);
	for (const name of chosen) {
		if (!sections.includes(name)) {
			process.stderr.write(`bench: unknown section ${name} (known: ${sections.join(', ')})\n`);
			process.exit(2);
		}
	}
	return {
		core: has('--core'),
		quick,
		build: !has('--no-build'),
		crosscheck: !has('--no-crosscheck') && chosen.includes('crosscheck'),
		write: has('--write') || (!has('--no-write') && !quick && !only),
		sections: new Set<Section>(chosen),
	};
}

/** Rebuilds dist/cli.js (node build.mjs); keeps an existing one when the build fails. */
function buildCli(): void {
	log('node build.mjs…');
	const result = spawnSync(process.execPath, ['build.mjs'], {
		cwd: root,
		encoding: 'utf8',
		timeout: 120_000,
	});
	if (result.status === 0) return;
	const why = (result.stderr || result.error?.message || '').trim().split('\n').slice(0, 5);
	if (existsSync(paths.cli))
		log(`build failed, using the existing dist/cli.js:\n${why.join('\n')}`);
	else {
		process.stderr.write(`bench: build failed and there is no dist/cli.js:\n${why.join('\n')}\n`);
		process.exit(1);
	}
}

/** bench/hello.tsx → dist/bench-hello.js, with build.mjs's settings (production, no devtools). */
async function buildHello(): Promise<void> {
	const {build} = await import('esbuild');
	await build({
		entryPoints: [join(root, 'bench', 'hello.tsx')],
		outfile: paths.hello,
		bundle: true,
		platform: 'node',
		format: 'esm',
		target: 'node20',
		jsx: 'automatic',
		legalComments: 'none',
		define: {'process.env.NODE_ENV': '"production"'},
		plugins: [noDevtools],
		banner: {
			js: "#!/usr/bin/env node\nimport {createRequire as __benchRequire} from 'node:module';\nconst require = __benchRequire(import.meta.url);",
		},
		logLevel: 'warning',
	});
}

function loads(values: number[]): string {
	return values.map((load) => load.toFixed(2)).join(' / ');
}

function machine(loadAtStart: number[]): string[] {
	const cpus = os.cpus();
	return [
		`- date: ${new Date().toISOString().replace(/\.\d+Z$/, 'Z')}`,
		`- cores (nproc): ${os.availableParallelism()}`,
		`- CPU: ${cpus[0]?.model.trim() ?? 'unknown'}`,
		`- memory: ${(os.totalmem() / 1024 ** 3).toFixed(1)} GiB`,
		`- node: ${process.version}, ${os.type()} ${os.release()} ${os.arch()}`,
		`- load average (1/5/15 min) at the start: ${loads(loadAtStart)}; at the end: ${loads(os.loadavg())} (other work on the machine shows up in the figures)`,
	];
}

async function section<T>(name: string, run: () => Promise<T>, fallback: T): Promise<T> {
	log(`${name}…`);
	const start = performance.now();
	try {
		const result = await run();
		log(`${name} done in ${((performance.now() - start) / 1000).toFixed(1)} s`);
		return result;
	} catch (error) {
		log(`${name} failed: ${error instanceof Error ? error.message : String(error)}`);
		return fallback;
	}
}

async function runEndToEnd(options: ReturnType<typeof parseArgs>): Promise<void> {
	// Nothing may hang: past this the bench prints what it has and exits (children are killed).
	const limitMs = (options.quick ? 15 : 45) * 60_000;
	const rows: Row[] = [];
	const watchdog = setTimeout(() => {
		log(`gave up after ${limitMs / 60_000} min`);
		process.stdout.write(`${textTable(rows)}\n`);
		process.exit(1);
	}, limitMs);
	watchdog.unref();

	if (options.build) buildCli();
	if (!existsSync(paths.cli)) {
		process.stderr.write('bench: dist/cli.js is missing: run `node build.mjs` first\n');
		process.exit(1);
	}
	await buildHello();
	const plan: Plan = {quick: options.quick, log};
	const started = performance.now();
	const loadAtStart = os.loadavg();

	log(`datasets in ${cacheDir()}`);
	const sample = sampleDataset();
	const k10 = ensureDataset({messages: 10_000}, log);
	const k100 = ensureDataset({messages: 100_000}, log);
	const m1: Dataset | undefined = options.quick
		? undefined
		: ensureDataset({messages: 1_000_000}, log);
	const days = ensureDataset({days: 1500}, log);
	const withBig = (list: Dataset[]) => (m1 ? [...list, m1] : list);

	if (options.sections.has('first-frame')) {
		rows.push(
			...(await section(
				'first frame',
				() => firstFrameRows(paths, [...withBig([sample, k10, k100]), days], plan),
				[],
			)),
		);
	}
	if (options.sections.has('keys')) {
		rows.push(
			...(await section('key → frame', () => keyRows(paths, withBig([sample, k100]), plan), [])),
		);
	}
	if (options.sections.has('search')) {
		const found = await section(
			'search and memory',
			() => searchAndMemoryRows(paths, withBig([sample, k100]), plan),
			{search: [], memory: []},
		);
		rows.push(...found.search, ...found.memory);
	}
	if (options.sections.has('print')) {
		rows.push(...(await section('--print of the folder', () => printRows(paths, days, plan), [])));
	}
	if (options.sections.has('follow')) {
		rows.push(...(await section('follow', () => followRows(paths, k100, plan), [])));
	}
	const minutes = (performance.now() - started) / 60_000;
	process.stdout.write(`\n${textTable(rows)}\n`);

	let cross: string[] = [];
	const tools = options.crosscheck ? toolsDir(root) : undefined;
	if (tools) {
		cross = await section(
			'cross-check',
			() =>
				crossCheck(
					paths,
					tools,
					{sample, big: k100},
					{sample: sizeLabel(sample), big: sizeLabel(k100)},
					log,
				),
			[],
		);
		process.stdout.write(`\n${cross.join('\n')}\n`);
	}

	if (options.write) {
		const text = [
			'# chatreel end-to-end benchmarks',
			'',
			'Written by `npm run bench` (bench/run.ts). Each figure is measured from outside: `node',
			'dist/cli.js` under node-pty, its output parsed by @xterm/headless, timed from spawn (first',
			'frame) or from the keystroke to the arrival of the output that made the screen show the',
			"answer. Transcripts are generated from the sample's speakers and bodies with a seeded",
			`generator (bench/datasets.ts), cached in ${cacheDir()}.`,
			'',
			'## Machine',
			'',
			...machine(loadAtStart),
			`- run: ${options.quick ? 'quick' : 'full'}, ${minutes.toFixed(1)} min`,
			'',
			'## Results',
			'',
			markdownTable(rows),
			'How: first frame = spawn → first screen with a message time (`HH:MM:SS`) in the pane, 100x30,',
			'one warm-up run not counted. Keys at 120x35 after the app is idle (index built): each press',
			"→ the status bar's `message X/Y` changes (30 ms pause between presses; at the end `g` goes",
			'back to the top, untimed). Search: `/`, then each character → the input line shows the',
			'prefix with its hit count. RSS = VmRSS of the child.',
			'',
			...(cross.length > 0
				? [
						'## Cross-check with shared/tools',
						'',
						'The same figures from the outside python tools (they read the raw pty stream with',
						'escapes stripped), taken right after the end-to-end table in two alternating',
						'rounds (bench, tool, bench, tool) so that both see the same load on the machine:',
						'',
						...cross,
						'',
					]
				: []),
		].join('\n');
		const out = join(root, 'bench', 'RESULTS.md');
		writeFileSync(out, text);
		log(`wrote ${out}`);
	}
	clearTimeout(watchdog);
}

const options = parseArgs(process.argv.slice(2));
if (options.core) await runCore();
else await runEndToEnd(options);
// node-pty's handles can keep the loop alive after the last session is closed.
process.exit(0);
