// Reads a transcript file, refusing anything that is not a readable regular text file
// with one clear InputError. stat() comes first: opening a FIFO without a writer blocks.

import fs from 'node:fs';
import {InputError} from '../core/errors.js';
import {type Decoded, decodeBytes, looksBinary} from '../core/transcript/decode.js';
import {sanitizeLine} from '../core/transcript/sanitize.js';

export type LoadedFile = Decoded & {path: string};

export const MAX_BYTES = 1024 ** 3;
const PROBE_BYTES = 8192;

const errnoMessages: Record<string, string> = {
	ENOENT: 'no such file',
	ENOTDIR: 'no such file',
	EACCES: 'permission denied',
	EPERM: 'permission denied',
	EISDIR: 'is a directory',
	ELOOP: 'too many levels of symbolic links',
	ENAMETOOLONG: 'file name too long',
	EMFILE: 'too many open files',
	ENFILE: 'too many open files',
	EIO: 'input/output error',
	ENXIO: 'is not a regular file',
	EAGAIN: 'is not a regular file',
	ERR_INVALID_ARG_VALUE: 'invalid file name',
	ERR_INVALID_ARG_TYPE: 'invalid file name',
};

function refuse(path: string, problem: string): InputError {
	return new InputError(`${sanitizeLine(path)}: ${problem}`);
}

function fromErrno(path: string, error: unknown): InputError {
	const code = (error as {code?: unknown} | null)?.code;
	const known = typeof code === 'string' ? errnoMessages[code] : undefined;
	return refuse(
		path,
		known ?? `cannot read (${typeof code === 'string' ? code : 'unknown error'})`,
	);
}

function checkKind(path: string, stat: fs.Stats): void {
	if (stat.isDirectory()) throw refuse(path, 'is a directory');
	if (!stat.isFile()) throw refuse(path, 'is not a regular file');
	if (stat.size > MAX_BYTES) throw refuse(path, 'is larger than 1 GiB');
}

function readFully(fd: number, buffer: Uint8Array, from: number): number {
	let filled = from;
	while (filled < buffer.length) {
		const read = fs.readSync(fd, buffer, filled, buffer.length - filled, null);
		if (read === 0) break;
		filled += read;
	}
	return filled;
}

function decodeOrRefuse(bytes: Uint8Array, path: string): LoadedFile {
	try {
		return {...decodeBytes(bytes), path};
	} catch {
		// Only a string longer than V8 allows can get here.
		throw refuse(path, 'is too large to decode');
	}
}

/** Bytes already in memory (a stdin pipe). */
export function loadText(bytes: Uint8Array, path = '<stdin>'): LoadedFile {
	if (bytes.length > MAX_BYTES) throw refuse(path, 'is larger than 1 GiB');
	if (looksBinary(bytes)) throw refuse(path, 'looks like a binary file, not a transcript');
	return decodeOrRefuse(bytes, path);
}

export function loadFile(path: string): LoadedFile {
	const {fd, size, head} = openForReading(path);
	try {
		const buffer = new Uint8Array(size);
		buffer.set(head);
		const filled = head.length < PROBE_BYTES ? head.length : readFully(fd, buffer, head.length);
		return decodeOrRefuse(buffer.subarray(0, filled), path);
	} catch (error) {
		throw error instanceof InputError ? error : fromErrno(path, error);
	} finally {
		try {
			fs.closeSync(fd);
		} catch {
			// Nothing useful to report once the bytes are read.
		}
	}
}

/**
 * Opens a file for reading in pieces after the same checks as loadFile (a regular file,
 * at most 1 GiB, not binary). The caller closes `fd`. `head` holds the first bytes.
 */
export function openForReading(path: string): {fd: number; size: number; head: Uint8Array} {
	let stat: fs.Stats;
	try {
		stat = fs.statSync(path);
	} catch (error) {
		throw fromErrno(path, error);
	}
	checkKind(path, stat);
	let fd: number;
	try {
		// O_NONBLOCK: should the file be swapped for a FIFO after stat, open still returns.
		fd = fs.openSync(path, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
	} catch (error) {
		throw fromErrno(path, error);
	}
	try {
		const opened = fs.fstatSync(fd);
		checkKind(path, opened);
		const head = new Uint8Array(Math.min(PROBE_BYTES, opened.size));
		const probed = readFully(fd, head, 0);
		if (looksBinary(head.subarray(0, probed))) {
			throw refuse(path, 'looks like a binary file, not a transcript');
		}
		return {fd, size: opened.size, head: head.subarray(0, probed)};
	} catch (error) {
		fs.closeSync(fd);
		throw error instanceof InputError ? error : fromErrno(path, error);
	}
}
