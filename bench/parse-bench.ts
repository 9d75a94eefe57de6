// Parsing 100,000 messages: the whole buildTranscript, and its two halves.

import {detectFloods} from '../source/core/analysis/floods.js';
import {speakerStats} from '../source/core/analysis/speakers.js';
import {detectTalks} from '../source/core/analysis/talks.js';
import {buildTranscript} from '../source/core/transcript/build.js';
import {assignClock} from '../source/core/transcript/clock.js';
import {foldDoubledDays} from '../source/core/transcript/doubled-days.js';
import {parseFrontMatter} from '../source/core/transcript/front-matter.js';
import {type MessageStore, storeOf} from '../source/core/transcript/message-store.js';
import {parseMessages} from '../source/core/transcript/parse-messages.js';
import {generateText} from './generate.js';

export type BenchRow = {
	benchmark: string;
	/** Messages (or queries) the benchmark works on, as printed. */
	size: string;
	ms: number;
	/** Upper bound in ms; rows without one are shown for information. */
	target?: number;
	note?: string;
};

/** Median of `runs` timed calls of `work`, in ms, with the last value it returned. */
export function medianOf<T>(runs: number, work: () => T): {ms: number; value: T} {
	const times: number[] = [];
	let value = work();
	for (let i = 0; i < runs; i++) {
		const start = performance.now();
		value = work();
		times.push(performance.now() - start);
	}
	times.sort((a, b) => a - b);
	return {ms: times[Math.floor(times.length / 2)] ?? Number.NaN, value};
}

function parseOnly(text: string): MessageStore {
	const lines = text.split(/\r\n?|\n/);
	const front = parseFrontMatter(lines);
	const parsed = parseMessages(lines, front.bodyStart);
	return foldDoubledDays(storeOf(assignClock(parsed.messages, front.data.date))).messages;
}

function analysis(messages: MessageStore): number {
	return (
		speakerStats(messages, {}).length + detectFloods(messages).length + detectTalks(messages).length
	);
}

/** buildTranscript on `count` generated messages; each figure is the median of 5 warm runs. */
export function benchParse(count = 100_000): BenchRow[] {
	const made = performance.now();
	const text = generateText(count);
	const generateMs = performance.now() - made;
	const size = count.toLocaleString('en');
	const info = {encoding: 'utf-8', badSequences: 0};
	const whole = medianOf(5, () => buildTranscript(text, info));
	const transcript = whole.value;
	const parsed = medianOf(5, () => parseOnly(text));
	const analysed = medianOf(5, () => analysis(parsed.value));
	const mb = (Buffer.byteLength(text) / 1e6).toFixed(1);
	return [
		{
			benchmark: 'parse: buildTranscript',
			size,
			ms: whole.ms,
			target: 1000,
			note: `${mb} MB text made in ${Math.round(generateMs)} ms; ${transcript.messages.length} messages, ${transcript.speakers.length} speakers, ${transcript.talks.length} talks, ${transcript.floods.length} floods, ${transcript.diagnostics.length} diagnostics`,
		},
		{benchmark: 'parse: lines → messages (clock, doubled days)', size, ms: parsed.ms},
		{benchmark: 'parse: analysis (speakers, floods, talks)', size, ms: analysed.ms},
	];
}
