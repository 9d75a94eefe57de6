// Builds synthetic messages for the analysis tests.
import type {Message, MessageKind} from '../../source/core/transcript/types.js';

/** `[time, speaker, text]`; a time of `+N` means N seconds after the previous message. */
export type Row = readonly [time: string, speaker: string, text?: string];

function kindOf(text: string): MessageKind {
	if (text === '') return 'media';
	if (/^(?:\[[^[\]\s]{1,8}\])+$/u.test(text)) return 'reaction';
	return 'text';
}

function clockSeconds(time: string): number {
	const [hours = 0, minutes = 0, seconds = 0] = time.split(':').map(Number);
	return hours * 3600 + minutes * 60 + seconds;
}

export function formatClock(seconds: number): string {
	const inDay = ((seconds % 86_400) + 86_400) % 86_400;
	const parts = [Math.floor(inDay / 3600), Math.floor(inDay / 60) % 60, inDay % 60];
	return parts.map((part) => String(part).padStart(2, '0')).join(':');
}

/** One message; `seconds` defaults to the clock of `time`. */
export function message(
	id: number,
	time: string,
	speaker: string,
	text = '',
	seconds = clockSeconds(time),
): Message {
	const day = Math.floor(seconds / 86_400);
	return {
		id,
		line: id * 4 + 8,
		time,
		seconds,
		day,
		speaker,
		rawSpeaker: speaker,
		kind: kindOf(text),
		text,
		raw: text,
	};
}

/** Messages from rows, ids in order. */
export function messages(rows: readonly Row[]): Message[] {
	const result: Message[] = [];
	let previous = 0;
	for (const [time, speaker, text = 'a real message'] of rows) {
		const seconds = time.startsWith('+') ? previous + Number(time.slice(1)) : clockSeconds(time);
		result.push(message(result.length, formatClock(seconds), speaker, text, seconds));
		previous = seconds;
	}
	return result;
}

/** `count` rows by `speaker`, `step` seconds apart, the first `step` after the previous row. */
export function run(speaker: string, count: number, step = 10, text = 'part of a talk'): Row[] {
	return Array.from({length: count}, (_, index) => [`+${step}`, speaker, `${text} ${index}`]);
}
