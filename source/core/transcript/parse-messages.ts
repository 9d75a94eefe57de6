// The line scanner: message headers `> HH:MM:SS  SPEAKER` and the bodies between them.

import {classifyBody} from './message-body.js';
import {sanitizeLine} from './sanitize.js';
import type {Diagnostic, Message} from './types.js';

/** Problems about header lines start with this, so callers can count them. */
export const headerProblemPrefix = 'message header';

export type HeaderMatch = {
	hours: number;
	minutes: number;
	seconds: number;
	/** Trimmed, not sanitized. */
	speaker: string;
};

/** What JavaScript's `\s` matches. */
function isSpace(c: number): boolean {
	return (
		c === 0x20 ||
		(c >= 0x09 && c <= 0x0d) ||
		c === 0xa0 ||
		c === 0x1680 ||
		(c >= 0x2000 && c <= 0x200a) ||
		c === 0x2028 ||
		c === 0x2029 ||
		c === 0x202f ||
		c === 0x205f ||
		c === 0x3000 ||
		c === 0xfeff
	);
}

function digitAt(line: string, i: number): number {
	const c = line.charCodeAt(i);
	return c >= 0x30 && c <= 0x39 ? c - 0x30 : -1;
}

/** Two digits at `i`, or -1. */
function twoDigitsAt(line: string, i: number): number {
	const a = digitAt(line, i);
	const b = digitAt(line, i + 1);
	return a < 0 || b < 0 ? -1 : a * 10 + b;
}

/**
 * A header-shaped line, whether or not its time is possible; undefined for any other line.
 * Hand-written for speed on every line; it matches exactly what this pattern matches:
 * `/^>\s+(\d{1,2}):(\d{2}):(\d{2})(?:\s(.*))?$/s`, speaker = group 4 trimmed.
 */
export function matchHeader(line: string): HeaderMatch | undefined {
	if (line.charCodeAt(0) !== 0x3e || !isSpace(line.charCodeAt(1))) return undefined;
	let i = 2;
	while (isSpace(line.charCodeAt(i))) i++;
	let hours = digitAt(line, i++);
	if (hours < 0) return undefined;
	const second = digitAt(line, i);
	if (second >= 0) {
		hours = hours * 10 + second;
		i++;
	}
	if (line.charCodeAt(i) !== 0x3a) return undefined;
	const minutes = twoDigitsAt(line, i + 1);
	if (minutes < 0 || line.charCodeAt(i + 3) !== 0x3a) return undefined;
	const seconds = twoDigitsAt(line, i + 4);
	if (seconds < 0) return undefined;
	i += 6;
	if (i === line.length) return {hours, minutes, seconds, speaker: ''};
	if (!isSpace(line.charCodeAt(i))) return undefined;
	return {hours, minutes, seconds, speaker: line.slice(i + 1).trim()};
}

// Almost a header (`>10:00:00 name`, `> 10:0:00`): inside a skipped message, each is reported.
const NEAR_HEADER = /^\s*>\s*\d{1,2}\s*:\s*\d/;

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

export type ParsedMessages = {
	messages: Message[];
	/** Every header-shaped line, including those with an impossible time. */
	headers: number;
	diagnostics: Diagnostic[];
};

function isPadding(line: string): boolean {
	for (let i = 0; i < line.length; i++) {
		const c = line.charCodeAt(i);
		if (c !== 0x20 && c !== 0x09) return false;
	}
	return true;
}

/** Drops the trailing spaces of a Markdown hard break (a loop: a regex could backtrack). */
function stripHardBreak(line: string): string {
	let end = line.length;
	while (end > 0 && line.charCodeAt(end - 1) === 0x20) end--;
	return end === line.length ? line : line.slice(0, end);
}

/** The body of lines [from, to): padding lines trimmed at both ends, hard breaks stripped. */
function bodyOf(lines: readonly string[], from: number, to: number): string {
	let start = from;
	let end = to;
	while (start < end && isPadding(lines[start]!)) start++;
	while (end > start && isPadding(lines[end - 1]!)) end--;
	if (start === end) return '';
	if (end - start === 1) return stripHardBreak(lines[start]!);
	const out: string[] = [];
	for (let i = start; i < end; i++) out.push(stripHardBreak(lines[i]!));
	return out.join('\n');
}

export type MessageScanner = {
	/** The next line of the file; `index` is its 0-based line index in the whole file. */
	line(text: string, index: number): void;
	/** No more lines: the last message is complete. */
	finish(): void;
	/** Complete messages so far (the one whose body is still being read is not among them). */
	readonly messages: Message[];
	/** Hands over the complete messages so far and forgets them (ids keep counting). */
	drain(): Message[];
	/** The message whose body is still being read, as it stands (not complete, not counted). */
	peek(): Message | undefined;
	/** Whether a line is a message header (so callers need not import matchHeader). */
	isHeader(text: string): boolean;
	readonly diagnostics: Diagnostic[];
	readonly headers: number;
};

