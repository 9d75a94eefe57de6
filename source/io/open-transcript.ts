import {buildTranscript} from '../core/transcript/build.js';
import type {Transcript} from '../core/transcript/types.js';
import {loadFile} from './load-file.js';

/** Reads, decodes and parses a file; throws InputError when the file cannot be read. */
export function openTranscript(path: string): Transcript {
	const loaded = loadFile(path);
	return buildTranscript(loaded.text, {
		encoding: loaded.encoding,
		badSequences: loaded.badSequences,
		source: loaded.path,
	});
}
