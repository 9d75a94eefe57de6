// Cross-check: a few figures taken both by this harness and by the outside measuring tools
// (python scripts in shared/tools, found via CHATREEL_TOOLS_DIR or ../shared/tools next to the
// repo), back to back and alternating, so both see the same load on the machine. Skipped when
// the tools or python3 are missing; they are not part of the project.
import {spawnSync} from 'node:child_process';
import {existsSync, mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import process from 'node:process';
import type {Dataset} from './datasets.js';
import {firstFrame, firstFrameTimeout, keyLatencySession, type Paths, paneHasTime} from './e2e.js';
import {p50, p95} from './stats.js';

export function toolsDir(root: string): string | undefined {
	const dir = process.env.CHATREEL_TOOLS_DIR ?? join(root, '..', 'shared', 'tools');
	if (!existsSync(join(dir, 'first-frame.py')) || !existsSync(join(dir, 'key-latency.py'))) {
		return undefined;
	}
	const python = spawnSync('python3', ['--version'], {timeout: 10_000});
	return python.status === 0 ? dir : undefined;
}

function runTool(dir: string, script: string, args: string[], cwd: string): string | undefined {
	const configDir = mkdtempSync(join(tmpdir(), 'chatreel-bench-config-'));
	try {
		const env: Record<string, string | undefined> = {
			...process.env,
			CHATREEL_CONFIG_DIR: configDir,
		};
		env.CI = undefined;
		const result = spawnSync('python3', [join(dir, script), ...args], {
			cwd,
			env,
			encoding: 'utf8',
			timeout: 240_000,
			killSignal: 'SIGKILL',
		});
		return result.status === 0 ? result.stdout.trim() : undefined;
	} finally {
		rmSync(configDir, {recursive: true, force: true});
	}
}

function agreement(ours: number, theirs: number): string {
	const ratio = ours / theirs;
	const off = Math.abs(ratio - 1);
	const word = off <= 0.15 ? 'agree' : off <= 0.35 ? 'close' : 'differ';
	return `${word} (bench / tool = ${ratio.toFixed(2)})`;
}

const rounds = 2;

/**
 * Markdown lines comparing the tools' figures with ours, each taken in `rounds` alternating
 * rounds (bench, tool, bench, tool): first frame of the sample and of `big` at 100x30 (5 runs
 * a round, after a warm-up, for both), and 40 `j` presses at 120x35 on `big`.
 */
export async function crossCheck(
	paths: Paths,
	dir: string,
	datasets: {sample: Dataset; big: Dataset},
	labels: {sample: string; big: string},
	log: (text: string) => void,
): Promise<string[]> {
	const lines: string[] = [];
	const pattern = '[0-9]{2}:[0-9]{2}:[0-9]{2}';
	for (const [dataset, label] of [
		[datasets.sample, labels.sample],
		[datasets.big, labels.big],
	] as const) {
		const ours: number[] = [];
		const theirs: number[] = [];
		for (let round = 0; round < rounds; round++) {
			log(`cross-check: first frame of ${dataset.name}, round ${round + 1}…`);
			ours.push(
				...(await firstFrame(
					paths,
					{
						label: dataset.name,
						command: [paths.cli, '--no-resume', dataset.path],
						predicate: paneHasTime,
						timeoutMs: firstFrameTimeout(dataset),
					},
					5,
					() => {},
				)),
			);
			const out = runTool(
				dir,
				'first-frame.py',
				['5', pattern, '--', process.execPath, paths.cli, '--no-resume', dataset.path],
				paths.root,
			);
			if (out !== undefined && Number.isFinite(Number(out))) theirs.push(Number(out) * 1000);
		}
		if (theirs.length === 0) {
			lines.push(`- first frame, ${label}: first-frame.py gave no figure`);
			continue;
		}
		const tool = theirs.reduce((a, b) => a + b, 0) / theirs.length;
		lines.push(
			`- first frame, ${label}: first-frame.py ${theirs.map((t) => t.toFixed(0)).join(' / ')} ms (median of 5, per round), bench p50 ${p50(ours).toFixed(0)} ms over ${ours.length} runs: ${agreement(p50(ours), tool)}`,
		);
	}
	const ours: number[] = [];
	const theirs: {p50: number; p95: number}[] = [];
	for (let round = 0; round < rounds; round++) {
		log(`cross-check: j presses on ${datasets.big.name}, round ${round + 1}…`);
		ours.push(...(await keyLatencySession(paths, datasets.big, 'j', 40)).times);
		const out = runTool(
			dir,
			'key-latency.py',
			['40', 'j', '--', process.execPath, paths.cli, '--no-resume', datasets.big.path],
			paths.root,
		);
		const match = out ? /p50 ([\d.]+) p95 ([\d.]+)/.exec(out) : null;
		if (match) theirs.push({p50: Number(match[1]), p95: Number(match[2])});
	}
	if (theirs.length === 0 || ours.length === 0) {
		lines.push(`- key → frame (j), ${labels.big}: no figure from key-latency.py or the bench`);
	} else {
		const tool50 = theirs.reduce((a, b) => a + b.p50, 0) / theirs.length;
		lines.push(
			`- key → frame (j), ${labels.big}: key-latency.py p50/p95 ${theirs
				.map((t) => `${t.p50.toFixed(1)}/${t.p95.toFixed(1)}`)
				.join(
					', ',
				)} ms (per round), bench p50/p95 ${p50(ours).toFixed(1)}/${p95(ours).toFixed(1)} ms over ${ours.length} presses: p50 ${agreement(p50(ours), tool50)}`,
		);
	}
	return lines;
}
