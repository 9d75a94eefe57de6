// Scores talk and flood detection against the hand-labelled real days in
// test/fixtures/real-days/ (labels.json): what it finds, what it misses, what it invents.

import {readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {parseClock} from '../../../source/core/analysis/time-index.js';
import type {Transcript} from '../../../source/core/transcript/types.js';
import {openTranscript} from '../../../source/io/open-transcript.js';

export const realDaysDir = fileURLToPath(new URL('../../fixtures/real-days/', import.meta.url));

type Span = {start: string; end: string};
export type LabelledTalk = Span & {speaker: string; note?: string; uncertain?: boolean};
export type LabelledFlood = Span & {count?: number; kind?: string; note?: string; minor?: boolean};
export type LabelledDay = {
	file: string;
	talks: LabelledTalk[];
	floods: LabelledFlood[];
	notes?: string;
};

export function readLabels(): LabelledDay[] {
	const json = JSON.parse(readFileSync(`${realDaysDir}labels.json`, 'utf8')) as {
		days: LabelledDay[];
	};
	return json.days;
}

const seconds = (clock: string) => parseClock(clock) ?? Number.NaN;

/** Overlap of two clock spans, with `slack` seconds of tolerance at each end. */
function overlaps(a: Span, b: Span, slack = 0): boolean {
	return seconds(a.start) - slack <= seconds(b.end) && seconds(b.start) - slack <= seconds(a.end);
}

export type DayScore = {
	file: string;
	talks: {
		labelled: number;
		found: number;
		/** Found as one piece from its first to its last message (2 minutes either way). */
		whole: number;
		invented: number;
		missed: string[];
		extra: string[];
		split: string[];
	};
	floods: {labelled: number; found: number; invented: number; missed: string[]; extra: string[]};
};

/** The same person, allowing for the doubled days' two names of one member. */
function sameSpeaker(transcript: Transcript, detected: string, labelled: string): boolean {
	if (detected === labelled) return true;
	const alias = (name: string) => transcript.aliases[name] ?? name;
	return alias(detected) === alias(labelled);
}

export function scoreDay(day: LabelledDay): DayScore {
	const transcript = openTranscript(`${realDaysDir}${day.file}`);
	const detectedTalks = transcript.talks;
	// Uncertain talks and minor floods need not be found, and finding them invents nothing.
	const required = {
		talks: day.talks.filter((label) => !label.uncertain),
		floods: day.floods.filter((label) => !label.minor),
	};
	const talkFound = required.talks.filter((label) =>
		detectedTalks.some(
			(talk) => sameSpeaker(transcript, talk.speaker, label.speaker) && overlaps(talk, label),
		),
	);
	const wholeSlack = 120;
	const talkWhole = talkFound.filter((label) =>
		detectedTalks.some(
			(talk) =>
				sameSpeaker(transcript, talk.speaker, label.speaker) &&
				Math.abs(seconds(talk.start) - seconds(label.start)) <= wholeSlack &&
				Math.abs(seconds(talk.end) - seconds(label.end)) <= wholeSlack,
		),
	);
	const talkExtra = detectedTalks.filter(
		(talk) =>
			!day.talks.some(
				(label) => sameSpeaker(transcript, talk.speaker, label.speaker) && overlaps(talk, label),
			),
	);
	const floodFound = required.floods.filter((label) =>
		transcript.floods.some((flood) => overlaps(flood, label, 60)),
	);
	const floodExtra = transcript.floods.filter(
		(flood) => !day.floods.some((label) => overlaps(flood, label, 60)),
	);
	const describe = (span: Span & {speaker?: string}) =>
		`${span.speaker ? `${span.speaker} ` : ''}${span.start}-${span.end}`;
	return {
		file: day.file,
		talks: {
			labelled: required.talks.length,
			found: talkFound.length,
			whole: talkWhole.length,
			invented: talkExtra.length,
			missed: required.talks.filter((label) => !talkFound.includes(label)).map(describe),
			extra: talkExtra.map(describe),
			split: talkFound.filter((label) => !talkWhole.includes(label)).map(describe),
		},
		floods: {
			labelled: required.floods.length,
			found: floodFound.length,
			invented: floodExtra.length,
			missed: required.floods.filter((label) => !floodFound.includes(label)).map(describe),
			extra: floodExtra.map(describe),
		},
	};
}

export function summarise(scores: readonly DayScore[]) {
	const sum = (pick: (score: DayScore) => number) =>
		scores.reduce((total, score) => total + pick(score), 0);
	return {
		days: scores.length,
		talks: {
			labelled: sum((s) => s.talks.labelled),
			found: sum((s) => s.talks.found),
			whole: sum((s) => s.talks.whole),
			invented: sum((s) => s.talks.invented),
		},
		floods: {
			labelled: sum((s) => s.floods.labelled),
			found: sum((s) => s.floods.found),
			invented: sum((s) => s.floods.invented),
		},
	};
}
