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
function bodyOf(lines: string[], from: number, to: number): string {
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

/**
 * Scans `lines` from index `start` (the first line after the front matter). Line numbers
 * in the result are 1-based in the whole file. Messages get `seconds` as the time of day
 * and `day` 0: `assignClock` sets the real clock. Linear in the input.
 */
export function parseMessages(lines: string[], start = 0): ParsedMessages {
	const messages: Message[] = [];
	const diagnostics: Diagnostic[] = [];
	let headers = 0;
	let current: {line: number; time: string; seconds: number; speaker: string} | undefined;
	let bodyFrom = start;
	let firstHeaderSeen = false;
	let skipping = false;

	const flush = (to: number): void => {
		if (skipping) {
			for (let i = bodyFrom; i < to; i++) {
				if (NEAR_HEADER.test(lines[i]!)) {
					diagnostics.push({
						line: i + 1,
						problem: 'a line that looks like a message header was skipped with the message above',
					});
				}
			}
		}
		if (current) {
			const raw = bodyOf(lines, bodyFrom, to);
			const body = classifyBody(raw);
			const message: Message = {
				id: messages.length,
				line: current.line,
				time: current.time,
				seconds: current.seconds,
				day: 0,
				timestamp: undefined,
				speaker: sanitizeLine(current.speaker),
				rawSpeaker: current.speaker,
				kind: body.kind,
				text: body.text,
				raw,
				url: body.url,
			};
			messages.push(message);
		} else if (!firstHeaderSeen && to < lines.length) {
			// Only when a header follows: a file with no header at all gets its own diagnostic.
			for (let i = bodyFrom; i < to; i++) {
				if (!isPadding(lines[i]!)) {
					diagnostics.push({line: i + 1, problem: 'text before the first message header ignored'});
					break;
				}
			}
		}
	};

	for (let i = start; i < lines.length; i++) {
		const header = matchHeader(lines[i]!);
		if (!header) continue;
		headers++;
		flush(i);
		firstHeaderSeen = true;
		skipping = false;
		bodyFrom = i + 1;
		const {hours, minutes, seconds, speaker} = header;
		const time = `${pad2(hours)}:${pad2(minutes)}:${pad2(seconds)}`;
		if (hours > 23 || minutes > 59 || seconds > 59) {
			diagnostics.push({
				line: i + 1,
				problem: `${headerProblemPrefix} with an impossible time ${time}; message skipped`,
			});
			current = undefined;
			skipping = true;
			continue;
		}
		current = {line: i + 1, time, seconds: hours * 3600 + minutes * 60 + seconds, speaker};
	}
	flush(lines.length);
	return {messages, headers, diagnostics};
}
