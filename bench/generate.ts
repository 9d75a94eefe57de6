// Synthetic transcripts made from the reference day, for the benchmarks. Deterministic:
// the same count always gives the same text and the same transcript.
import {fileURLToPath} from 'node:url';
import {speakerStats} from '../source/core/analysis/speakers.js';
import {addDays} from '../source/core/transcript/clock.js';
import {MessageColumns, viewOf} from '../source/core/transcript/message-store.js';
import type {Transcript} from '../source/core/transcript/types.js';
import {openTranscript} from '../source/io/open-transcript.js';
import {clock, seeded} from './datasets.js';

export const samplePath = fileURLToPath(
	new URL('../samples/2018-08-27-WeChat.md', import.meta.url),
);

const suffixes = [
	'北京',
	'上海',
	'深圳',
	'杭州',
	'成都',
	'SG',
	'产品',
	'架构',
	'dev',
	'PM',
	'技术',
];

let cachedSample: Transcript | undefined;

/** The reference day, parsed once. */
export function sampleTranscript(): Transcript {
	cachedSample ??= openTranscript(samplePath);
	return cachedSample;
}

function timeOfDay(time: string): number {
	const [h = 0, m = 0, s = 0] = time.split(':').map(Number);
	return h * 3600 + m * 60 + s;
}

/**
 * The text of an N-message transcript: the sample's messages over and over, one copy per
 * day (the clock rolls over at each copy), each day shifted by up to a minute and with
 * its speakers renamed (`nick-北京`, …) so that thousands of people speak.
 */
export function generateText(count: number, seed = 20_180_827): string {
	const base = sampleTranscript().messages;
	const random = seeded(seed);
	const out: string[] = [
		'---',
		'layout:     source',
		`title:      "synthetic-${count}"`,
		'date:       2018-08-27 12:00:00',
		'author:     Eric-Silot-SG',
		`lines:      ${count}`,
		'---',
	];
	let shift = 0;
	let suffix = '';
	for (let i = 0; i < count; i++) {
		const index = i % base.length;
		if (index === 0) {
			const round = i / base.length;
			shift = Math.floor(random() * 60);
			const pick = suffixes[Math.floor(random() * suffixes.length)] ?? '';
			suffix = round === 0 ? '' : `-${pick}${round % 97}`;
		}
		const message = base.read(index);
		if (!message) continue;
		out.push(`> ${clock(timeOfDay(message.time) + shift)}  ${message.rawSpeaker}${suffix}  `, '');
		for (const line of message.raw.split('\n')) out.push(`${line}  `);
		out.push('');
	}
	return `${out.join('\n')}\n`;
}

/**
 * An N-message transcript built without parsing: the parsed sample copied day after day
 * (ids, lines, days, timestamps, floods and talks moved along). Cheap enough for 10^6.
 */
export function replicateTranscript(count: number): Transcript {
	const base = sampleTranscript();
	const n = base.messages.length;
	const rounds = Math.ceil(count / n);
	const lastLine = base.messages.at(-1)?.line ?? n;
	const columns = new MessageColumns();
	for (let i = 0; i < count; i++) {
		const round = Math.floor(i / n);
		const from = base.messages.read(i % n)!;
		const date = round === 0 ? base.meta.date : (addDays(base.meta.date, round) ?? '');
		columns.append({
			...from,
			id: i,
			line: from.line + round * (lastLine + 4),
			seconds: from.seconds + round * 86_400,
			day: round,
			timestamp: `${date}T${from.time}`,
		});
	}
	const messages = viewOf(columns);
	const floods: Transcript['floods'] = [];
	const talks: Transcript['talks'] = [];
	for (let round = 0; round < rounds; round++) {
		const offset = round * n;
		for (const flood of base.floods) {
			if (flood.lastId + offset >= count) continue;
			const ids = flood.ids.map((id) => id + offset);
			floods.push({...flood, ids, firstId: flood.firstId + offset, lastId: flood.lastId + offset});
		}
		for (const talk of base.talks) {
			if (talk.lastId + offset >= count) continue;
			talks.push({...talk, firstId: talk.firstId + offset, lastId: talk.lastId + offset});
		}
	}
	return {
		...base,
		meta: {...base.meta, title: `replicated-${count}`, headers: count},
		messages,
		speakers: speakerStats(messages, {}),
		talks,
		floods,
	};
}
