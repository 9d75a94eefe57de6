// From decoded text to a Transcript: front matter, messages, clock, doubled days, analysis.

import {classifyAcks} from '../analysis/acknowledgements.js';
import {detectFloods} from '../analysis/floods.js';
import {speakerStats} from '../analysis/speakers.js';
import {detectTalks} from '../analysis/talks.js';
import {assignClock} from './clock.js';
import {foldDoubledDays} from './doubled-days.js';
import {parseFrontMatter} from './front-matter.js';
import {headerProblemPrefix, parseMessages} from './parse-messages.js';
import {sanitizeLine, withoutInvisible} from './sanitize.js';
import type {Diagnostic, Message, Transcript} from './types.js';

export type TextInfo = {encoding: string; badSequences: number; source?: string};

export {headerProblemPrefix};

/** Diagnostics about header lines that did not become messages. */
export function isHeaderProblem(diagnostic: Diagnostic): boolean {
	return diagnostic.problem.startsWith(headerProblemPrefix);
}

const noHeadersProblem = 'no message headers found';

/**
 * A day with no messages: nothing at all (a zero-byte file), or a closed front matter with
 * only blank lines after it (how quiet days are exported). Text without headers is not one.
 */
function isQuietDay(lines: readonly string[], bodyStart: number): boolean {
	const blankFrom = (from: number) => lines.slice(from).every((line) => line.trim() === '');
	return bodyStart > 0 ? blankFrom(bodyStart) : lines.length === 1 && lines[0] === '';
}

function titleFromSource(source: string | undefined): string {
	if (!source) return '';
	const name = source.slice(Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\')) + 1);
	const dot = name.lastIndexOf('.');
	return sanitizeLine(dot > 0 ? name.slice(0, dot) : name);
}

function emptyTranscript(info: TextInfo, diagnostics: Diagnostic[]): Transcript {
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
	return {meta, messages: [], speakers: [], talks: [], floods: [], diagnostics, aliases: {}};
}

/** Names that look the same once invisible characters are removed: one diagnostic each. */
function lookalikeNames(messages: readonly Message[]): Diagnostic[] {
	const seen = new Map<string, string>();
	const diagnostics: Diagnostic[] = [];
	const reported = new Set<string>();
	const bareOf = new Map<string, string>();
	for (const m of messages) {
		let bare = bareOf.get(m.rawSpeaker);
		if (bare === undefined) {
			bare = withoutInvisible(m.rawSpeaker);
			bareOf.set(m.rawSpeaker, bare);
		}
		if (bare === m.rawSpeaker && !seen.has(bare)) {
			seen.set(bare, m.speaker);
			continue;
		}
		const first = seen.get(bare);
		if (first === undefined) seen.set(bare, m.speaker);
		else if (first !== m.speaker && !reported.has(m.speaker)) {
			reported.add(m.speaker);
			diagnostics.push({
				line: m.line,
				problem: `speaker "${m.speaker}" differs from "${first}" only by invisible characters`,
			});
		}
	}
	return diagnostics;
}

function build(text: string, info: TextInfo): Transcript {
	const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
	// A lone CR is a character (shown as ^M), not a line break: decodeBytes already chose.
	const lines = (body.includes('\r\n') ? body.replace(/\r\n/g, '\n') : body).split('\n');
	const front = parseFrontMatter(lines);
	const parsed = parseMessages(lines, front.bodyStart);
	const diagnostics: Diagnostic[] = [];
	if (info.badSequences > 0) {
		diagnostics.push({
			line: 0,
			problem: `${info.badSequences} malformed byte sequence(s) replaced while decoding (${info.encoding})`,
		});
	}
	diagnostics.push(...front.diagnostics, ...parsed.diagnostics);
	const quiet = parsed.headers === 0 && isQuietDay(lines, front.bodyStart);
	if (parsed.headers === 0 && !quiet) diagnostics.push({line: 0, problem: noHeadersProblem});
	const date = front.data.date ?? '';
	diagnostics.push(...lookalikeNames(parsed.messages));
	const clocked = assignClock(parsed.messages, date || undefined, diagnostics);
	const {messages, aliases, folded} = foldDoubledDays(clocked);
	const transcript = emptyTranscript(info, diagnostics);
	const meta = transcript.meta;
	meta.title = front.data.title ?? meta.title;
	meta.date = date;
	meta.author = front.data.author ?? '';
	if (front.data.lines !== undefined) meta.lines = front.data.lines;
	meta.headers = parsed.headers;
	meta.duplicatesFolded = folded;
	if (parsed.headers === 0 && !quiet)
		meta.notTranscript = 'no chat messages found; not a transcript';
	transcript.messages = messages;
	transcript.aliases = aliases;
	transcript.speakers = speakerStats(messages, aliases);
	const acks = classifyAcks(messages);
	for (let index = 0; index < messages.length; index++) {
		if (acks[index] === 1) messages[index]!.ack = true;
	}
	transcript.floods = detectFloods(messages, acks);
	transcript.talks = detectTalks(messages, acks);
	return transcript;
}

/** Builds a transcript from decoded text. Never throws: what goes wrong becomes a diagnostic. */
export function buildTranscript(text: string, info: TextInfo): Transcript {
	try {
		return build(text, info);
	} catch (error) {
		const reason = error instanceof Error ? error.message : String(error);
		const problem = `transcript could not be read: ${sanitizeLine(reason).slice(0, 200)}`;
		const transcript = emptyTranscript(info, [{line: 0, problem}]);
		transcript.meta.notTranscript = problem;
		return transcript;
	}
}
