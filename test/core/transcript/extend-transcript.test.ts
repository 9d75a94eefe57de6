import fs from 'node:fs';
import {describe, expect, it} from 'vitest';
import {buildTranscript} from '../../../source/core/transcript/build.js';
import {extendTranscript} from '../../../source/core/transcript/extend-transcript.js';
import type {Message} from '../../../source/core/transcript/types.js';
import {samplePath} from '../../helpers/sample.js';

const info = {encoding: 'utf-8', badSequences: 0};
const text = fs.readFileSync(samplePath, 'utf8');
const whole = buildTranscript(text, info);
const headerAt = (n: number) => {
	let at = -1;
	for (let i = 0; i <= n; i++) at = text.indexOf('\n> ', at + 1);
	return at + 1;
};

/** The messages as the parser gives them, before analysis marks acknowledgements. */
const unmarked = (messages: readonly Message[]) =>
	messages.map(({ack: _ack, ...message}) => message as Message);

describe('extending a transcript with appended messages', () => {
	it('gives what analysing the whole day gives, wherever the file was cut', () => {
		for (const cut of [10, 100, 200, 300, 400, 440]) {
			const base = buildTranscript(text.slice(0, headerAt(cut)), info);
			const added = unmarked(whole.messages.slice(base.messages.length).toArray());
			const extended = extendTranscript(base, added);
			expect(extended.messages.toArray().map((m) => [m.id, m.text, Boolean(m.ack)])).toEqual(
				whole.messages.toArray().map((m) => [m.id, m.text, Boolean(m.ack)]),
			);
			expect(extended.speakers).toEqual(whole.speakers);
			expect(extended.floods).toEqual(whole.floods);
			expect(extended.talks).toEqual(whole.talks);
		}
	});

	it('appends one message at a time like a live chat, keeping earlier messages as they were', () => {
		let live = buildTranscript(text.slice(0, headerAt(300)), info);
		const first = live.messages.get(0);
		for (const message of unmarked(whole.messages.slice(live.messages.length).toArray())) {
			live = extendTranscript(live, [message]);
		}
		expect(live.messages.get(0)).toBe(first);
		expect(live.messages).toHaveLength(whole.messages.length);
		expect(live.floods).toEqual(whole.floods);
		expect(live.talks).toEqual(whole.talks);
		expect(live.speakers).toEqual(whole.speakers);
	});

	it('numbers appended messages after the ones it has', () => {
		const base = buildTranscript(text.slice(0, headerAt(5)), info);
		const extra = {...whole.messages.get(3)!, id: 0};
		const extended = extendTranscript(base, [extra]);
		expect(extended.messages.at(-1)?.id).toBe(base.messages.length);
		expect(extendTranscript(base, [])).toBe(base);
	});
});
