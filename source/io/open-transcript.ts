import type {Readable} from 'node:stream';
import {buildTranscript} from '../core/transcript/build.js';
import type {Transcript} from '../core/transcript/types.js';
import {loadFile} from './load-file.js';
import {loadStdin, stdinName} from './load-stdin.js';

/** Reads, decodes and parses a file; throws InputError when the file cannot be read. */
export function openTranscript(path: string): Transcript {
	const loaded = loadFile(path);
	return buildTranscript(loaded.text, {
		encoding: loaded.encoding,
		badSequences: loaded.badSequences,
		source: loaded.path,
	});
}

/** Reads standard input (or any stream) to its end and parses it like a file. */
export async function readTranscript(input: Readable, name = stdinName): Promise<Transcript> {
	const loaded = await loadStdin(input, name);
	return buildTranscript(loaded.text, {
		encoding: loaded.encoding,
		badSequences: loaded.badSequences,
		source: loaded.path,
	});
}
