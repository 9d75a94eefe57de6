import {readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {
	type CliResult,
	messageStart,
	removeTempDirs,
	runCli,
	samplePath,
	stderrLines,
	tempDir,
} from './run-cli.js';

afterAll(removeTempDirs);

const brokenHeaderDay = [
	'---',
	'title: broken',
	'date: 2018-08-27',
	'---',
	'> 10:00:00  alice  ',
	'',
	'first  ',
	'second line  ',
	'',
	'> 25:61:99  x',
	'',
	'lost',
	'',
	'> 10:01:00  bob',
	'',
	'hi',
	'',
].join('\n');

describe('chatreel --print', () => {
	let folded: CliResult;
	let lines: string[];
	beforeAll(() => {
		folded = runCli(['--print', samplePath]);
		lines = folded.stdout.split('\n');
	});

	it('prints one line per message as HH:MM:SS  SPEAKER  TEXT and exits 0', () => {
		expect(folded.status, folded.stderr).toBe(0);
		expect(folded.stderr).toBe('');
		expect(lines[0]).toBe('00:50:55  无缺-杭州-后端  [愉快]');
		expect(lines).toContain('07:56:52  支付产品开发交流群  [media]');
		expect(lines).toContain('19:27:56  Eric-Silot-SG  大家好，时间差不多了，我这边就开始分享了');
		expect(folded.stdout.endsWith('\n')).toBe(true);
	});

	it('puts a link title and its URL on one line and starts every line with a time', () => {
		const link = lines.findIndex((line) => line.startsWith('08:49:53  右军-蚂蚁金服-成都  '));
		expect(lines[link]).toMatch(
			/^08:49:53 {2}右军-蚂蚁金服-成都 {2}焦虑的时代，工程师如何高效学习？ ↵ <http:\/\/mp\.weixin\.qq\.com\/s\?__biz=\S+>$/,
		);
		for (const line of lines.filter((l) => l !== '')) {
			expect(line, line).toMatch(/^\d{2}:\d{2}:\d{2} {2}/);
		}
	});

	it('folds each flood into one line with its count and span', () => {
		const flood = lines.filter((line) => line.startsWith('18:33:32'));
		expect(flood).toHaveLength(1);
		expect(flood[0]).toContain('84 messages');
		expect(flood[0]).toMatch(/18:33:32\s*[–-]\s*19:24:42/);
		expect(flood[0]).toContain('签到');
		const morning = lines.filter((line) => line.startsWith('08:53:57'));
		expect(morning[0]).toContain('39 messages');
		const starts = lines.filter((line) => messageStart.test(line)).length;
		expect(starts).toBeLessThan(441 - 100);
	});

	it('prints every message with --no-collapse', () => {
		const all = runCli(['--print', '--no-collapse', samplePath]);
		expect(all.status, all.stderr).toBe(0);
		const starts = all.stdout.split('\n').filter((line) => messageStart.test(line));
		expect(starts).toHaveLength(441);
		expect(all.stdout).not.toContain('[flood]');
		expect(starts.filter((line) => line.startsWith('18:33:32'))).toHaveLength(1);
	});

	it('never writes an escape byte, even with colour forced', () => {
		expect(folded.stdout).not.toContain('\u001b');
		const forced = runCli(['--print', '--no-collapse', samplePath], {
			env: {FORCE_COLOR: '3', TERM: 'xterm-256color'},
		});
		expect(forced.status).toBe(0);
		expect(forced.stdout).not.toContain('\u001b');
		expect(forced.stderr).not.toContain('\u001b');
	});

	it('prints plain text with no flag when stdout is a pipe', () => {
		const plain = runCli([samplePath]);
		expect(plain.status, plain.stderr).toBe(0);
		expect(plain.stdout).toBe(folded.stdout);
	});

	it('reads a piped stdin when no path is given, never the bundled sample', () => {
		// Issue #10: the sample opens only when stdin is a terminal (test/terminal covers it).
		const piped = runCli(['--print'], {input: readFileSync(samplePath)});
		expect(piped.status, piped.stderr).toBe(0);
		expect(piped.stdout).toBe(folded.stdout);
		const empty = runCli(['--print']);
		expect(empty.status, empty.stderr).toBe(0);
		expect(empty.stdout).toBe('');
	});
});

describe('a transcript with a broken header', () => {
	it('prints the other messages, exits 0 and names the line on stderr', () => {
		const dir = tempDir();
		const path = join(dir, 'broken.md');
		writeFileSync(path, brokenHeaderDay);
		const result = runCli(['--print', path]);
		expect(result.status, result.stderr).toBe(0);
		expect(result.stdout).toBe('10:00:00  alice  first ↵ second line\n10:01:00  bob  hi\n');
		const errors = stderrLines(result);
		expect(errors).toHaveLength(1);
		expect(errors[0]).toMatch(/^chatreel: /);
		expect(errors[0]).toContain('line 10');
		expect(result.stderr).not.toContain('    at ');
	});

	it('keeps an escape in the file name off stderr', () => {
		const dir = tempDir();
		const path = join(dir, 'bad\u001b[31mname.md');
		writeFileSync(path, brokenHeaderDay);
		const result = runCli(['--print', path]);
		expect(result.status).toBe(0);
		expect(stderrLines(result)).toHaveLength(1);
		expect(result.stderr).not.toContain('\u001b');
	});
});