/**
 * A line-at-a-time scanner: a message is complete when the next header starts or at the
 * end. Messages get `seconds` as the time of day and `day` 0: the clock comes later.
 */
export function createMessageScanner(): MessageScanner {
	let messages: Message[] = [];
	const diagnostics: Diagnostic[] = [];
	let headers = 0;
	let count = 0;
	let current: {line: number; time: string; seconds: number; speaker: string} | undefined;
	let firstHeaderSeen = false;
	// After a header with an impossible time: its lines are skipped, near-headers reported.
	let skipping = false;
	// Lines since the last header (or since the start, before the first header).
	let body: string[] = [];
	let bodyFrom = -1;
	// Times and names repeat on every line: one string each, not one per message.
	const interned = new Map<string, string>();
	const names = new Map<string, string>();
	const intern = (text: string): string => {
		const known = interned.get(text);
		if (known !== undefined) return known;
		if (interned.size < 1_000_000) interned.set(text, text);
		return text;
	};
	const display = (raw: string): string => {
		let name = names.get(raw);
		if (name === undefined) {
			name = intern(sanitizeLine(raw));
			if (names.size < 1_000_000) names.set(raw, name);
		}
		return name;
	};

	/** The message being read, as its lines so far make it. */
	const make = (header: NonNullable<typeof current>, id: number): Message => {
		const raw = bodyOf(body, 0, body.length);
		const classified = classifyBody(raw);
		return {
			id,
			line: header.line,
			time: header.time,
			seconds: header.seconds,
			day: 0,
			timestamp: undefined,
			speaker: display(header.speaker),
			rawSpeaker: header.speaker,
			kind: classified.kind,
			text: classified.text,
			raw,
			url: classified.url,
		};
	};

	const flush = (headerFollows: boolean): void => {
		if (current) {
			messages.push(make(current, count++));
		} else if (!firstHeaderSeen && headerFollows) {
			// Only when a header follows: a file with no header at all gets its own diagnostic.
			const at = body.findIndex((line) => !isPadding(line));
			if (at >= 0) {
				diagnostics.push({
					line: bodyFrom + at + 1,
					problem: 'text before the first message header ignored',
				});
			}
		}
	};

	return {
		line(text, index) {
			const header = matchHeader(text);
			if (!header) {
				if (bodyFrom < 0) bodyFrom = index;
				if (skipping && NEAR_HEADER.test(text)) {
					diagnostics.push({
						line: index + 1,
						problem: 'a line that looks like a message header was skipped with the message above',
					});
				}
				// Text before the first header only matters until it is known to be non-blank.
				if (current || body.length === 0 || isPadding(body[body.length - 1]!)) body.push(text);
				return;
			}
			headers++;
			flush(true);
			firstHeaderSeen = true;
			skipping = false;
			body = [];
			bodyFrom = index + 1;
			const {hours, minutes, seconds, speaker} = header;
			const time = intern(`${pad2(hours)}:${pad2(minutes)}:${pad2(seconds)}`);
			if (hours > 23 || minutes > 59 || seconds > 59) {
				diagnostics.push({
					line: index + 1,
					problem: `${headerProblemPrefix} with an impossible time ${time}; message skipped`,
				});
				current = undefined;
				skipping = true;
				return;
			}
			current = {
				line: index + 1,
				time,
				seconds: hours * 3600 + minutes * 60 + seconds,
				speaker: intern(speaker),
			};
		},
		finish() {
			flush(false);
			current = undefined;
			body = [];
		},
		get messages() {
			return messages;
		},
		drain() {
			const out = messages;
			messages = [];
			return out;
		},
		peek: () => (current ? make(current, count) : undefined),
		isHeader: (text) => matchHeader(text) !== undefined,
		diagnostics,
		get headers() {
			return headers;
		},
	};
}

/**
 * Scans `lines` from index `start` (the first line after the front matter). Line numbers
 * in the result are 1-based in the whole file. Messages get `seconds` as the time of day
 * and `day` 0: `assignClock` sets the real clock. Linear in the input.
 */
export function parseMessages(lines: string[], start = 0): ParsedMessages {
	const scanner = createMessageScanner();
	for (let i = start; i < lines.length; i++) scanner.line(lines[i]!, i);
	scanner.finish();
	return {messages: scanner.messages, headers: scanner.headers, diagnostics: scanner.diagnostics};
}
