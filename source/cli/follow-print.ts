import process from 'node:process';
import type {Transcript} from '../core/transcript/types.js';
import {type FileStamp, watchTranscript} from '../io/watch-file.js';
import {plainText} from '../output/plain-text.js';

/**
 * `--follow` without a terminal, like `tail -f`: after the transcript, each new message is
 * printed as it arrives. Runs until interrupted.
 */
export function followPrint(
	file: string,
	transcript: Transcript,
	since?: FileStamp,
): Promise<number> {
	let printed = transcript.messages.length;
	return new Promise((resolve) => {
		const unwatch = watchTranscript(
			file,
			(next) => {
				// A file that shrank was replaced: start over from its end.
				if (next.messages.length < printed) printed = next.messages.length;
				const ids = next.messages.slice(printed).map((message) => message.id);
				printed = next.messages.length;
				if (ids.length > 0) process.stdout.write(plainText(next, {collapse: false, ids}));
			},
			since,
		);
		const stop = () => {
			unwatch();
			resolve(0);
		};
		process.once('SIGINT', stop);
		process.once('SIGTERM', stop);
	});
}
