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

export function plainText(
	transcript: Transcript,
	options: {collapse: boolean; ids?: readonly number[]},
): string {
	const membership = options.collapse ? floodMembership(transcript) : undefined;
	const out: string[] = [];
	const {messages} = transcript;
	const ids = options.ids ?? Array.from({length: messages.length}, (_, id) => id);
	// A history of several days says where each day starts; one day needs no date lines.
	const manyDays = messages.length > 0 && messages.dayOf(messages.length - 1) > 0;
	let day = -1;
	for (const id of ids) {
		const message = messages.read(id);
		if (!message) continue;
		if (manyDays && message.day !== day && message.timestamp) {
			out.push(`--- ${message.timestamp.slice(0, 10)} ---`);
			day = message.day;
		}
		const flood = membership ? (membership[id] ?? -1) : -1;
		if (flood >= 0) {
			const info = transcript.floods[flood];
			if (info && info.firstId === id) out.push(floodLine(info));
			continue;
		}
		out.push(messageLine(message));
	}
	return out.length > 0 ? `${out.join('\n')}\n` : '';
}
