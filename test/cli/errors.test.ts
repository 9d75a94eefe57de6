import {execFileSync} from 'node:child_process';
import {mkdirSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {expectOneErrorLine, removeTempDirs, runCli, samplePath, tempDir} from './run-cli.js';

afterAll(removeTempDirs);

const redEscape = '\u001b[31m';

describe('files that cannot be read exit 1 with one line', () => {
	it('a missing file', () => {
		const line = expectOneErrorLine(runCli([join(tempDir(), 'missing.md')]), 1);
		expect(line).toContain('missing.md');
	});

	it('a directory with no transcripts in it', () => {
		const dir = join(tempDir(), 'a-directory');
		mkdirSync(dir);
		const line = expectOneErrorLine(runCli([dir]), 1);
		expect(line).toContain('no transcripts in this folder');
	});

	it('a FIFO, without hanging', () => {
		const fifo = join(tempDir(), 'pipe.md');
		execFileSync('mkfifo', [fifo]);
		const result = runCli([fifo], {timeout: 10_000});
		expect(result.timedOut, 'chatreel blocked opening a FIFO').toBe(false);
		expectOneErrorLine(result, 1);
	});

	it('/dev/zero, without hanging', () => {
		const result = runCli(['/dev/zero'], {timeout: 10_000});
		expect(result.timedOut).toBe(false);
		expectOneErrorLine(result, 1);
	});

	it('a binary file', () => {
		const path = join(tempDir(), 'binary.md');
		const bytes = Buffer.alloc(4096);
		for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 131 + 7) % 256;
		writeFileSync(path, bytes);
		expectOneErrorLine(runCli([path]), 1);
	});

	it('a text file with no message headers', () => {
		const path = join(tempDir(), 'notes.md');
		writeFileSync(path, '---\ntitle: notes\n---\n# Just notes\n\nNo chat here.\n');
		expectOneErrorLine(runCli(['--json', path]), 1);
	});
});

describe('bad usage exits 2 with one line', () => {
	it('an unknown flag', () => {
		const line = expectOneErrorLine(runCli(['--bogus', samplePath]), 2);
		expect(line).toContain('--bogus');
	});

	it('--print with --json', () => {
		expectOneErrorLine(runCli(['--print', '--json', samplePath]), 2);
	});

	it('--speed out of range', () => {
		const line = expectOneErrorLine(runCli(['--speed', '1000', samplePath]), 2);
		expect(line).toContain('--speed');
	});

	it('--speed that is not a number', () => {
		expectOneErrorLine(runCli(['--speed', 'abc', samplePath]), 2);
	});

	it('--talk 0', () => {
		expectOneErrorLine(runCli(['--present', '--talk', '0', samplePath]), 2);
	});

	it('two paths', () => {
		expectOneErrorLine(runCli([samplePath, samplePath]), 2);
	});
});

describe('file names on stderr are sanitized', () => {
	it('a missing file named with an escape sequence', () => {
		const path = join(tempDir(), `gone${redEscape}red.md`);
		const line = expectOneErrorLine(runCli([path]), 1);
		expect(line).toContain('red.md');
	});

	it('a file that is not a transcript, named with an escape sequence', () => {
		// Issue #10: an empty file is a day with no messages now, so text stands in for it.
		const path = join(tempDir(), `notes${redEscape}red.md`);
		writeFileSync(path, 'just notes\n');
		const line = expectOneErrorLine(runCli([path]), 1);
		expect(line).toContain('red.md');
	});

	it('a binary file named with an escape sequence', () => {
		const path = join(tempDir(), `bin${redEscape}red.md`);
		writeFileSync(path, Buffer.from([0, 1, 2, 3, 0, 0, 255]));
		expectOneErrorLine(runCli([path]), 1);
	});
});
