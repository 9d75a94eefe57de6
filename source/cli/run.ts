import process from 'node:process';
import {runConfigCommand} from '../config/config-command.js';
import {openStore} from '../config/store.js';
import {InputError, UsageError} from '../core/errors.js';
import {buildReel, defaultTalk, stepMessageId} from '../core/replay/reel.js';
import {sanitizeLine} from '../core/transcript/sanitize.js';
import type {Diagnostic, Transcript} from '../core/transcript/types.js';
import {openLiveFile} from '../io/live-file.js';
import {openLiveStdin} from '../io/live-stdin.js';
import {stdinName} from '../io/load-stdin.js';
import {isDirectory, openHistory, skippedNotice} from '../io/open-history.js';
import {openTranscript, readTranscript} from '../io/open-transcript.js';
import {bundledSample} from '../io/paths.js';
import {openHistoryStream} from '../io/stream-history.js';
import {openTranscriptStream, type StreamedOpen} from '../io/stream-transcript.js';
import {openTerminalKeys} from '../io/terminal-keys.js';
import {jsonChunks} from '../output/json-output.js';
import {plainText} from '../output/plain-text.js';
import {asksToPresent, parseNumberFlag, reelSelection} from './flag-values.js';
import type {Flags} from './flags.js';
import {printHistory} from './print-history.js';

function write(text: string): void {
	process.stdout.write(text);
}

/** Writes `text`; the promise, when there is one, resolves once a full pipe has drained. */
function writeOut(text: string): Promise<void> | undefined {
	if (process.stdout.write(text)) return undefined;
	return new Promise<void>((resolve) => process.stdout.once('drain', resolve));
}

/** Writes each chunk, waiting for the pipe to drain between them. */
async function writeChunks(chunks: Iterable<string>): Promise<void> {
	for (const chunk of chunks) await writeOut(chunk);
}

// `| head` closes the pipe early: that is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
	if (error.code === 'EPIPE') process.exit(0);
	throw error;
});

function diagnosticsLine(diagnostics: readonly Diagnostic[], path: string): string | undefined {
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

/** `chatreel config …`, given its own words as typed: `config set speed -1` is a value. */
export function runConfig(args: readonly string[]): number {
	const result = runConfigCommand(args, openStore());
	if (result.stdout) write(result.stdout);
	if (result.stderr) process.stderr.write(result.stderr);
	return result.exitCode;
}

/** Refuses what is not a transcript (an empty day is one). */
function checked<T extends {first: Transcript}>(opened: T, path: string): T {
	const {notTranscript} = opened.first.meta;
	if (notTranscript) throw new InputError(`${sanitizeLine(path)}: ${notTranscript}`);
	return opened;
}

export async function run(input: readonly string[], flags: Flags): Promise<number> {
	if (input[0] === 'config') return runConfig(input.slice(1));
	if (input.length > 1) throw new UsageError('give one transcript at a time');
	if (flags.print && flags.json) throw new UsageError('--print and --json cannot be used together');
	parseNumberFlag('speed', flags.speed, 0.25, 64);
	parseNumberFlag('idle-limit', flags.idleLimit, 0.1, 3600);
	const present = asksToPresent(flags);
	// A pipe is read, never replaced by the sample: the sample is for a terminal with no path.
	const fromStdin = input[0] === '-' || (input[0] === undefined && !process.stdin.isTTY);
	const interactive = Boolean(process.stdout.isTTY) && !flags.print && !flags.json;
	if (fromStdin && flags.follow && !interactive) {
		throw new UsageError('--follow on standard input needs a terminal to show it in');
	}
	const path = fromStdin ? stdinName : (input[0] ?? bundledSample);
	const folder = !fromStdin && isDirectory(path);
	if (folder && flags.follow) throw new UsageError('--follow follows one file, not a folder');
	const notices: string[] = [];
	const onSkipped = (names: string[]) => notices.push(skippedNotice(names));
	// Keys come from the terminal; when stdin carried the transcript, from /dev/tty.
	const keys = !interactive
		? undefined
		: fromStdin
			? openTerminalKeys()
			: process.stdin.isTTY
				? process.stdin
				: undefined;
	// Followed in the reader, the file (or the pipe) is read as it grows: appends only.
	const live =
		flags.follow && keys && !folder
			? fromStdin
				? openLiveStdin(process.stdin, stdinName)
				: openLiveFile(path)
			: undefined;
	// Standard input is otherwise read whole (it cannot be read again from the start).
	const piped =
		fromStdin && !live ? checked({first: await readTranscript(process.stdin)}, path) : undefined;
	if (keys) {
		// The reader opens big files and folders in the background after the first screen
		// (not with --follow, whose live source has read the file as it was).
		const open = (need: number): StreamedOpen => {
			if (live) return {first: live.first};
			if (piped) return piped;
			return folder ? openHistoryStream(path, need, onSkipped) : openTranscriptStream(path, need);
		};
		const {runReader} = await import('../app/reader-session.js');
		return runReader(
			// A live pipe may not have said anything yet.
			(need) => (live && fromStdin ? open(need) : checked(open(need), path)),
			fromStdin ? undefined : path,
			{...flags, present},
			{keys, notices, live},
		);
	}
	if (folder && !flags.json && !present) {
		// A folder prints day by day, as it is read; what was noticed comes after.
		const diagnostics = await printHistory(path, {
			collapse: flags.collapse,
			onSkipped,
			write: writeOut,
		});
		for (const notice of notices) process.stderr.write(`chatreel: ${sanitizeLine(notice)}\n`);
		const problems = diagnosticsLine(diagnostics, path);
		if (problems) process.stderr.write(`${problems}\n`);
		return 0;
	}
	const transcript = (
		piped ?? checked({first: folder ? openHistory(path, onSkipped) : openTranscript(path)}, path)
	).first;
	for (const notice of notices) process.stderr.write(`chatreel: ${sanitizeLine(notice)}\n`);
	const problems = diagnosticsLine(transcript.diagnostics, path);
	if (problems) process.stderr.write(`${problems}\n`);
	if (flags.json) {
		await writeChunks(jsonChunks(transcript));
	} else if (present) {
		write(plainText(transcript, {collapse: flags.collapse, ids: presentedIds(transcript, flags)}));
	} else if (flags.follow) {
		// The follower prints the transcript itself, holding back a last message still being written.
		const {followPrint} = await import('./follow-print.js');
		return followPrint(path);
	} else {
		write(plainText(transcript, {collapse: flags.collapse}));
	}
	return 0;
}
