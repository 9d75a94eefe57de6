// The end-to-end benches: dist/cli.js under a pseudo-terminal, timed from spawn or keystroke
// to the screen that shows the answer (see pty.ts for how times are taken).
import {spawn} from 'node:child_process';
import {appendFileSync, copyFileSync, mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import process from 'node:process';
import {type Dataset, messageText} from './datasets.js';
import {type Predicate, rssOf, type Screen, type Session, sleep, spawnSession} from './pty.js';
import {p50, type Row} from './stats.js';

export type Paths = {cli: string; hello: string; root: string};

export type Plan = {
	quick: boolean;
	log: (text: string) => void;
};

const timeRe = /\d\d:\d\d:\d\d/;
const mb = 1024 * 1024;

/** A message time in the pane: rows between the header and timeline and the two bottom lines. */
export function paneHasTime(screen: Screen): boolean {
	return screen.lines.slice(2, -2).some((line) => timeRe.test(line));
}

/** Anywhere on screen (the hello-world has no pane). */
export function anyTime(screen: Screen): boolean {
	return timeRe.test(screen.text);
}

type Position = {at: number; of: number};

function statusPosition(screen: Screen): Position | undefined {
	const match = /message (\d+)\/(\d+)/.exec(screen.text);
	return match ? {at: Number(match[1]), of: Number(match[2])} : undefined;
}

/** CPU ticks (utime + stime) of a process, from /proc/PID/stat. */
function cpuTicks(pid: number): number | undefined {
	try {
		const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
		const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
		return Number(fields[11]) + Number(fields[12]);
	} catch {
		return undefined;
	}
}

/**
 * Until the process has used at most 2 ticks (about 20 ms) of CPU in each of three 200 ms
 * windows in a row: the search index (built right after the first frame) is done.
 */
async function waitIdle(pid: number, maxMs: number): Promise<boolean> {
	const start = performance.now();
	let last = cpuTicks(pid);
	let quiet = 0;
	while (performance.now() - start < maxMs) {
		await sleep(200);
		const now = cpuTicks(pid);
		if (now === undefined || last === undefined) return false;
		quiet = now - last <= 2 ? quiet + 1 : 0;
		last = now;
		if (quiet >= 3) return true;
	}
	return false;
}

/** RSS once it moved less than 1 MB over a second (at most `maxMs`). */
async function stableRss(pid: number, maxMs: number): Promise<number | undefined> {
	const start = performance.now();
	const window: number[] = [];
	while (performance.now() - start < maxMs) {
		const rss = rssOf(pid);
		if (rss === undefined) return undefined;
		window.push(rss);
		if (window.length > 6) window.shift();
		if (window.length === 6 && Math.max(...window) - Math.min(...window) < mb) return rss;
		await sleep(200);
	}
	return rssOf(pid);
}

export function firstFrameTimeout(dataset: Dataset): number {
	return 20_000 + dataset.bytes / 1000; // 20 s, plus 1 s per MB
}

function describe(session: Session): string {
	return session.screen().text.split('\n').slice(0, 6).join(' / ').slice(0, 300);
}

type Opened = {session: Session; firstFrameMs: number; rssAtFirstFrame?: number};

/** Spawns the reader on `dataset` and waits for its first frame, then until it is idle. */
async function openReader(
	paths: Paths,
	dataset: Dataset,
	options: {cols?: number; rows?: number; args?: string[]; idle?: boolean} = {},
): Promise<Opened> {
	const session = spawnSession(
		process.execPath,
		[paths.cli, '--no-resume', ...(options.args ?? []), dataset.path],
		{cols: options.cols ?? 120, rows: options.rows ?? 35, cwd: paths.root},
	);
	const at = await session.waitFor(paneHasTime, firstFrameTimeout(dataset));
	if (at === undefined) {
		const screen = describe(session);
		await session.close();
		throw new Error(`${dataset.name}: no first frame (screen: ${screen})`);
	}
	const rssAtFirstFrame = rssOf(session.pid);
	if (options.idle !== false) {
		await waitIdle(session.pid, 30_000 + dataset.bytes / 2000);
		await session.settle(200, 2000);
	}
	return {session, firstFrameMs: at - session.spawnedAt, rssAtFirstFrame};
}

// --- first frame -------------------------------------------------------------------------

async function firstFrameOnce(
	command: string[],
	predicate: Predicate,
	timeoutMs: number,
	cwd: string,
): Promise<number | undefined> {
	const session = spawnSession(process.execPath, command, {cols: 100, rows: 30, cwd});
	try {
		const at = await session.waitFor(predicate, timeoutMs);
		return at === undefined ? undefined : at - session.spawnedAt;
	} finally {
		await session.close();
	}
}

/** Median-ready samples of spawn → first frame; one warm-up run first (not counted). */
export async function firstFrame(
	paths: Paths,
	what: {label: string; command: string[]; predicate: Predicate; timeoutMs: number},
	runs: number,
	log: Plan['log'],
): Promise<number[]> {
	const times: number[] = [];
	await firstFrameOnce(what.command, what.predicate, what.timeoutMs, paths.root);
	for (let i = 0; i < runs; i++) {
		const ms = await firstFrameOnce(what.command, what.predicate, what.timeoutMs, paths.root);
		if (ms === undefined) throw new Error(`${what.label}: no first frame in ${what.timeoutMs} ms`);
		times.push(ms);
	}
	log(`first frame ${what.label}: p50 ${p50(times).toFixed(0)} ms`);
	return times;
}

export async function firstFrameRows(
	paths: Paths,
	datasets: Dataset[],
	plan: Plan,
): Promise<Row[]> {
	const rows: Row[] = [];
	const smallRuns = plan.quick ? 5 : 15;
	const bigRuns = plan.quick ? 3 : 7;
	const hello = await firstFrame(
		paths,
		{label: 'hello', command: [paths.hello], predicate: anyTime, timeoutMs: 10_000},
		smallRuns,
		plan.log,
	);
	rows.push({
		measure: 'first frame',
		size: 'Ink hello-world',
		unit: 'ms',
		values: hello,
		note: 'bench/hello.tsx bundled like the CLI; the reference for the sample',
	});
	for (const dataset of datasets) {
		const isSample = dataset.name === 'sample';
		const runs = isSample
			? smallRuns
			: dataset.messages >= 1_000_000
				? Math.min(bigRuns, 5)
				: bigRuns;
		try {
			const values = await firstFrame(
				paths,
				{
					label: dataset.name,
					command: [paths.cli, '--no-resume', dataset.path],
					predicate: paneHasTime,
					timeoutMs: firstFrameTimeout(dataset),
				},
				runs,
				plan.log,
			);
			rows.push({
				measure: 'first frame',
				size: sizeLabel(dataset),
				unit: 'ms',
				values,
				target: isSample
					? {stat: 'p50', limit: Math.round(p50(hello) * 1.15)}
					: {stat: 'p50', limit: 300},
				...(isSample
					? {note: `target is 1.15 × hello-world's p50 (${p50(hello).toFixed(0)} ms)`}
					: {}),
			});
		} catch (error) {
			rows.push(failedRow('first frame', dataset, error));
		}
	}
	return rows;
}

// --- key to frame ------------------------------------------------------------------------

export async function keyLatencySession(
	paths: Paths,
	dataset: Dataset,
	key: string,
	presses: number,
): Promise<{times: number[]; unanswered: number}> {
	const {session} = await openReader(paths, dataset);
	const times: number[] = [];
	let unanswered = 0;
	try {
		const top = async () => {
			session.write('g');
			await session.waitFor((screen) => statusPosition(screen)?.at === 1, 5000);
			await session.settle(100, 1000);
		};
		let position = statusPosition(session.screen());
		if (!position) throw new Error(`${dataset.name}: no 'message X/Y' on screen`);
		if (position.at !== 1) await top();
		position = statusPosition(session.screen());
		for (let i = 0; i < presses && !session.exited(); i++) {
			if (position && position.at >= position.of) {
				await top();
				position = statusPosition(session.screen());
			}
			const before = position?.at;
			const sent = performance.now();
			session.write(key);
			const at = await session.waitFor(
				(screen) => {
					const now = statusPosition(screen);
					return now !== undefined && now.at !== before;
				},
				3000,
				sent,
			);
			if (at === undefined) {
				unanswered++;
				await session.settle(200, 2000);
			} else times.push(at - sent);
			position = statusPosition(session.screen());
			await sleep(30);
		}
	} finally {
		await session.close();
	}
	return {times, unanswered};
}

export async function keyRows(paths: Paths, datasets: Dataset[], plan: Plan): Promise<Row[]> {
	const rows: Row[] = [];
	const presses = plan.quick ? 20 : 40;
	const sessions = plan.quick ? 1 : 2;
	for (const dataset of datasets) {
		for (const [name, key] of [
			['j', 'j'],
			['Space', ' '],
		] as const) {
			const measure = `key → frame (${name})`;
			try {
				const times: number[] = [];
				let unanswered = 0;
				for (let s = 0; s < sessions; s++) {
					const result = await keyLatencySession(paths, dataset, key, presses);
					times.push(...result.times);
					unanswered += result.unanswered;
				}
				plan.log(`${measure} ${dataset.name}: p50 ${p50(times).toFixed(1)} ms`);
				rows.push({
					measure,
					size: sizeLabel(dataset),
					unit: 'ms',
					values: times,
					target: {stat: 'p95', limit: 16},
					...(unanswered > 0 ? {note: `${unanswered} presses got no new frame within 3 s`} : {}),
				});
			} catch (error) {
				rows.push(failedRow(measure, dataset, error));
			}
		}
	}
	return rows;
}

// --- search keystroke to hits, and memory --------------------------------------------------

export const searchQueries = ['退款', 'spring', 'tk'];

function escapeRegex(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The input line shows `/prefix` and then a hit count ('12 hits', '1 hit', 'no hits'). */
function showsHits(prefix: string): Predicate {
	const re = new RegExp(
		`(^|\\s)/${escapeRegex(prefix)}\\s+(\\d[\\d,]*\\s+hits?\\b|no\\s+(hits?|match))`,
	);
	return (screen) => screen.lines.some((line) => re.test(line));
}

const searchOpen: Predicate = (screen) =>
	screen.lines.some((line) => /^\/\s*$/.test(line)) || /\bSEARCH\b/.test(screen.text);

const browsing: Predicate = (screen) => /\bREADING\b/.test(screen.text);

type SearchSession = {
	times: number[];
	/** The prefix typed for each of `times`. */
	prefixes: string[];
	unanswered: number;
	rssFirstFrame?: number;
	rssIndexed?: number;
};

async function searchSession(
	paths: Paths,
	dataset: Dataset,
	queries: readonly string[],
): Promise<SearchSession> {
	const opened = await openReader(paths, dataset);
	const {session} = opened;
	const result: SearchSession = {
		times: [],
		prefixes: [],
		unanswered: 0,
		rssFirstFrame: opened.rssAtFirstFrame,
	};
	try {
		result.rssIndexed = await stableRss(session.pid, 10_000);
		for (const query of queries) {
			session.write('/');
			if ((await session.waitFor(searchOpen, 5000)) === undefined) {
				throw new Error(`${dataset.name}: '/' did not open the search line`);
			}
			await session.settle(150, 1000);
			const chars = [...query];
			for (let i = 1; i <= chars.length; i++) {
				const prefix = chars.slice(0, i).join('');
				const sent = performance.now();
				session.write(chars[i - 1] as string);
				const at = await session.waitFor(showsHits(prefix), 10_000, sent);
				if (at === undefined) result.unanswered++;
				else {
					result.times.push(at - sent);
					result.prefixes.push(prefix);
				}
				await session.settle(50, 2000);
			}
			session.write('\x1b');
			await session.waitFor(browsing, 5000);
			await session.settle(300, 2000);
		}
	} finally {
		await session.close();
	}
	return result;
}

export async function searchAndMemoryRows(
	paths: Paths,
	datasets: Dataset[],
	plan: Plan,
): Promise<{search: Row[]; memory: Row[]}> {
	const search: Row[] = [];
	const memory: Row[] = [];
	for (const dataset of datasets) {
		const sessions = plan.quick ? 1 : dataset.messages >= 1_000_000 ? 2 : 3;
		const measure = 'search key → hits';
		try {
			const times: number[] = [];
			const slow: string[] = [];
			const firstFrame: number[] = [];
			const indexed: number[] = [];
			let unanswered = 0;
			for (let s = 0; s < sessions; s++) {
				const result = await searchSession(paths, dataset, searchQueries);
				times.push(...result.times);
				slow.push(...result.times.map((ms, at) => `${s}:${result.prefixes[at]} ${ms.toFixed(0)}`));
				unanswered += result.unanswered;
				if (result.rssFirstFrame !== undefined) firstFrame.push(result.rssFirstFrame / mb);
				if (result.rssIndexed !== undefined) indexed.push(result.rssIndexed / mb);
			}
			plan.log(`${measure} ${dataset.name}: p50 ${p50(times).toFixed(1)} ms`);
			plan.log(`  by keystroke (session:prefix ms): ${slow.join(', ')}`);
			const limit = dataset.messages >= 1_000_000 ? 100 : 30;
			search.push({
				measure,
				size: sizeLabel(dataset),
				unit: 'ms',
				values: times,
				target: {stat: 'p95', limit},
				note: `queries ${searchQueries.join(', ')} typed one character at a time${
					dataset.name === 'sample' ? '; target taken from the 100k one' : ''
				}${unanswered > 0 ? `; ${unanswered} keystrokes got no hit count within 10 s` : ''}`,
			});
			if (dataset.messages >= 100_000) {
				const limit = Math.round((3 * dataset.bytes) / mb + 80);
				memory.push(
					{
						measure: 'RSS at first frame',
						size: sizeLabel(dataset),
						unit: 'MB',
						values: firstFrame,
						target: {stat: 'p95', limit},
						note: `file ${(dataset.bytes / mb).toFixed(1)} MB; target 3 × file + 80 MB`,
					},
					{
						measure: 'RSS after indexing',
						size: sizeLabel(dataset),
						unit: 'MB',
						values: indexed,
						target: {stat: 'p95', limit},
						note: 'once the process is idle (CPU) and VmRSS moved < 1 MB over 1 s',
					},
				);
			}
		} catch (error) {
			search.push(failedRow(measure, dataset, error));
		}
	}
	return {search, memory};
}

// --- --print of a folder -------------------------------------------------------------------

function printOnce(
	paths: Paths,
	dataset: Dataset,
	timeoutMs: number,
): Promise<{firstLine: number; total: number; bytes: number; code: number | null}> {
	const configDir = mkdtempSync(join(tmpdir(), 'chatreel-bench-config-'));
	return new Promise((resolve, reject) => {
		const started = performance.now();
		const child = spawn(process.execPath, [paths.cli, '--print', dataset.path], {
			cwd: paths.root,
			env: {...process.env, CHATREEL_CONFIG_DIR: configDir},
			stdio: ['ignore', 'pipe', 'ignore'],
		});
		let firstLine: number | undefined;
		let bytes = 0;
		child.stdout.on('data', (chunk: Buffer) => {
			if (firstLine === undefined && chunk.includes(10)) firstLine = performance.now() - started;
			bytes += chunk.length;
		});
		const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
		child.on('error', (error) => {
			clearTimeout(timer);
			rmSync(configDir, {recursive: true, force: true});
			reject(error);
		});
		child.on('close', (code) => {
			clearTimeout(timer);
			rmSync(configDir, {recursive: true, force: true});
			const total = performance.now() - started;
			if (firstLine === undefined || code !== 0) {
				reject(new Error(`--print exited ${code} after ${total.toFixed(0)} ms, ${bytes} bytes`));
			} else resolve({firstLine, total, bytes, code});
		});
	});
}

export async function printRows(paths: Paths, dataset: Dataset, plan: Plan): Promise<Row[]> {
	const runs = plan.quick ? 2 : 5;
	try {
		await printOnce(paths, dataset, 120_000);
		const first: number[] = [];
		const total: number[] = [];
		let bytes = 0;
		for (let i = 0; i < runs; i++) {
			const run = await printOnce(paths, dataset, 120_000);
			first.push(run.firstLine);
			total.push(run.total);
			bytes = run.bytes;
		}
		plan.log(
			`--print ${dataset.name}: first line ${p50(first).toFixed(0)} ms, total ${p50(total).toFixed(0)} ms`,
		);
		return [
			{
				measure: '--print: first line',
				size: sizeLabel(dataset),
				unit: 'ms',
				values: first,
				note: 'stdout is a pipe; no target was set',
			},
			{
				measure: '--print: wall time',
				size: sizeLabel(dataset),
				unit: 'ms',
				values: total,
				note: `${(bytes / mb).toFixed(1)} MB printed; no target was set`,
			},
		];
	} catch (error) {
		return [failedRow('--print', dataset, error)];
	}
}

// --- follow --------------------------------------------------------------------------------

export async function followRows(paths: Paths, dataset: Dataset, plan: Plan): Promise<Row[]> {
	const appends = plan.quick ? 3 : 8;
	const dir = mkdtempSync(join(tmpdir(), 'chatreel-bench-follow-'));
	const file = join(dir, 'follow.md');
	const measure = 'follow: append → on screen';
	try {
		copyFileSync(dataset.path, file);
		const {session} = await openReader(paths, {...dataset, path: file}, {args: ['-f']});
		const times: number[] = [];
		let unanswered = 0;
		try {
			session.write('G');
			const atEnd = await session.waitFor((screen) => {
				const position = statusPosition(screen);
				return position !== undefined && position.at === position.of;
			}, 5000);
			if (atEnd === undefined) throw new Error('G did not reach the last message');
			await session.settle(300, 2000);
			for (let i = 0; i < appends && !session.exited(); i++) {
				const token = `followprobe${i}z${Math.floor(performance.now()) % 100_000}`;
				const sent = performance.now();
				appendFileSync(file, messageText('23:59:59', 'bench-follow', token));
				const at = await session.waitFor((screen) => screen.text.includes(token), 5000, sent);
				if (at === undefined) unanswered++;
				else times.push(at - sent);
				await waitIdle(session.pid, 10_000);
				await session.settle(300, 2000);
			}
		} finally {
			await session.close();
		}
		plan.log(`${measure}: ${times.length ? `p50 ${p50(times).toFixed(0)} ms` : 'never shown'}`);
		if (times.length === 0) {
			return [
				{
					measure,
					size: sizeLabel(dataset),
					unit: 'ms',
					values: [],
					target: {stat: 'p95', limit: 250},
					missing: 'n/a',
					note: `no appended message appeared within 5 s (${appends} tries)`,
				},
			];
		}
		return [
			{
				measure,
				size: sizeLabel(dataset),
				unit: 'ms',
				values: times,
				target: {stat: 'p95', limit: 250},
				note: `\`chatreel -f\` at the last message; one message appended per try${
					unanswered > 0 ? `; ${unanswered} of ${appends} never appeared within 5 s` : ''
				}`,
			},
		];
	} catch (error) {
		return [failedRow(measure, dataset, error)];
	} finally {
		rmSync(dir, {recursive: true, force: true});
	}
}

// --- helpers -------------------------------------------------------------------------------

export function sizeLabel(dataset: Dataset): string {
	if (dataset.name === 'sample') return `sample (${dataset.messages})`;
	if (dataset.files > 1) {
		return `${dataset.files.toLocaleString('en')} days (${Math.round(dataset.messages / 1000)}k msgs)`;
	}
	const count = dataset.messages;
	return count >= 1_000_000 ? `${count / 1_000_000}M` : `${count / 1000}k`;
}

function failedRow(measure: string, dataset: Dataset, error: unknown): Row {
	const message = error instanceof Error ? error.message : String(error);
	return {
		measure,
		size: sizeLabel(dataset),
		unit: 'ms',
		values: [],
		missing: 'failed',
		note: message.slice(0, 300),
	};
}
