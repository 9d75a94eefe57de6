import {readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {expectOneErrorLine, removeTempDirs, runCli, samplePath, tempDir} from './run-cli.js';

afterAll(removeTempDirs);

const sampleBytes = readFileSync(samplePath);
const quietDay =
	'---\nlayout:     source \ntitle:      "2019-02-03-WeChat"\ndate:       2019-02-03 12:00:00\nauthor:     None\nlines:      0 \ntag:\t\t  [chat]\n---\n';

function json(stdout: string) {
	return JSON.parse(stdout) as {
		meta: Record<string, unknown>;
		messages: unknown[];
		speakers: unknown[];
		talks: unknown[];
		floods: unknown[];
		diagnostics: unknown[];
	};
}

describe('a day with no messages', () => {
	const dir = tempDir();
	const files = {
		quiet: join(dir, '2019-02-03.md'),
		zero: join(dir, 'zero.md'),
	};
	writeFileSync(files.quiet, quietDay);
	writeFileSync(files.zero, '');

	it.each(Object.entries(files))('%s: --print prints nothing and exits 0', (_, path) => {
		const result = runCli(['--print', path]);
		expect(result.status, result.stderr).toBe(0);
		expect(result.stdout).toBe('');
		expect(result.stderr).toBe('');
	});

	it.each(Object.entries(files))('%s: --json has empty arrays', (_, path) => {
		const result = runCli(['--json', path]);
		expect(result.status, result.stderr).toBe(0);
		const doc = json(result.stdout);
		expect(doc.meta.headers).toBe(0);
		for (const list of [doc.messages, doc.speakers, doc.talks, doc.floods, doc.diagnostics]) {
			expect(list).toEqual([]);
		}
	});

	it('keeps the quiet day its date', () => {
		expect(json(runCli(['--json', files.quiet]).stdout).meta.date).toBe('2019-02-03');
	});

	it('an empty stdin is an empty day too', () => {
		const result = runCli(['--json', '-']);
		expect(result.status, result.stderr).toBe(0);
		expect(json(result.stdout).messages).toEqual([]);
	});

	it('text without chat front matter or a header is still refused', () => {
		const path = join(dir, 'notes.md');
		writeFileSync(path, '# notes\n\nnothing said\n');
		const line = expectOneErrorLine(runCli(['--print', path]), 1);
		expect(line).toBe(`chatreel: ${path}: no chat messages found; not a transcript`);
	});
});

describe('standard input', () => {
	const file = runCli(['--json', samplePath]);

	it('cat day.md | chatreel prints the same 441 messages as the file', () => {
		const piped = runCli([], {input: sampleBytes});
		expect(piped.status, piped.stderr).toBe(0);
		expect(piped.stdout).toBe(runCli([samplePath]).stdout);
		const all = runCli(['--print', '--no-collapse'], {input: sampleBytes});
		expect(all.stdout.split('\n').filter((line) => /^\d\d:\d\d:\d\d {2}/.test(line))).toHaveLength(
			441,
		);
	});

	it('--json is the file\'s apart from meta.source, which is "<stdin>"', () => {
		for (const args of [['--json'], ['--json', '-']]) {
			const piped = runCli(args, {input: sampleBytes});
			expect(piped.status, piped.stderr).toBe(0);
			const fromPipe = json(piped.stdout);
			const fromFile = json(file.stdout);
			expect(fromPipe.meta.source).toBe('<stdin>');
			expect(fromPipe.messages).toHaveLength(441);
			expect({...fromPipe, meta: {...fromPipe.meta, source: null}}).toEqual({
				...fromFile,
				meta: {...fromFile.meta, source: null},
			});
		}
	});

	it('- means stdin', () => {
		const result = runCli(['--print', '-'], {input: sampleBytes});
		expect(result.status, result.stderr).toBe(0);
		expect(result.stdout).toBe(runCli(['--print', samplePath]).stdout);
	});

	it('echo garbage | chatreel exits 1 with "not a transcript"', () => {
		const line = expectOneErrorLine(runCli([], {input: 'garbage\n'}), 1);
		expect(line).toBe('chatreel: <stdin>: no chat messages found; not a transcript');
	});

	it('binary on stdin is refused like a binary file', () => {
		const bytes = Buffer.alloc(4096);
		for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 131 + 7) % 256;
		const line = expectOneErrorLine(runCli(['-'], {input: bytes}), 1);
		expect(line).toContain('<stdin>: looks like a binary file');
	});

	it('decodes GB18030 on stdin as it does in a file', () => {
		const path = join(tempDir(), 'gb.md');
		// '> 10:00:00  张三\n   \n退款和提现\n' in GB18030 (TextEncoder has no GB18030).
		const gb = Buffer.from(
			'3e2031303a30303a30302020d5c5c8fd0a2020200acdcbbfeebacdcce1cfd60a',
			'hex',
		);
		writeFileSync(path, gb);
		const fromFile = runCli(['--print', path]);
		const fromPipe = runCli(['--print'], {input: gb});
		expect(fromPipe.status, fromPipe.stderr).toBe(0);
		expect(fromPipe.stdout).toBe('10:00:00  张三  退款和提现\n');
		expect(fromPipe.stdout).toBe(fromFile.stdout);
	});

	it('--follow refuses stdin with exit 2', () => {
		const line = expectOneErrorLine(runCli(['--follow', '-'], {input: sampleBytes}), 2);
		expect(line).toContain('standard input');
	});
});
