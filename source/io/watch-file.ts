import fs from 'node:fs';
import type {Transcript} from '../core/transcript/types.js';
import {openTranscript} from './open-transcript.js';

// --follow: poll the file (works on every file system and survives editors that replace
// the file), and re-read it once it has been quiet for a moment.

const pollMs = 300;
const settleMs = 150;

export type Unwatch = () => void;

export type FileStamp = {size: number; mtimeMs: number};

/** Size and time of the file as it was read, taken before reading it. */
export function stampOf(file: string): FileStamp | undefined {
	try {
		const {size, mtimeMs} = fs.statSync(file);
		return {size, mtimeMs};
	} catch {
		return undefined;
	}
}

/**
 * Calls back with the re-read transcript after each change. `since` is the file as it was
 * read, so a change made before the watch began is caught too. The polling is our own,
 * not fs.watchFile's, whose first look at the file could already include such a change.
 */
export function watchTranscript(
	file: string,
	onChange: (transcript: Transcript) => void,
	since?: FileStamp,
): Unwatch {
	let last = since ?? stampOf(file);
	let timer: NodeJS.Timeout | undefined;
	let stopped = false;
	const reload = () => {
		try {
			onChange(openTranscript(file));
		} catch {
			// Gone or unreadable for a moment (being replaced): the next change retries.
		}
	};
	const poll = () => {
		fs.stat(file, (error, stats) => {
			if (error || stopped) return;
			if (last && stats.size === last.size && stats.mtimeMs === last.mtimeMs) return;
			last = {size: stats.size, mtimeMs: stats.mtimeMs};
			clearTimeout(timer);
			timer = setTimeout(reload, settleMs);
		});
	};
	const interval = setInterval(poll, pollMs);
	poll();
	return () => {
		stopped = true;
		clearInterval(interval);
		clearTimeout(timer);
	};
}

/** What the plain follower learns from each look at the file. */
export type FileLook =
	| {
			kind: 'read';
			transcript: Transcript;
			/** Inode and device: a new value means the file was replaced (rotated). */
			identity: string;
			size: number;
			/** When the file last changed (its mtime, or when this look saw it change). */
			changedAt: number;
			/** The file ends in a line break: its last line is finished. */
			endsWithNewline: boolean;
	  }
	| {kind: 'gone'};

function lastByteIsNewline(file: string, size: number): boolean {
	if (size === 0) return false;
	let fd: number | undefined;
	try {
		fd = fs.openSync(file, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
		const byte = new Uint8Array(1);
		return fs.readSync(fd, byte, 0, 1, size - 1) === 1 && byte[0] === 0x0a;
	} catch {
		return false;
	} finally {
		if (fd !== undefined) fs.closeSync(fd);
	}
}

/**
 * Polls `file` for the plain follower: each change (once the file has been quiet for a
 * moment) and each disappearance is reported, and `tick` is called on every poll so the
 * follower can act on quiet time. The first look is reported at once.
 */
export function lookAtFile(
	file: string,
	onLook: (look: FileLook) => void,
	tick: () => void,
	options: {pollMs?: number; settleMs?: number} = {},
): Unwatch {
	let last: {identity: string; size: number; mtimeMs: number} | undefined;
	let gone = false;
	let timer: NodeJS.Timeout | undefined;
	let stopped = false;
	const read = () => {
		timer = undefined;
		if (stopped) return;
		try {
			const stats = fs.statSync(file);
			const transcript = openTranscript(file);
			const identity = `${stats.dev}:${stats.ino}`;
			last = {identity, size: stats.size, mtimeMs: stats.mtimeMs};
			onLook({
				kind: 'read',
				transcript,
				identity,
				size: stats.size,
				changedAt: Math.min(Date.now(), stats.mtimeMs),
				endsWithNewline: lastByteIsNewline(file, stats.size),
			});
		} catch {
			// Being replaced or unreadable for a moment: the next poll looks again.
			last = undefined;
		}
	};
	const poll = () => {
		fs.stat(file, (error, stats) => {
			if (stopped) return;
			if (error) {
				if (!gone && error.code === 'ENOENT') {
					gone = true;
					last = undefined;
					onLook({kind: 'gone'});
				}
				tick();
				return;
			}
			gone = false;
			const identity = `${stats.dev}:${stats.ino}`;
			const same =
				last?.identity === identity && last.size === stats.size && last.mtimeMs === stats.mtimeMs;
			if (!same && timer === undefined) timer = setTimeout(read, options.settleMs ?? settleMs);
			tick();
		});
	};
	read();
	const interval = setInterval(poll, options.pollMs ?? pollMs);
	return () => {
		stopped = true;
		clearInterval(interval);
		clearTimeout(timer);
	};
}
