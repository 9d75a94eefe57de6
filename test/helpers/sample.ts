import {fileURLToPath} from 'node:url';
import type {Transcript} from '../../source/core/transcript/types.js';
import {openTranscript} from '../../source/io/open-transcript.js';

export const samplePath = fileURLToPath(
	new URL('../../samples/2018-08-27-WeChat.md', import.meta.url),
);

let cached: Transcript | undefined;

/** The reference day, parsed once per test file. */
export function sample(): Transcript {
	cached ??= openTranscript(samplePath);
	return cached;
}
