// Two real chatreel processes saving at once: the file must always parse and keep both
// processes' transcripts. The worker is bundled with esbuild into the temp dir.

import {spawn} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {buildSync} from 'esbuild';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';

const storeModule = fileURLToPath(new URL('../../source/config/store.ts', import.meta.url));
const rounds = 120;
let dir: string;
let worker: string;

const workerSource = `
import fs from 'node:fs';
import {openStore} from ${JSON.stringify(storeModule)};
const [dir, name, rounds] = process.argv.slice(2);
const lines = [];
// One store for the whole run, like a reader saving its position as it goes.
const store = openStore({dir, stderr: (line) => lines.push(line)});
for (let i = 0; i < Number(rounds); i++) {
	store.saveFile(name, {size: 100, position: i, bookmarks: [i]});
	// Every write must leave a file that parses.
	JSON.parse(fs.readFileSync(store.path, 'utf8'));
}
process.stdout.write(JSON.stringify(lines));
`;

function run(name: string): Promise<{code: number | null; out: string; err: string}> {
	return new Promise((resolve) => {
		const child = spawn(process.execPath, [worker, dir, name, String(rounds)]);
		let out = '';
		let err = '';
		child.stdout.on('data', (chunk) => {
			out += chunk;
		});
		child.stderr.on('data', (chunk) => {
			err += chunk;
		});
		child.on('close', (code) => resolve({code, out, err}));
	});
}

beforeAll(() => {
	dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chatreel-concurrency-'));
	const entry = path.join(dir, 'worker.ts');
	worker = path.join(dir, 'worker.mjs');
	fs.writeFileSync(entry, workerSource);
	buildSync({
		entryPoints: [entry],
		outfile: worker,
		bundle: true,
		platform: 'node',
		format: 'esm',
		logLevel: 'error',
		banner: {
			js: "import {createRequire} from 'node:module'; const require = createRequire(import.meta.url);",
		},
	});
});
afterAll(() => {
	fs.rmSync(dir, {recursive: true, force: true});
});

describe('concurrent saves from two processes', () => {
	it('never corrupt the file and keep both transcripts', async () => {
		const results = await Promise.all([run('first'), run('second')]);
		for (const result of results) {
			expect(result.err).toBe('');
			expect(result.code).toBe(0);
			expect(JSON.parse(result.out)).toEqual([]);
		}
		const saved = JSON.parse(fs.readFileSync(path.join(dir, 'config.json'), 'utf8'));
		expect(saved.files.first).toMatchObject({position: rounds - 1, bookmarks: [rounds - 1]});
		expect(saved.files.second).toMatchObject({position: rounds - 1, bookmarks: [rounds - 1]});
		const leftovers = fs.readdirSync(dir).filter((name) => /tmp-|\.lock|broken/.test(name));
		expect(leftovers).toEqual([]);
	});
});
