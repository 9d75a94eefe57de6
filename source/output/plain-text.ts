import type {Flood, Message, Transcript} from '../core/transcript/types.js';
import {floodMembership} from '../layout/pane-items.js';

// `--print`: one line per message (a body's own line breaks shown as ` ↵ `), floods folded
// into one line, so grep and awk see one record a line. Text is already sanitized by the
// core, so nothing here can drive a terminal.

const lineBreak = ' ↵ ';

function bodyLines(message: Message): string[] {
	switch (message.kind) {
		case 'image':
			return [`[image] ${message.url ?? ''}`.trimEnd()];
		case 'media':
			return ['[media]'];
		case 'link': {
			const title = message.text || '[link]';
			const lines = title.split('\n');
			if (message.url) lines.push(`<${message.url}>`);
			return lines;
		}
		default:
			return message.text.split('\n');
	}
}

export function messageLine(message: Message): string {
	const body = bodyLines(message)
		.map((line) => line.trim())
		.filter((line) => line !== '')
		.join(lineBreak);
	const speaker = message.speaker === '' ? '(no name)' : message.speaker;
	return `${message.time}  ${speaker}  ${body}`.trimEnd();
}

export function floodLine(flood: Flood): string {
	const tokens = flood.tokens.map((t) => `${t.token} ×${t.count}`).join(' · ');
	return `${flood.start}  [flood] ${flood.count} messages from ${flood.people} people, ${flood.start}–${flood.end}: ${tokens}`;
}

/** The flood a message is folded into, when floods are folded. */
type FloodOf = (id: number) => Flood | undefined;

/**
 * Appends the lines of `messages`: with `manyDays`, a date line where a day starts; a flood
 * as one line at its first message.
 */
function appendLines(
	out: string[],
	messages: Iterable<Message>,
	floodOf: FloodOf,
	manyDays: boolean,
	at: {day: number},
): void {
	for (const message of messages) {
		if (manyDays && message.day !== at.day && message.timestamp) {
			out.push(`--- ${message.timestamp.slice(0, 10)} ---`);
			at.day = message.day;
		}
		const flood = floodOf(message.id);
		if (flood) {
			if (flood.firstId === message.id) out.push(floodLine(flood));
			continue;
		}
		out.push(messageLine(message));
	}
}

/** A history of several days says where each day starts; one day needs no date lines. */
function anyOffFirstDay(messages: Iterable<Message>): boolean {
	for (const message of messages) if (message.day !== 0) return true;
	return false;
}

export function plainText(
	transcript: Transcript,
	options: {collapse: boolean; ids?: readonly number[]},
): string {
	const membership = options.collapse ? floodMembership(transcript) : undefined;
	const floodOf: FloodOf = (id) => {
		const flood = membership?.[id] ?? -1;
		return flood >= 0 ? transcript.floods[flood] : undefined;
	};
	const {messages} = transcript;
	const picked = options.ids
		? options.ids.map((id) => messages.read(id)).filter((message) => message !== undefined)
		: messages;
	const out: string[] = [];
	let manyDays = false;
	for (let id = 0; id < messages.length && !manyDays; id++) manyDays = messages.dayOf(id) !== 0;
	appendLines(out, picked, floodOf, manyDays, {day: -1});
	return out.length > 0 ? `${out.join('\n')}\n` : '';
}

/**
 * `--print` of a history as it is read: `day(...)` takes each file as merged and returns
 * its lines, `end()` what is left. Together they give what plainText gives for the whole
 * history. Until a message off the first day comes, lines wait: they get date lines only
 * if one does.
 */
export function plainTextPrinter(options: {collapse: boolean}) {
	let manyDays = false;
	const waiting: Message[] = [];
	const folds = new Map<number, Flood>();
	const floodOf: FloodOf = (id) => folds.get(id);
	const at = {day: -1};
	const text = (out: string[]) => out.map((line) => `${line}\n`).join('');
	return {
		day(messages: Iterable<Message>, floods: readonly Flood[]): string {
			if (options.collapse)
				for (const flood of floods) for (const id of flood.ids) folds.set(id, flood);
			const out: string[] = [];
			if (!manyDays && anyOffFirstDay(messages)) {
				manyDays = true;
				appendLines(out, waiting.splice(0), floodOf, true, at);
			}
			if (manyDays) appendLines(out, messages, floodOf, true, at);
			else for (const message of messages) waiting.push(message);
			// Floods stay within their day: what is printed no longer needs its folds.
			if (manyDays) folds.clear();
			return text(out);
		},
		end(): string {
			const out: string[] = [];
			appendLines(out, waiting.splice(0), floodOf, false, at);
			return text(out);
		},
	};
}
