// The plain follower (--follow into a pipe) across a half-written message, truncation,
// rotation, and deletion with recreation. Every wait is for output, never a fixed time.
import {type ChildProcess, spawn} from 'node:child_process';
import {appendFileSync, renameSync, truncateSync, unlinkSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import process from 'node:process';
import {afterAll, afterEach, describe, expect, it} from 'vitest';
import {cliPath, removeTempDirs, tempDir} from './run-cli.js';

afterAll(() => removeTempDirs());

const children: ChildProcess[] = [];
afterEach(() => {
	for (const child of children.splice(0)) child.kill('SIGKILL');
});

const message = (time: string, speaker: string, body: string) =>
	`> ${time}  ${speaker}\n\n${body}\n\n`;

function follow(file: string, dir: string) {
	const child = spawn(process.execPath, [cliPath, '--follow', file], {
		env: {...process.env, CHATREEL_CONFIG_DIR: dir},
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	children.push(child);
	const text = {out: '', err: ''};
	child.stdout.setEncoding('utf8');
	child.stderr.setEncoding('utf8');
	child.stdout.on('data', (chunk: string) => {
		text.out += chunk;
	});
	child.stderr.on('data', (chunk: string) => {
		text.err += chunk;
	});
	/** Resolves once `stream` holds `wanted` as many times as `count` (checked on each chunk). */
	const seen = (wanted: string, stream: 'out' | 'err' = 'out', count = 1) =>
		new Promise<void>((resolve, reject) => {
			const source = stream === 'out' ? child.stdout : child.stderr;
			const check = () => {
				if (text[stream].split(wanted).length - 1 < count) return;
				source.off('data', check);
				resolve();
			};
			source.on('data', check);
			child.once('exit', () =>
				reject(new Error(`exited before ${wanted}:\n${text.out}\n${text.err}`)),
			);
			check();
		});
	return {text, seen};
}

describe('--follow without a terminal, when the file misbehaves', {timeout: 40_000}, () => {
	it('never prints half a message', async () => {
		const dir = tempDir();
		const file = join(dir, 'live.md');
		writeFileSync(file, message('10:00:00', 'amy', 'first'));
		const {text, seen} = follow(file, dir);
		await seen('10:00:00  amy  first');
		// A complete message, then a header and half a body in the same write.
		appendFileSync(
			file,
			`${message('10:00:01', 'ben', 'second')}> 10:00:02  cat\n\nthe first half`,
		);
		await seen('10:00:01  ben  second');
		expect(text.out).not.toContain('cat');
		appendFileSync(file, ` and the rest\n\n${message('10:00:03', 'dan', 'fourth')}`);
		await seen('10:00:03  dan  fourth');
		expect(text.out).toContain('10:00:02  cat  the first half and the rest\n');
		expect(text.out.split('cat').length - 1).toBe(1);
		expect(text.err).toBe('');
	});

	it('announces truncation and prints the new, shorter content from its start', async () => {
		const dir = tempDir();
		const file = join(dir, 'live.md');
		writeFileSync(
			file,
			message('10:00:00', 'amy', 'one') +
				message('10:00:01', 'ben', 'two') +
				message('10:00:02', 'cat', 'three'),
		);
		const {text, seen} = follow(file, dir);
		await seen('10:00:02  cat  three');
		truncateSync(file, 0);
		appendFileSync(file, message('11:00:00', 'new', 'fresh'));
		await seen('11:00:00  new  fresh');
		expect(text.err).toMatch(/live\.md was (truncated|rewritten); printing it from the start\n$/);
		expect(text.err.split('\n')).toHaveLength(2);
	});

	it('announces rotation and prints the new file from its start', async () => {
		const dir = tempDir();
		const file = join(dir, 'live.md');
		writeFileSync(file, message('10:00:00', 'amy', 'one') + message('10:00:01', 'ben', 'two'));
		const {text, seen} = follow(file, dir);
		await seen('10:00:01  ben  two');
		renameSync(file, join(dir, 'live.md.1'));
		writeFileSync(
			join(dir, 'next.md'),
			message('12:00:00', 'zed', 'rotated one') + message('12:00:01', 'yan', 'rotated two'),
		);
		renameSync(join(dir, 'next.md'), file);
		await seen('12:00:01  yan  rotated two');
		expect(text.out).toContain('12:00:00  zed  rotated one');
		expect(text.err).toMatch(
			/live\.md was (replaced|deleted; waiting for it to come back\n.*live\.md was created again); printing it from the start\n$/,
		);
	});

	it('announces deletion and recreation, then prints the new file from its start', async () => {
		const dir = tempDir();
		const file = join(dir, 'live.md');
		writeFileSync(file, message('10:00:00', 'amy', 'one') + message('10:00:01', 'ben', 'two'));
		const {text, seen} = follow(file, dir);
		await seen('10:00:01  ben  two');
		unlinkSync(file);
		await seen('was deleted; waiting for it to come back\n', 'err');
		writeFileSync(file, message('13:00:00', 'amy', 'one'));
		await seen('13:00:00  amy  one');
		expect(text.err).toMatch(/live\.md was created again; printing it from the start\n$/);
		expect(text.err.split('\n')).toHaveLength(3);
	});
});
