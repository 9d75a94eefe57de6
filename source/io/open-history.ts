// A folder of daily transcripts (years of daily exports) read as one history.

import path from 'node:path';
import {InputError} from '../core/errors.js';
import {
	createHistoryMerger,
	type HistoryMerger,
	type MergedDay,
} from '../core/history/history-merge.js';
import {sanitizeLine} from '../core/transcript/sanitize.js';
import type {Transcript} from '../core/transcript/types.js';
import {dateInName, isDirectory, listTranscriptFiles} from './history-files.js';
import {openTranscript} from './open-transcript.js';

export {isDirectory, listTranscriptFiles};

/** Why a file could not be read, without the path loadFile puts in front. */
export function reasonOf(error: unknown, file: string): string {
	const message = error instanceof Error ? error.message : String(error);
	const prefix = `${sanitizeLine(file)}: `;
	const reason =
		error instanceof InputError && message.startsWith(prefix)
			? message.slice(prefix.length)
			: message;
	return sanitizeLine(reason).slice(0, 200);
}

/** A file without a date in its name is a day only when its front matter dates it or it holds messages. */
export function isUndatedDay(transcript: Transcript): boolean {
	return (
		!transcript.meta.notTranscript && (transcript.meta.headers > 0 || transcript.meta.date !== '')
	);
}

/** A day file, read and parsed (throws InputError when it cannot be read). */
export const readDayFile: (full: string) => Transcript = openTranscript;

export type HistoryOptions = {
	/** Receives the names of the files skipped, once all are read. */
	onSkipped?: (names: string[]) => void;
	/** Reads one file (tests put their own in). */
	readDay?: (full: string) => Transcript;
};

/**
 * Reads the transcripts of `dir` (see listTranscriptFiles) one at a time, yielding each as
 * merged into the history (see openHistory); returns the merger. Throws InputError only
 * when the folder holds no day, after reading it all.
 */
export function* readHistory(
	dir: string,
	options: HistoryOptions = {},
): Generator<MergedDay, HistoryMerger, undefined> {
	const {onSkipped, readDay = readDayFile} = options;
	const files = listTranscriptFiles(dir);
	const title = sanitizeLine(path.basename(path.resolve(dir)));
	const merger = createHistoryMerger(title, dir);
	const skipped: string[] = [];
	let days = 0;
	for (const file of files) {
		const name = sanitizeLine(file);
		const full = path.join(dir, file);
		const nameDate = dateInName(file);
		let transcript: Transcript;
		try {
			transcript = readDay(full);
		} catch (error) {
			if (nameDate === undefined) skipped.push(name);
			else merger.fail(name, reasonOf(error, full));
			continue;
		}
		if (nameDate === undefined && !isUndatedDay(transcript)) {
			skipped.push(name);
			continue;
		}
		if (!transcript.meta.notTranscript) days++;
		yield merger.add(name, transcript, nameDate);
	}
	if (days === 0) throw new InputError(`${sanitizeLine(dir)}: no transcripts in this folder`);
	if (skipped.length > 0) onSkipped?.(skipped);
	return merger;
}

/**
 * Reads every transcript of `dir` (see listTranscriptFiles) and merges them in order: ids
 * run 0..n-1 across files and `day`/`seconds` count from the first file's date. A file that
 * cannot be read becomes a diagnostic. A file with no date in its name that is not a dated
 * or non-empty transcript (a README.md, notes) is skipped and named to `onSkipped`. Throws
 * InputError only when the folder holds no day.
 */
export function openHistory(dir: string, onSkipped?: (names: string[]) => void): Transcript {
	const days = readHistory(dir, {onSkipped});
	let step = days.next();
	while (!step.done) step = days.next();
	return step.value.finish();
}

/** One line naming the files a folder skipped. */
export function skippedNotice(names: readonly string[]): string {
	const shown = names.slice(0, 3).join(', ');
	const more = names.length > 3 ? ` and ${names.length - 3} more` : '';
	const what =
		names.length === 1
			? 'a file that is not a dated transcript'
			: `${names.length} files that are not dated transcripts`;
	return `skipped ${what}: ${shown}${more}`;
}
