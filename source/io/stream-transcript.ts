// Opening a big file without waiting for all of it: the first part is parsed at once for
// the first screen, the rest in slices between frames (see runInSlices).

import fs from 'node:fs';
import {
	createTranscriptBuilder,
	type TranscriptBuilder,
} from '../core/transcript/transcript-builder.js';
import type {Transcript} from '../core/transcript/types.js';
import {openForReading} from './load-file.js';
import {openTranscript} from './open-transcript.js';

/** A job that yields its progress (0-1, or undefined for "no news") and returns a transcript. */
export type IndexJob = Generator<number | undefined, Transcript>;

export type StreamedOpen = {
	/** What the first screen shows: the first part of the file, or all of it. */
	first: Transcript;
	/** The rest, to run with runInSlices; undefined when `first` is the whole file. */
	rest?: IndexJob;
};

/** Files up to this size are read at once: streaming would not be felt. */
const WHOLE_BELOW = 512 * 1024;
/** The first screen is read in small chunks (about 600 messages each), the rest in big ones. */
const FIRST_CHUNK = 64 * 1024;
const CHUNK = 256 * 1024;

/**
 * Opens `path`, parsing only until `need` messages are complete (the first screen, or the
 * resume position and a screen after it). Anything that is not plain UTF-8 with line feeds
 * (UTF-16, GB18030, bad bytes, CR-only) takes the whole-file path, as openTranscript.
 */
export function openTranscriptStream(path: string, need: number): StreamedOpen {
	const {fd, size, head} = openForReading(path);
	const whole = (): Transcript => {
		fs.closeSync(fd);
		return openTranscript(path);
	};
	const [a, b] = head;
	if (size < WHOLE_BELOW || (a === 0xff && b === 0xfe) || (a === 0xfe && b === 0xff)) {
		return {first: whole()};
	}
	const decoder = new TextDecoder('utf-8', {fatal: true});
	// The job lets go of the parser once the whole transcript is made: its tables (and, on a
	// doubled day, the rows before folding) are not needed after. Only the job's closures
	// use `parser`; `builder` is this function's own name for it.
	let parser: TranscriptBuilder | undefined = createTranscriptBuilder({
		encoding: 'utf-8',
		badSequences: 0,
		source: path,
	});
	const builder = parser;
	const buffer = new Uint8Array(CHUNK);
	let read = 0;
	/** Reads and parses one chunk; false at the end of the file. */
	const step = (chunk = CHUNK): boolean => {
		const n = fs.readSync(fd, buffer, 0, chunk, read);
		if (n === 0) {
			parser!.push(decoder.decode());
			return false;
		}
		read += n;
		parser!.push(decoder.decode(buffer.subarray(0, n), {stream: true}));
		return true;
	};
	try {
		let more = step(FIRST_CHUNK);
		if (!more) return {first: whole()};
		// A file with no line feed in its first chunk may be CR-only: decodeBytes decides.
		if (
			builder.count === 0 &&
			builder.headers === 0 &&
			read === FIRST_CHUNK &&
			!sawNewline(buffer.subarray(0, read))
		) {
			return {first: whole()};
		}
		while (more && builder.count < need) more = step(FIRST_CHUNK);
		if (!more) {
			fs.closeSync(fd);
			builder.end();
			return {first: builder.snapshot()};
		}
	} catch {
		// Not strict UTF-8 somewhere in the first part: the whole-file decoder chooses.
		return {first: whole()};
	}
	return {first: builder.snapshot(), rest: readRest()};

	function* readRest(): IndexJob {
		try {
			while (step()) yield read / size;
		} catch {
			// Not strict UTF-8 after all: decode the whole file as openTranscript does.
			return whole();
		}
		fs.closeSync(fd);
		parser!.end();
		yield 1;
		const transcript = yield* parser!.snapshotSteps();
		parser = undefined;
		return transcript;
	}
}

function sawNewline(bytes: Uint8Array): boolean {
	return bytes.includes(0x0a);
}

/**
 * Runs a job in slices of about `budget` ms between turns of the event loop, so keys and
 * frames go on. Progress is reported when it changes by a whole percent. Returns a cancel.
 */
export function runInSlices(
	job: IndexJob,
	on: {progress(percent: number): void; done(transcript: Transcript): void},
	budget = 12,
): () => void {
	let timer: NodeJS.Immediate | undefined;
	let percent = -1;
	const slice = (): void => {
		const until = performance.now() + budget;
		let step = job.next();
		while (!step.done && performance.now() < until) step = job.next();
		if (step.done) {
			timer = undefined;
			on.done(step.value);
			return;
		}
		const now = step.value === undefined ? percent : Math.floor(step.value * 100);
		if (now !== percent) {
			percent = now;
			on.progress(Math.min(99, now));
		}
		timer = setImmediate(slice);
	};
	timer = setImmediate(slice);
	return () => {
		if (timer) clearImmediate(timer);
		timer = undefined;
		job.return(undefined as never);
	};
}
