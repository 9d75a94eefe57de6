import process from 'node:process';
import {runConfigCommand} from '../config/config-command.js';
import {openStore} from '../config/store.js';
import {InputError, UsageError} from '../core/errors.js';
import {buildReel, defaultTalk, stepMessageId} from '../core/replay/reel.js';
import {sanitizeLine} from '../core/transcript/sanitize.js';
import type {Transcript} from '../core/transcript/types.js';
import {isDirectory, openHistory} from '../io/open-history.js';
import {openTranscript} from '../io/open-transcript.js';
import {bundledSample} from '../io/paths.js';
import {openHistoryStream} from '../io/stream-history.js';
import {openTranscriptStream, type StreamedOpen} from '../io/stream-transcript.js';
import {stampOf} from '../io/watch-file.js';
import {jsonText} from '../output/json-output.js';
import {plainText} from '../output/plain-text.js';
import {asksToPresent, parseNumberFlag, reelSelection} from './flag-values.js';
import type {Flags} from './flags.js';

function write(text: string): void {
	process.stdout.write(text);
}

// `| head` closes the pipe early: that is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
	if (error.code === 'EPIPE') process.exit(0);
	throw error;
});

function diagnosticsLine(transcript: Transcript, path: string): string | undefined {
	const {diagnostics} = transcript;
	if (diagnostics.length === 0) return undefined;
	const first = diagnostics[0];
	const where = first && first.line > 0 ? `line ${first.line}: ` : '';
	const more =
		diagnostics.length > 1 ? ` (and ${diagnostics.length - 1} more; --json lists them)` : '';
	return `chatreel: ${sanitizeLine(path)}: ${where}${sanitizeLine(first?.problem ?? '')}${more}`;
}

function presentedIds(transcript: Transcript, flags: Flags): number[] {
	const selection = reelSelection(flags, transcript);
	const talk = selection ? undefined : defaultTalk(transcript);
	const chosen = selection ?? (talk === undefined ? undefined : {talk});
	if (!chosen) throw new InputError('no talk in this transcript to present');
	const ids: number[] = [];
	for (const step of buildReel(transcript, chosen).steps) {
		if (step.kind === 'message') ids.push(stepMessageId(step));
		else for (let id = step.firstId; id <= step.lastId; id++) ids.push(id);
	}
	return ids;
}

function withMessages(opened: StreamedOpen, path: string): StreamedOpen {
	if (opened.first.meta.headers === 0) {
		throw new InputError(`${sanitizeLine(path)}: no chat messages found; not a transcript`);
	}
	return opened;
}

export async function run(input: readonly string[], flags: Flags): Promise<number> {
	if (input[0] === 'config') {
		const result = runConfigCommand(input.slice(1), openStore());
		if (result.stdout) write(result.stdout);
		if (result.stderr) process.stderr.write(result.stderr);
		return result.exitCode;
	}
	if (input.length > 1) throw new UsageError('give one transcript at a time');
	if (flags.print && flags.json) throw new UsageError('--print and --json cannot be used together');
	parseNumberFlag('speed', flags.speed, 0.25, 64);
	parseNumberFlag('idle-limit', flags.idleLimit, 0.1, 3600);
	const present = asksToPresent(flags);
	const path = input[0] ?? bundledSample;
	const folder = isDirectory(path);
	if (folder && flags.follow) throw new UsageError('--follow follows one file, not a folder');
	const stamp = folder ? undefined : stampOf(path);
	const interactive = process.stdout.isTTY && process.stdin.isTTY && !flags.print && !flags.json;
	if (interactive) {
		// The reader opens big files in the background after the first screen (not with
		// --follow, whose watcher compares with the file as read).
		const open = (need: number): StreamedOpen => {
			if (flags.follow) return {first: openTranscript(path)};
			return folder ? openHistoryStream(path, need) : openTranscriptStream(path, need);
		};
		const {runReader} = await import('../app/reader-session.js');
		return runReader((need) => withMessages(open(need), path), path, {...flags, present}, stamp);
	}
	const transcript = withMessages(
		{first: folder ? openHistory(path) : openTranscript(path)},
		path,
	).first;
	const problems = diagnosticsLine(transcript, path);
	if (problems) process.stderr.write(`${problems}\n`);
	if (flags.json) {
		write(jsonText(transcript));
	} else if (present) {
		write(plainText(transcript, {collapse: flags.collapse, ids: presentedIds(transcript, flags)}));
	} else {
		write(plainText(transcript, {collapse: flags.collapse && !flags.follow}));
		if (flags.follow) {
			const {followPrint} = await import('./follow-print.js');
			return followPrint(path, transcript, stamp);
		}
	}
	return 0;
}
