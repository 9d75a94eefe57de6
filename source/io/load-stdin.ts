// Standard input read to its end, bounded and decoded like a file (loadText).

import type {Readable} from 'node:stream';
import {InputError} from '../core/errors.js';
import {type LoadedFile, loadText, MAX_BYTES} from './load-file.js';

export const stdinName = '<stdin>';

/** Reads `input` to its end; refuses more than load-file's cap without holding it all. */
export async function loadStdin(input: Readable, name = stdinName): Promise<LoadedFile> {
	const chunks: Uint8Array[] = [];
	let size = 0;
	try {
		for await (const chunk of input) {
			const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Uint8Array);
			size += bytes.length;
			if (size > MAX_BYTES) {
				input.destroy();
				throw new InputError(`${name}: is larger than 1 GiB`);
			}
			chunks.push(bytes);
		}
	} catch (error) {
		if (error instanceof InputError) throw error;
		const code = (error as {code?: unknown} | null)?.code;
		throw new InputError(
			`${name}: cannot read (${typeof code === 'string' ? code : 'unknown error'})`,
		);
	}
	return loadText(Buffer.concat(chunks, size), name);
}
