// Following a file as it grows: only the appended bytes are read and parsed (the byte
// offset is kept; a split character or header waits in the parser for the rest).
// Truncation, rotation and deletion are told apart by fileChange, as the plain follower does.

import fs from 'node:fs';
import {
	createLiveTranscript,
	type LiveEvent,
	type LiveTranscript,
} from '../core/transcript/live-transcript.js';
import type {Transcript} from '../core/transcript/types.js';
import {type FileSeen, fileChange} from './file-change.js';
import {loadFile} from './load-file.js';
import {openTranscript} from './open-transcript.js';

export const livePollMs = 100;
const CHUNK = 1024 * 1024;

export type LiveSource = {
	/** The transcript as first read. */
	first: Transcript;
	/** Reports each change until the returned function is called (F stops, F starts again). */
	subscribe(onEvent: (event: LiveEvent) => void): () => void;
};

function identityOf(stats: fs.Stats): string {
	return `${stats.dev}:${stats.ino}`;
}

/** Reads what was appended to a file since `offset`; UTF-8 only (see openLiveFile). */
function createReader(path: string) {
	let parser: LiveTranscript = createLiveTranscript({source: path});
	let decoder = new TextDecoder('utf-8');
	let offset = 0;
	const buffer = new Uint8Array(CHUNK);
	return {
		restart() {
			parser = createLiveTranscript({source: path});
			decoder = new TextDecoder('utf-8');
			offset = 0;
		},
		/** Reads up to `size`; true when anything was read. */
		readTo(size: number): boolean {
			if (size <= offset) return false;
			const fd = fs.openSync(path, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
			try {
				let read = 0;
				for (;;) {
					const n = fs.readSync(fd, buffer, 0, CHUNK, offset);
					if (n === 0) break;
					offset += n;
					read += n;
					parser.push(decoder.decode(buffer.subarray(0, n), {stream: true}));
				}
				return read > 0;
			} finally {
				fs.closeSync(fd);
			}
		},
		transcript: () => parser.transcript(),
	};
}

/** Whether a file can be read in appended pieces: UTF-8 (not UTF-16, not GB18030). */
function streamable(path: string): boolean {
	return loadFile(path).encoding === 'utf-8';
}

/**
 * Opens `path` to follow it. A file in another encoding than UTF-8 is read again whole on
 * each change (rare: live exports are UTF-8).
 */
export function openLiveFile(path: string, pollMs = livePollMs): LiveSource {
	const whole = !streamable(path);
	const reader = createReader(path);
	let seen: FileSeen = 'gone';
	const look = (): FileSeen => {
		try {
			const stats = fs.statSync(path);
			return {identity: identityOf(stats), size: stats.size};
		} catch {
			return 'gone';
		}
	};
	const read = (): Transcript => {
		if (whole) return openTranscript(path);
		reader.readTo(seen === 'gone' ? 0 : seen.size);
		return reader.transcript();
	};
	seen = look();
	const first = whole ? openTranscript(path) : read();

	const poll = (onEvent: (event: LiveEvent) => void): void => {
		const before = seen;
		const now = look();
		const change = fileChange(before, now);
		seen = now;
		try {
			switch (change) {
				case 'same':
					return;
				case 'deleted':
					onEvent({kind: 'gone'});
					return;
				case 'grew':
					if (whole) {
						onEvent({kind: 'grew', transcript: read()});
					} else if (reader.readTo(now === 'gone' ? 0 : now.size)) {
						onEvent({kind: 'grew', transcript: reader.transcript()});
					}
					return;
				default:
					reader.restart();
					onEvent({kind: 'reset', transcript: read(), why: change});
			}
		} catch {
			// Unreadable for a moment (being replaced): the next poll tries the same change.
			seen = before;
		}
	};

	return {
		first,
		subscribe(onEvent) {
			const timer = setInterval(() => poll(onEvent), pollMs);
			poll(onEvent);
			// A change event polls at once (the timer stays: events stop after a rotation).
			let watcher: fs.FSWatcher | undefined;
			try {
				watcher = fs.watch(path, {persistent: false}, () => poll(onEvent));
				watcher.on('error', () => watcher?.close());
			} catch {
				// No watching here (or the file is gone for now): the timer is enough.
			}
			return () => {
				clearInterval(timer);
				watcher?.close();
			};
		},
	};
}
