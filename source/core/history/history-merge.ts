// Many daily transcripts into one: one clock from the first day, one numbering of ids.
// Files are added one at a time so each day's transcript can be dropped once merged.

import {speakerStats} from '../analysis/speakers.js';
import {addDays} from '../transcript/clock.js';
import {MessageColumns, type MessageStore, viewOf} from '../transcript/message-store.js';
import type {Diagnostic, Flood, Talk, Transcript} from '../transcript/types.js';

const DAY = 86_400;

function isDate(date: string | undefined): date is string {
	return date !== undefined && date !== '' && addDays(date, 0) === date;
}

/** Whole days from `from` to `to`, both valid `YYYY-MM-DD`. */
export function daysBetween(from: string, to: string): number {
	const utc = (date: string): number => {
		const d = new Date(0);
		d.setUTCFullYear(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8)));
		return d.getTime();
	};
	return Math.round((utc(to) - utc(from)) / (DAY * 1000));
}

/**
 * alias → canonical over all days: the earliest day's reading of a name wins, chains
 * (A → B on one day, B → C on another) resolve to their end, and names caught in a cycle
 * stay apart.
 */
function resolveAliases(merged: Map<string, string>): Record<string, string> {
	const out: [string, string][] = [];
	for (const alias of merged.keys()) {
		const seen = new Set([alias]);
		let name = merged.get(alias)!;
		while (merged.has(name) && !seen.has(name)) {
			seen.add(name);
			name = merged.get(name)!;
		}
		if (!merged.has(name) && name !== alias) out.push([alias, name]);
	}
	// fromEntries defines own properties, so a name like `__proto__` stays a plain key.
	return Object.fromEntries(out);
}

/** One file as merged: its messages renumbered and retimed, its floods on the new ids. */
export type MergedDay = {messages: MessageStore; floods: readonly Flood[]};

export type HistoryMerger = {
	/** Adds one day; `nameDate` is the date in the file name, used when the file gives none. */
	add(name: string, transcript: Transcript, nameDate?: string): MergedDay;
	/** Records a file that could not be read. */
	fail(name: string, reason: string): void;
	/** The diagnostics so far (without the copy `finish` makes of everything). */
	diagnostics(): readonly Diagnostic[];
	/** The history so far (a copy: later adds do not change it). */
	finish(): Transcript;
};

export function createHistoryMerger(title: string, source: string): HistoryMerger {
	// One set of columns for every day: a day's own columns can be dropped once it is added.
	const messages = new MessageColumns();
	const talks: Talk[] = [];
	const floods: Flood[] = [];
	const diagnostics: Diagnostic[] = [];
	const aliases = new Map<string, string>();
	const encodings: string[] = [];
	let baseDate: string | undefined;
	let nextDay = 0;
	let badSequences = 0;
	let headers = 0;
	let duplicatesFolded = 0;

	const add = (name: string, transcript: Transcript, nameDate?: string): MergedDay => {
		const {meta} = transcript;
		const fileDate = isDate(meta.date) ? meta.date : isDate(nameDate) ? nameDate : undefined;
		// Undated files before the first dated one keep their places: the base moves back.
		if (fileDate && baseDate === undefined) baseDate = addDays(fileDate, -nextDay) ?? fileDate;
		const offset = fileDate && baseDate ? daysBetween(baseDate, fileDate) : nextDay;
		const first = messages.length;
		const firstFlood = floods.length;
		const local = transcript.messages;
		// Talks and floods name the day's message ids, which count from its first message.
		const remap = (id: number): number => first + id - local.offset;
		let lastDay = offset;
		for (let position = 0; position < local.length; position++) {
			const day = offset + local.dayOf(position);
			if (day > lastDay) lastDay = day;
			// The acknowledgement mark comes along: muted (and hideable) in the history too.
			messages.appendFrom(local.columns, local.idOf(position), offset);
		}
		nextDay = lastDay + 1;
		for (const talk of transcript.talks) {
			talks.push({...talk, firstId: remap(talk.firstId), lastId: remap(talk.lastId)});
		}
		for (const flood of transcript.floods) {
			floods.push({
				...flood,
				firstId: remap(flood.firstId),
				lastId: remap(flood.lastId),
				ids: flood.ids.map(remap),
				tokens: flood.tokens.map((token) => ({...token})),
			});
		}
		for (const diagnostic of transcript.diagnostics) {
			diagnostics.push({line: diagnostic.line, problem: `${name}: ${diagnostic.problem}`});
		}
		for (const [alias, canonical] of Object.entries(transcript.aliases)) {
			if (!aliases.has(alias)) aliases.set(alias, canonical);
		}
		if (!encodings.includes(meta.encoding)) encodings.push(meta.encoding);
		badSequences += meta.badSequences;
		headers += meta.headers;
		duplicatesFolded += meta.duplicatesFolded;
		return {messages: viewOf(messages).slice(first), floods: floods.slice(firstFlood)};
	};

	const fail = (name: string, reason: string): void => {
		diagnostics.push({line: 0, problem: `${name}: ${reason}`});
	};

	const finish = (): Transcript => {
		const merged = resolveAliases(aliases);
		return {
			meta: {
				title,
				date: baseDate ?? '',
				author: '',
				encoding: encodings.join(', '),
				badSequences,
				headers,
				duplicatesFolded,
				source,
			},
			messages: viewOf(messages),
			speakers: speakerStats(viewOf(messages), merged),
			talks: talks.slice(),
			floods: floods.slice(),
			diagnostics: diagnostics.slice(),
			aliases: merged,
		};
	};

	return {add, fail, finish, diagnostics: () => diagnostics};
}
