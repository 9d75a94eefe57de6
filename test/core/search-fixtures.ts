import type {Message} from '../../source/core/types.js';

/** A message with only what search reads filled in meaningfully. */
export function message(id: number, speaker: string, text: string): Message {
	const seconds = 8 * 3600 + id * 17;
	const time = [seconds / 3600, (seconds / 60) % 60, seconds % 60]
		.map((part) => String(Math.floor(part)).padStart(2, '0'))
		.join(':');
	return {
		id,
		line: id * 4 + 1,
		time,
		seconds,
		day: 0,
		speaker,
		rawSpeaker: speaker,
		kind: 'text',
		text,
		raw: text,
	};
}

export function messages(rows: ReadonlyArray<readonly [string, string]>): Message[] {
	return rows.map(([speaker, text], id) => message(id, speaker, text));
}
