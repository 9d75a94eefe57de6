import {execFileSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {afterAll, describe, expect, it, vi} from 'vitest';
import {InputError} from '../../source/core/errors.js';
import {loadFile, loadText} from '../../source/io/load-file.js';

const samplePath = fileURLToPath(new URL('../../samples/2018-08-27-WeChat.md', import.meta.url));
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chatreel-load-'));
afterAll(() => fs.rmSync(dir, {recursive: true, force: true}));

function refusal(run: () => unknown): InputError {
	try {
		run();
	} catch (error) {
		expect(error).toBeInstanceOf(InputError);
		return error as InputError;
	}
	throw new Error('expected an InputError');
}

describe('loadFile', () => {
	it('loads the sample', () => {
		const file = loadFile(samplePath);
		expect(file.encoding).toBe('utf-8');
		expect(file.text).toBe(fs.readFileSync(samplePath, 'utf8'));
		expect(file.path).toBe(samplePath);
	});

	it('loads a file larger than the binary probe and an empty file', () => {
		const big = path.join(dir, 'big.md');
		const text = `${'签到\n'.repeat(5000)}end\r\n`;
		fs.writeFileSync(big, text);
		expect(loadFile(big).text).toBe(text.replace('\r\n', '\n'));
		const empty = path.join(dir, 'empty.md');
		fs.writeFileSync(empty, '');
		expect(loadFile(empty).text).toBe('');
	});

	it('refuses a missing file', () => {
		const missing = path.join(dir, 'nope.md');
		expect(refusal(() => loadFile(missing)).message).toBe(`${missing}: no such file`);
		expect(refusal(() => loadFile(path.join(dir, 'x', 'y'))).message).toMatch(/no such file$/);
	});

	it('refuses a directory', () => {
		expect(refusal(() => loadFile(dir)).message).toBe(`${dir}: is a directory`);
	});

	it('refuses a FIFO without blocking', () => {
		const fifo = path.join(dir, 'pipe');
		execFileSync('mkfifo', [fifo]);
		expect(refusal(() => loadFile(fifo)).message).toBe(`${fifo}: is not a regular file`);
	});

	it('refuses character devices', () => {
		for (const device of ['/dev/null', '/dev/zero']) {
			expect(refusal(() => loadFile(device)).message).toBe(`${device}: is not a regular file`);
		}
	});

	it('refuses a binary file', () => {
		const binary = path.join(dir, 'a.bin');
		fs.writeFileSync(binary, Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x00, 0x00]));
		expect(refusal(() => loadFile(binary)).message).toBe(
			`${binary}: looks like a binary file, not a transcript`,
		);
	});

	it('refuses an unreadable file', () => {
		const locked = path.join(dir, 'locked.md');
		fs.writeFileSync(locked, 'x');
		fs.chmodSync(locked, 0);
		// Root reads anything, so the errno is also forced through a spy.
		const spy = vi.spyOn(fs, 'openSync').mockImplementation(() => {
			throw Object.assign(new Error('EACCES: permission denied'), {code: 'EACCES'});
		});
		try {
			expect(refusal(() => loadFile(locked)).message).toBe(`${locked}: permission denied`);
		} finally {
			spy.mockRestore();
		}
	});

	it('maps an unknown errno without leaking the raw error', () => {
		const spy = vi.spyOn(fs, 'statSync').mockImplementation(() => {
			throw Object.assign(new Error('ESTALE: stale file handle'), {code: 'ESTALE'});
		});
		try {
			expect(refusal(() => loadFile('x.md')).message).toBe('x.md: cannot read (ESTALE)');
		} finally {
			spy.mockRestore();
		}
	});

	it('makes a hostile file name inert in the message', () => {
		const hostile = path.join(dir, 'evil\x1b]0;pwned\x07\x1b[2J.md');
		const message = refusal(() => loadFile(hostile)).message;
		expect(message).not.toContain('\x1b');
		expect(message).not.toContain('\x07');
		expect(message).toContain('evil^[]0;pwned^G^[[2J.md: no such file');
		fs.mkdirSync(hostile);
		expect(refusal(() => loadFile(hostile)).message).not.toContain('\x1b');
	});

	it('maps a file name with a NUL to an InputError', () => {
		expect(refusal(() => loadFile('a\0b')).message).toBe('a^@b: invalid file name');
	});
});

describe('loadText', () => {
	it('decodes bytes in memory', () => {
		const loaded = loadText(new Uint8Array(Buffer.from('> 08:00:00  a\r\n\r\nhi\r\n')));
		expect(loaded).toEqual({
			text: '> 08:00:00  a\n\nhi\n',
			encoding: 'utf-8',
			badSequences: 0,
			path: '<stdin>',
		});
	});

	it('refuses binary bytes', () => {
		expect(refusal(() => loadText(new Uint8Array([1, 0, 2]))).message).toBe(
			'<stdin>: looks like a binary file, not a transcript',
		);
	});
});
