import {fileURLToPath} from 'node:url';
import {openTranscript} from '../../source/core/transcript.js';
import type {Transcript} from '../../source/core/types.js';

export const samplePath = fileURLToPath(
	new URL('../../samples/2018-08-27-WeChat.md', import.meta.url),
);

let cached: Transcript | undefined;

/** The reference day, parsed once per test file. */
export function sample(): Transcript {
	cached ??= openTranscript(samplePath);
	return cached;
}
