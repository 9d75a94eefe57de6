import fs from 'node:fs';
import {openTranscript} from './core/transcript.js';
import type {Transcript} from './core/types.js';

// --follow: poll the file (works on every file system and survives editors that replace
// the file), and re-read it once it has been quiet for a moment.

const pollMs = 300;
const settleMs = 150;

export type Unwatch = () => void;

export function watchTranscript(file: string, onChange: (transcript: Transcript) => void): Unwatch {
	let timer: NodeJS.Timeout | undefined;
	const changed = (current: fs.Stats, previous: fs.Stats) => {
		if (current.size === previous.size && current.mtimeMs === previous.mtimeMs) return;
		clearTimeout(timer);
		timer = setTimeout(() => {
			try {
				onChange(openTranscript(file));
			} catch {
				// Gone or unreadable for a moment (being replaced): the next change retries.
			}
		}, settleMs);
	};
	fs.watchFile(file, {interval: pollMs}, changed);
	return () => {
		fs.unwatchFile(file, changed);
		clearTimeout(timer);
	};
}
