// Reads a small settings file without trusting what is at its path: a FIFO would block in
// open(), a device (a symlink to /dev/zero) would never end. The type is checked first, the
// open does not block, and no more than `maxBytes` are read.

import fs from 'node:fs';
import {errorCode} from './file-lock.js';

export type SmallFile =
	| {kind: 'text'; text: string}
	| {kind: 'missing'}
	/** A FIFO, device, socket or directory. */
	| {kind: 'not-regular'}
	| {kind: 'too-large'}
	| {kind: 'unreadable'; code: string};

export function readSmallFile(file: string, maxBytes: number): SmallFile {
	let fd: number | undefined;
	try {
		if (!fs.statSync(file).isFile()) return {kind: 'not-regular'};
		// O_NONBLOCK: should the file be swapped for a FIFO after stat, open still returns.
		fd = fs.openSync(file, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
		const stat = fs.fstatSync(fd);
		if (!stat.isFile()) return {kind: 'not-regular'};
		if (stat.size > maxBytes) return {kind: 'too-large'};
		const buffer = Buffer.alloc(maxBytes + 1);
		let filled = 0;
		while (filled < buffer.length) {
			const read = fs.readSync(fd, buffer, filled, buffer.length - filled, null);
			if (read === 0) break;
			filled += read;
		}
		if (filled > maxBytes) return {kind: 'too-large'};
		return {kind: 'text', text: buffer.subarray(0, filled).toString('utf8')};
	} catch (error) {
		const code = errorCode(error) ?? 'error';
		if (code === 'ENOENT') return {kind: 'missing'};
		if (code === 'EAGAIN' || code === 'ENXIO') return {kind: 'not-regular'};
		return {kind: 'unreadable', code};
	} finally {
		if (fd !== undefined) fs.closeSync(fd);
	}
}
