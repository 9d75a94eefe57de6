// A folder of daily transcripts opened day by day: the first day at once, the others in
// slices between frames (see runInSlices).

import path from 'node:path';
import {createHistoryMerger} from '../core/history/history-merge.js';
import {buildTranscript} from '../core/transcript/build.js';
import {sanitizeLine} from '../core/transcript/sanitize.js';
import {dateInName, listTranscriptFiles} from './history-files.js';
import {loadFile} from './load-file.js';
import {reasonOf} from './open-history.js';
import type {IndexJob, StreamedOpen} from './stream-transcript.js';

/**
 * Like openHistory, but returns once the days holding `need` messages are read (at least
 * the first day); the rest is a job for runInSlices. Throws InputError when listing fails.
 */
export function openHistoryStream(dir: string, need: number): StreamedOpen {
	const files = listTranscriptFiles(dir);
	const title = sanitizeLine(path.basename(path.resolve(dir)));
	const merger = createHistoryMerger(title, dir);
	let next = 0;
	let count = 0;
	const addNext = (): void => {
		const file = files[next++]!;
		const name = sanitizeLine(file);
		const full = path.join(dir, file);
		try {
			const loaded = loadFile(full);
			const transcript = buildTranscript(loaded.text, {
				encoding: loaded.encoding,
				badSequences: loaded.badSequences,
				source: loaded.path,
			});
			merger.add(name, transcript, dateInName(file));
			count += transcript.messages.length;
		} catch (error) {
			merger.fail(name, reasonOf(error, full));
		}
	};
	do addNext();
	while (next < files.length && count < need);
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
