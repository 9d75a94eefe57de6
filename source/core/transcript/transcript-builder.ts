// The incremental parser: decoded text in chunks of any size, complete messages out. A
// message is complete when the next header starts or at the end; the partial last line
// and the body still being read wait for more text. Opening a big file draws the first
// screen from its first chunk, and following a file reads only what was appended.

import {classifyAcks} from '../analysis/acknowledgements.js';
import {detectFloods} from '../analysis/floods.js';
import {speakerStats} from '../analysis/speakers.js';
import {detectTalks} from '../analysis/talks.js';
import {addDays, createDayClock} from './clock.js';
import {foldDoubledDays} from './doubled-days.js';
import {type FrontMatter, isBlank, isFence, parseFrontMatter} from './front-matter.js';
import {createLookalikeNames} from './lookalike-names.js';
import {emptyStore, MessageColumns, type MessageStore, viewOf} from './message-store.js';
import {createMessageScanner} from './parse-messages.js';
import {retimed} from './retimed.js';
import {sanitizeLine} from './sanitize.js';
import type {Diagnostic, Message, Transcript} from './types.js';

const DAY = 86_400;

export type TextInfo = {encoding: string; badSequences: number; source?: string};

export type TranscriptBuilder = {
	/** The next piece of the decoded text (split anywhere, even inside a line or a CRLF). */
	push(text: string): void;
	/** No more text: the last line and the last message are complete. */
	end(): void;
	/** Complete messages so far, clocked, before doubled days are folded. */
	readonly count: number;
	/** Complete messages from the `from`-th on, clocked, not folded, not analysed. */
	since(from: number): MessageStore;
	/**
	 * The message whose body is still being read, as its complete lines make it (clocked as
	 * the next message; undefined once ended or before the first header).
	 */
	pending(): Message | undefined;
	/** Header lines seen so far. */
	readonly headers: number;
	/** What the text so far gives to report (as a snapshot's `diagnostics`). */
	diagnostics(): Diagnostic[];
	readonly ended: boolean;
	/**
	 * A transcript of the complete messages so far, analysed (linear in their number); with
	 * `pending` (see pending()), that message after them, as if the text ended there.
	 */
	snapshot(pending?: Message): Transcript;
	/** The last snapshot saw names that may fold (doubled days' pairsAfter). */
	readonly paired: boolean;
	/** snapshot() in steps (fold, speakers, floods, talks), for callers that yield between. */
	snapshotSteps(): Generator<undefined, Transcript>;
};

