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
