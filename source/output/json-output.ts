import {messageDate} from '../core/analysis/message-date.js';
import {talkSize} from '../core/replay/reel.js';
import type {Message, Transcript} from '../core/transcript/types.js';

// `--json`: one document. The schema is in the README; `messages.length +
// meta.duplicatesFolded` equals the headers that parsed, so nothing is lost without a trace.
// The document is written in chunks (a 5-million-message day is longer than a string can
// be), and every code point a terminal could act on is written as \uXXXX, so `--json` to a
// terminal is as inert as the reader; JSON.stringify escapes only U+0000-001F.

// DEL, C1, bidi controls, line separators and the invisibles the sanitizer shows.
// A string, not a literal: a class holding combining marks reads as misleading to the linter.
const unsafeSource =
	'[\\u007F-\\u009F\\u00AD\\u034F\\u061C\\u115F\\u1160\\u17B4\\u17B5\\u180B-\\u180F\\u200B-\\u200F\\u2028-\\u202E\\u2060-\\u206F\\u3164\\uFEFF\\uFFA0\\uFFF9-\\uFFFB]|\\uDB40[\\uDC00-\\uDC7F]';
const TERMINAL_UNSAFE = new RegExp(unsafeSource, 'g');

function escapeUnit(unit: string): string {
	let out = '';
	for (let i = 0; i < unit.length; i++) {
		out += `\\u${unit.charCodeAt(i).toString(16).toUpperCase().padStart(4, '0')}`;
	}
	return out;
}

/** JSON text of `value` with nothing a terminal acts on written raw. */
export function safeJson(value: unknown, indent?: number): string {
	return JSON.stringify(value, null, indent).replace(TERMINAL_UNSAFE, escapeUnit);
}

function metaOf(transcript: Transcript) {
	const {meta} = transcript;
	return {
		title: meta.title,
		date: meta.date,
		author: meta.author,
		lines: meta.lines ?? null,
		encoding: meta.encoding,
		badSequences: meta.badSequences,
		headers: meta.headers,
		duplicatesFolded: meta.duplicatesFolded,
		source: meta.source ?? null,
	};
}

const messageOf = (m: Message) => ({
	id: m.id,
	line: m.line,
	time: m.time,
	timestamp: m.timestamp ?? null,
	speaker: m.speaker,
	kind: m.kind,
	text: m.text,
	...(m.url === undefined ? {} : {url: m.url}),
	raw: m.raw,
});

export function jsonDocument(transcript: Transcript) {
	return jsonDocumentWith(transcript, transcript.messages.toArray().map(messageOf));
}

/** The document with `messages` as given (the streamed writer passes none and writes them itself). */
function jsonDocumentWith<M>(transcript: Transcript, messages: M[]) {
	return {
		meta: metaOf(transcript),
		messages,
		speakers: transcript.speakers.map((s) => ({name: s.name, count: s.count, aliases: s.aliases})),
		talks: transcript.talks.map((t) => ({
			speaker: t.speaker,
			date: messageDate(transcript, t.firstId),
			start: t.start,
			end: t.end,
			count: t.count,
			messages: talkSize(t),
			firstId: t.firstId,
			lastId: t.lastId,
		})),
		floods: transcript.floods.map((f) => ({
			date: messageDate(transcript, f.firstId),
			start: f.start,
			end: f.end,
			count: f.count,
			people: f.people,
			firstId: f.firstId,
			lastId: f.lastId,
			tokens: f.tokens,
		})),
		diagnostics: transcript.diagnostics,
		aliases: transcript.aliases,
	};
}

export function jsonText(transcript: Transcript): string {
	return [...jsonChunks(transcript)].join('');
}

/**
 * The document as `JSON.stringify(jsonDocument(t), null, 2)` would write it (escaped as
 * above), in pieces of about `chunkChars` characters: array elements are written one at a
 * time, so no string ever holds the whole document.
 */
export function* jsonChunks(transcript: Transcript, chunkChars = 1 << 20): Generator<string> {
	const doc = jsonDocumentWith(transcript, []);
	const keys = Object.keys(doc) as (keyof typeof doc)[];
	let buffer = '{\n';
	for (const [k, key] of keys.entries()) {
		const comma = k < keys.length - 1 ? ',' : '';
		buffer += `  ${JSON.stringify(key)}: `;
		const value = doc[key];
		const items =
			key === 'messages' ? transcript.messages.length : Array.isArray(value) ? value.length : 0;
		if (items === 0) {
			buffer += `${safeJson(value, 2).replaceAll('\n', '\n  ')}${comma}\n`;
			continue;
		}
		buffer += '[\n';
		for (let i = 0; i < items; i++) {
			const item =
				key === 'messages'
					? messageOf(transcript.messages.read(i)!)
					: (value as readonly unknown[])[i];
			const last = i === items - 1;
			buffer += `    ${safeJson(item, 2).replaceAll('\n', '\n    ')}${last ? '' : ','}\n`;
			if (buffer.length >= chunkChars) {
				yield buffer;
				buffer = '';
			}
		}
		buffer += `  ]${comma}\n`;
	}
	yield `${buffer}}\n`;
}