function titleFromSource(source: string | undefined): string {
	if (!source) return '';
	const name = source.slice(Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\')) + 1);
	const dot = name.lastIndexOf('.');
	return sanitizeLine(dot > 0 ? name.slice(0, dot) : name);
}

export function emptyTranscript(info: TextInfo, diagnostics: Diagnostic[]): Transcript {
	const meta: Transcript['meta'] = {
		title: titleFromSource(info.source),
		date: '',
		author: '',
		encoding: info.encoding,
		badSequences: info.badSequences,
		headers: 0,
		duplicatesFolded: 0,
	};
	if (info.source !== undefined) meta.source = info.source;
	return {
		meta,
		messages: emptyStore(),
		speakers: [],
		talks: [],
		floods: [],
		diagnostics,
		aliases: {},
	};
}

export function createTranscriptBuilder(info: TextInfo): TranscriptBuilder {
	const scanner = createMessageScanner();
	// Clocked messages go straight into the columns; snapshots are views of them. A live
	// transcript may append the message still being written after them: it is cut off
	// before the next complete one goes in.
	const columns = new MessageColumns();
	let count = 0;
	const clockProblems: Diagnostic[] = [];
	const lookalikes = createLookalikeNames();
	const clock = createDayClock(clockProblems);
	let date: string | undefined;
	let tail = '';
	let lineIndex = 0;
	let started = false;
	let ended = false;
	// Lines held until the front matter is settled: 'lead' while only blank lines came.
	let mode: 'lead' | 'front' | 'body' = 'lead';
	let held: string[] = [];
	let front: FrontMatter | undefined;
	// For the quiet day (see isQuietDay): a non-blank line after the front matter, any text.
	let bodyText = false;
	let anyText = false;

	const takeMessages = (): void => {
		const messages = scanner.drain();
		if (messages.length === 0) return;
		if (columns.length !== count) columns.truncate(count);
		const dated = Boolean(date);
		for (const message of messages) {
			lookalikes.add(message);
			// The scanner's `seconds` is the time of day.
			const day = clock(message.seconds, message.line);
			columns.appendParts(
				message.line,
				day * DAY + message.seconds,
				day,
				columns.nameId(message.speaker),
				columns.nameId(message.rawSpeaker),
				message.kind,
				message.text,
				message.raw,
				message.url,
				dated,
			);
		}
		count = columns.length;
	};

	const settle = (): void => {
		front = parseFrontMatter(held);
		date = front.data.date;
		columns.date = date || undefined;
		mode = 'body';
		for (let i = front.bodyStart; i < held.length; i++) {
			if (!bodyText && !isBlank(held[i]!)) bodyText = true;
			scanner.line(held[i]!, i);
		}
		held = [];
	};

	const line = (text: string): void => {
		const index = lineIndex++;
		if (!anyText && text !== '') anyText = true;
		if (mode === 'body') {
			if (!bodyText && !isBlank(text)) bodyText = true;
			scanner.line(text, index);
			return;
		}
		held.push(text);
		if (mode === 'lead') {
			if (isFence(text)) mode = 'front';
			else if (!isBlank(text)) settle();
		} else if (isFence(text) || scanner.isHeader(text)) {
			settle();
		}
	};

	const push = (chunk: string): void => {
		if (ended) throw new Error('push after end');
		let text = chunk;
		if (!started && text.length > 0) {
			started = true;
			if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
		}
		let from = 0;
		let at = text.indexOf('\n');
		if (at >= 0 && tail) {
			line(stripCr(tail + text.slice(0, at)));
			tail = '';
			from = at + 1;
			at = text.indexOf('\n', from);
		}
		while (at >= 0) {
			line(stripCr(text.slice(from, at)));
			from = at + 1;
			at = text.indexOf('\n', from);
		}
		if (from < text.length) tail += from === 0 ? text : text.slice(from);
		takeMessages();
	};

	const end = (): void => {
		if (ended) return;
		// The last line, terminated or not (a file ending in '\n' has an empty last line).
		line(tail);
		tail = '';
		if (mode !== 'body') settle();
		scanner.finish();
		takeMessages();
		ended = true;
	};

	let paired = false;

	// Only the whole text can tell a quiet day from text that is not a transcript.
	const isNotTranscript = (): boolean => ended && scanner.headers === 0 && !isQuietDay();

	function diagnosticsSoFar(): Diagnostic[] {
		const diagnostics: Diagnostic[] = [];
		if (info.badSequences > 0) {
			diagnostics.push({
				line: 0,
				problem: `${info.badSequences} malformed byte sequence(s) replaced while decoding (${info.encoding})`,
			});
		}
		if (front) diagnostics.push(...front.diagnostics);
		diagnostics.push(...scanner.diagnostics);
		if (isNotTranscript()) diagnostics.push({line: 0, problem: 'no message headers found'});
		diagnostics.push(...lookalikes.diagnostics, ...clockProblems);
		return diagnostics;
	}

	function* snapshotSteps(pending?: Message): Generator<undefined, Transcript> {
		const diagnostics = diagnosticsSoFar();
		const notTranscript = isNotTranscript();
		const data = front?.data ?? {};
		const date = data.date ?? '';
		let length = count;
		if (pending) {
			// Cut off again before the next complete message goes in (takeMessages).
			columns.truncate(count);
			columns.append(pending);
			length++;
		}
		const fold = foldDoubledDays(viewOf(columns, length));
		const {aliases, folded} = fold;
		paired = fold.paired;
		let messages = fold.messages;
		yield;
		const transcript = emptyTranscript(info, diagnostics);
		const meta = transcript.meta;
		meta.title = data.title ?? meta.title;
		meta.date = date;
		meta.author = data.author ?? '';
		if (data.lines !== undefined) meta.lines = data.lines;
		meta.headers = scanner.headers;
		meta.duplicatesFolded = folded;
		if (notTranscript) meta.notTranscript = 'no chat messages found; not a transcript';
		transcript.messages = messages;
		transcript.aliases = aliases;
		transcript.speakers = speakerStats(messages, aliases);
		yield;
		const acks = classifyAcks(messages);
		// A later snapshot sees more neighbours: set and clear (the rows may be shared).
		messages.columns.setAcks(0, acks);
		messages = viewOf(messages.columns, messages.length);
		transcript.messages = messages;
		yield;
		transcript.floods = detectFloods(messages, acks);
		yield;
		transcript.talks = detectTalks(messages, acks);
		return transcript;
	}

	/**
	 * A day with no messages: nothing at all (a zero-byte file), or a closed front matter with
	 * only blank lines after it (how quiet days are exported). Text without headers is not one.
	 */
	const isQuietDay = (): boolean =>
		(front?.bodyStart ?? 0) > 0 ? !bodyText : lineIndex === 1 && !anyText;

	const snapshot = (pending?: Message): Transcript => {
		const steps = snapshotSteps(pending);
		for (;;) {
			const step = steps.next();
			if (step.done) return step.value;
		}
	};

	return {
		push,
		end,
		snapshot,
		snapshotSteps: () => snapshotSteps(),
		get paired() {
			return paired;
		},
		since: (from) => viewOf(columns, count).slice(from),
		pending() {
			const message = scanner.peek();
			if (!message) return undefined;
			const day = clock(message.seconds, message.line, true);
			const dayDate = date ? addDays(date, day) : undefined;
			return retimed(message, {
				id: count,
				seconds: day * DAY + message.seconds,
				day,
				timestamp: dayDate ? `${dayDate}T${message.time}` : undefined,
			});
		},
		get count() {
			return count;
		},
		diagnostics: diagnosticsSoFar,
		get headers() {
			return scanner.headers;
		},
		get ended() {
			return ended;
		},
	};
}

/** CRLF reads as LF; a lone CR stays (decodeBytes already chose for CR-only files). */
function stripCr(line: string): string {
	return line.charCodeAt(line.length - 1) === 0x0d ? line.slice(0, -1) : line;
}
