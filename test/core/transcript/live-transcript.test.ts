// The live transcript: appended text only, new messages extend what was shown.
import fs from 'node:fs';
import {describe, expect, it} from 'vitest';
import {buildTranscript} from '../../../source/core/transcript/build.js';
import {createLiveTranscript} from '../../../source/core/transcript/live-transcript.js';
import type {Transcript} from '../../../source/core/transcript/types.js';
import {samplePath} from '../../helpers/sample.js';

const info = {encoding: 'utf-8', badSequences: 0};
const text = fs.readFileSync(samplePath, 'utf8');

const shape = (transcript: Transcript) => ({
	messages: transcript.messages
		.toArray()
		.map((m) => [m.id, m.speaker, m.text, m.seconds, Boolean(m.ack)]),
	speakers: transcript.speakers,
	floods: transcript.floods,
	talks: transcript.talks,
	headers: transcript.meta.headers,
	date: transcript.meta.date,
});

describe('a live transcript', () => {
	it('reports the problems of appended text as reading it whole does', () => {
		const live = createLiveTranscript({});
		live.push(text);
		expect(live.transcript().diagnostics).toEqual(buildTranscript(text, info).diagnostics);
		const more = `${text}> 25:61:99  someone\n\nlost\n\n> 23:59:58  writer\n\nlater\n\n`;
		live.push(more.slice(text.length));
		const whole = buildTranscript(more, info);
		expect(whole.diagnostics.length).toBeGreaterThan(0);
		expect(live.transcript().diagnostics).toEqual(whole.diagnostics);
	});

	it('shows what reading the text so far whole shows, after each appended piece', () => {
		const live = createLiveTranscript({});
		let at = 0;
		let size = 1;
		while (at < text.length) {
			// Pieces of growing, uneven sizes: inside lines, headers, whole messages.
			const to = Math.min(text.length, at + size);
			live.push(text.slice(at, to));
			at = to;
			size = (size * 7 + 13) % 2900;
			const complete = text.slice(0, text.lastIndexOf('\n', at - 1) + 1);
			expect(shape(live.transcript())).toEqual(shape(buildTranscript(complete, info)));
		}
		live.end();
		expect(shape(live.transcript())).toEqual(shape(buildTranscript(text, info)));
	});

	it('keeps earlier messages as the same objects, so a search knows what is new', () => {
		const live = createLiveTranscript({});
		const cut = text.indexOf('\n> ', text.length / 2) + 1;
		live.push(text.slice(0, cut));
		const before = live.transcript();
		live.push(text.slice(cut));
		const after = live.transcript();
		expect(after.messages.get(0)).toBe(before.messages.get(0));
		expect(after.messages.length).toBeGreaterThan(before.messages.length);
		expect(live.transcript()).toBe(after);
	});

	it('is an empty chat while nothing but blank text came, and not a transcript once text without headers ends', () => {
		const quiet = createLiveTranscript({});
		quiet.push('\n\n');
		expect(quiet.transcript().meta.notTranscript).toBeUndefined();
		quiet.end();
		expect(quiet.transcript().meta.notTranscript).toBeUndefined();
		const prose = createLiveTranscript({});
		prose.push('just some words\n');
		prose.end();
		expect(prose.transcript().meta.notTranscript).toBeDefined();
	});
});
