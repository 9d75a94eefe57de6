import {spawn} from 'node:child_process';
import {appendFileSync, copyFileSync} from 'node:fs';
import {join} from 'node:path';
import process from 'node:process';
import {afterAll, describe, expect, it} from 'vitest';
import {cliPath, removeTempDirs, samplePath, tempDir} from './run-cli.js';

afterAll(() => removeTempDirs());

describe('--follow without a terminal', () => {
	it('prints the transcript, then each message appended to it, until interrupted', {
		timeout: 40_000,
	}, async () => {
		const dir = tempDir();
		const live = join(dir, 'live.md');
		copyFileSync(samplePath, live);
		const child = spawn(process.execPath, [cliPath, '--follow', live], {
			env: {...process.env, CHATREEL_CONFIG_DIR: dir},
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		let out = '';
		child.stdout.setEncoding('utf8');
		child.stdout.on('data', (chunk: string) => {
			out += chunk;
		});
		/** Resolves once stdout holds `text` (checked on every chunk, never on a timer). */
		const seen = (text: string) =>
			new Promise<void>((resolve, reject) => {
				const check = () => {
					if (!out.includes(text)) return;
					child.stdout.off('data', check);
					resolve();
				};
				child.stdout.on('data', check);
				child.once('exit', () => reject(new Error(`exited before printing ${text}:\n${out}`)));
				check();
			});
		await seen('23:34:22  王伟-万向');
		// Unfolded while following: floods still growing would make no sense folded.
		expect(out).toContain('18:33:32  丁丁-群管理  签到');
		appendFileSync(live, '> 23:59:00  newbie  \n\nhello live world\n\n');
		await seen('23:59:00  newbie  hello live world');
		const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
		child.kill('SIGTERM');
		expect(await exited).toBe(0);
	});
});
