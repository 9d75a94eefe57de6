// A folder of daily transcripts (years of daily exports) read as one history.

import path from 'node:path';
import {InputError} from '../core/errors.js';
import {createHistoryMerger} from '../core/history/history-merge.js';
import {buildTranscript} from '../core/transcript/build.js';
import {sanitizeLine} from '../core/transcript/sanitize.js';
import type {Transcript} from '../core/transcript/types.js';
import {dateInName, isDirectory, listTranscriptFiles} from './history-files.js';
import {loadFile} from './load-file.js';

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

/**
 * Reads every transcript of `dir` (see listTranscriptFiles) and merges them in order: ids
 * run 0..n-1 across files and `day`/`seconds` count from the first file's date. A file that
 * cannot be read becomes a diagnostic; throws InputError only when the folder holds none.
 */
export function openHistory(dir: string): Transcript {
	const files = listTranscriptFiles(dir);
	const title = sanitizeLine(path.basename(path.resolve(dir)));
	const merger = createHistoryMerger(title, dir);
	for (const file of files) {
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
		} catch (error) {
			merger.fail(name, reasonOf(error, full));
		}
	}
	return merger.finish();
}
