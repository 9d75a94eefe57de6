// A folder of daily transcripts opened day by day: the first day at once, the others in
// slices between frames (see runInSlices).

import path from 'node:path';
import {InputError} from '../core/errors.js';
import {createHistoryMerger} from '../core/history/history-merge.js';
import {buildTranscript} from '../core/transcript/build.js';
import {sanitizeLine} from '../core/transcript/sanitize.js';
import type {Transcript} from '../core/transcript/types.js';
import {dateInName, listTranscriptFiles} from './history-files.js';
import {loadFile} from './load-file.js';
import {isUndatedDay, reasonOf} from './open-history.js';
import type {IndexJob, StreamedOpen} from './stream-transcript.js';

function readDay(full: string): Transcript {
	const loaded = loadFile(full);
	return buildTranscript(loaded.text, {
		encoding: loaded.encoding,
		badSequences: loaded.badSequences,
		source: loaded.path,
	});
}

/**
 * Like openHistory, but returns once the days holding `need` messages are read (at least
 * one day); the rest is a job for runInSlices. Files without a date in their name (few:
 * README.md, notes) are read first, so every skipped file is named to `onSkipped` before
 * the first frame. Throws InputError when listing fails or the folder holds no day.
 */
export function openHistoryStream(
	dir: string,
	need: number,
	onSkipped?: (names: string[]) => void,
): StreamedOpen {
	const files = listTranscriptFiles(dir);
	const title = sanitizeLine(path.basename(path.resolve(dir)));
	const merger = createHistoryMerger(title, dir);
	const undated = new Map<string, Transcript>();
	const skipped: string[] = [];
	for (const file of files) {
		if (dateInName(file) !== undefined) continue;
		try {
			const transcript = readDay(path.join(dir, file));
			if (isUndatedDay(transcript)) undated.set(file, transcript);
			else skipped.push(sanitizeLine(file));
		} catch {
			skipped.push(sanitizeLine(file));
		}
	}
	const skip = new Set(skipped);
	let next = 0;
	let count = 0;
	let days = 0;
	const addNext = (): void => {
		const file = files[next++]!;
		const name = sanitizeLine(file);
		if (skip.has(name)) return;
		const full = path.join(dir, file);
		try {
			const transcript = undated.get(file) ?? readDay(full);
			merger.add(name, transcript, dateInName(file));
			if (!transcript.meta.notTranscript) days++;
			count += transcript.messages.length;
		} catch (error) {
			merger.fail(name, reasonOf(error, full));
		}
	};
	do addNext();
	while (next < files.length && (count < need || days === 0));
	if (days === 0) throw new InputError(`${sanitizeLine(dir)}: no transcripts in this folder`);
	if (skipped.length > 0) onSkipped?.(skipped);
	const first = merger.finish();
	if (next >= files.length) return {first};
	function* rest(): IndexJob {
		while (next < files.length) {
			addNext();
			yield next / files.length;
		}
		return merger.finish();
	}
	return {first, rest: rest()};
}
