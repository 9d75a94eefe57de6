import process from 'node:process';
import {sanitizeLine} from '../core/transcript/sanitize.js';
import {type FileSeen, fileChange} from '../io/file-change.js';
import {type FileLook, lookAtFile} from '../io/watch-file.js';
import {plainText} from '../output/plain-text.js';
import {type FollowProgress, nextToPrint, noProgress, stillStands} from './follow-progress.js';

const seenOf = (look: Extract<FileLook, {kind: 'read'}>): FileSeen => ({
	identity: look.identity,
	size: look.size,
});

/** How long the file must stay unchanged before its last message counts as finished. */
export const quietMs = 1000;

/**
 * `--follow` without a terminal, like `tail -f`: the transcript, then each new message,
 * until interrupted. A message is printed only once it is complete: when the next header
 * follows it, or, for the last message of the file, once the file ends in a line break and
 * has not changed for `quietMs` (a writer still halfway through a message either writes
 * on within that time or has stopped). When the file is truncated, rewritten, replaced
 * (rotated) or deleted and created again, one line on stderr says so and the new content
 * is printed from its start.
 */
export function followPrint(file: string): Promise<number> {
	const shown = sanitizeLine(file);
	let progress: FollowProgress = noProgress;
	let current: Extract<FileLook, {kind: 'read'}> | undefined;
	let wasGone = false;

	const restart = (why: string) => {
		process.stderr.write(`chatreel: ${shown} ${why}; printing it from the start\n`);
		progress = noProgress;
	};
	const printUpTo = (end: number) => {
		if (!current) return;
		const {transcript} = current;
		const next = nextToPrint(progress, transcript, end);
		progress = next.progress;
		if (next.ids.length === 0) return;
		process.stdout.write(plainText(transcript, {collapse: false, ids: next.ids}));
	};
	const printFinished = () => {
		if (!current) return;
		const count = current.transcript.messages.length;
		const quiet = Date.now() - current.changedAt >= quietMs;
		printUpTo(quiet && current.endsWithNewline ? count : count - 1);
	};

	return new Promise((resolve) => {
		const unwatch = lookAtFile(
			file,
			(look) => {
				if (look.kind === 'gone') {
					process.stderr.write(`chatreel: ${shown} was deleted; waiting for it to come back\n`);
					wasGone = true;
					current = undefined;
					return;
				}
				const previous = current;
				current = look;
				const before = wasGone ? 'gone' : previous;
				const change = fileChange(
					before && (before === 'gone' ? before : seenOf(before)),
					seenOf(look),
				);
				wasGone = false;
				if (change === 'recreated') {
					restart('was created again');
				} else if (change === 'replaced') {
					restart('was replaced');
				} else if (change === 'truncated') {
					restart('was truncated');
				} else if (!stillStands(progress, look.transcript)) {
					restart('was rewritten');
				}
				printFinished();
			},
			printFinished,
		);
		const stop = () => {
			unwatch();
			resolve(0);
		};
		process.once('SIGINT', stop);
		process.once('SIGTERM', stop);
		process.once('SIGHUP', stop);
	});
}
