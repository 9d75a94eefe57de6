import {messageDate} from '../core/analysis/message-date.js';
import {talkSize} from '../core/replay/reel.js';
import type {Transcript} from '../core/transcript/types.js';

// `--json`: one document. The schema is in the README; `messages.length +
// meta.duplicatesFolded` equals the headers that parsed, so nothing is lost without a trace.

export function jsonDocument(transcript: Transcript) {
	const {meta} = transcript;
	return {
		meta: {
			title: meta.title,
			date: meta.date,
			author: meta.author,
			lines: meta.lines ?? null,
			encoding: meta.encoding,
			badSequences: meta.badSequences,
			headers: meta.headers,
			duplicatesFolded: meta.duplicatesFolded,
			source: meta.source ?? null,
		},
		messages: transcript.messages.map((m) => ({
			id: m.id,
			line: m.line,
			time: m.time,
			timestamp: m.timestamp ?? null,
			speaker: m.speaker,
			kind: m.kind,
			text: m.text,
			...(m.url === undefined ? {} : {url: m.url}),
			raw: m.raw,
		})),
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
	return `${JSON.stringify(jsonDocument(transcript), null, 2)}\n`;
}
