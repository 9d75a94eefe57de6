// The plain follower reads the whole file on each change and prints what is new. On a doubled
// day the folding of what it printed changes as the day grows: that is no rewritten file, and
// a copy of a printed message is not printed again.
import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {nextToPrint, noProgress, stillStands} from '../../source/cli/follow-progress.js';
import {buildTranscript} from '../../source/core/transcript/build.js';
import type {Transcript} from '../../source/core/transcript/types.js';

const info = {encoding: 'utf-8', badSequences: 0};
const read = (name: string) =>
	readFileSync(new URL(`../../samples/${name}`, import.meta.url), 'utf8');

/** Follows `text` written `step` characters at a time; what is printed, and the restarts. */
function follow(text: string, step: number) {
	let progress = noProgress;
	let restarts = 0;
	const printed: string[] = [];
	const look = (transcript: Transcript, end: number) => {
		if (!stillStands(progress, transcript)) {
			restarts++;
			progress = noProgress;
		}
		const next = nextToPrint(progress, transcript, end);
		progress = next.progress;
		for (const id of next.ids) {
			const m = transcript.messages.get(id)!;
			printed.push(`${m.time} ${m.text}`);
		}
	};
	for (let at = step; at < text.length; at += step) {
		const so = text.slice(0, at);
		const transcript = buildTranscript(so.slice(0, so.lastIndexOf('\n') + 1), info);
		// The last message may still be written: it waits.
		look(transcript, transcript.messages.length - 1);
	}
	const final = buildTranscript(text, info);
	look(final, final.messages.length);
	const expected = final.messages.toArray().map((m) => `${m.time} ${m.text}`);
	return {printed, restarts, expected};
}

describe('the plain follower', () => {
	it('prints a plain day exactly once, in order', () => {
		const {printed, restarts, expected} = follow(read('2018-08-27-WeChat.md'), 1700);
		expect(restarts).toBe(0);
		expect(printed).toEqual(expected);
	});

	it('prints a doubled day without starting again, each post about once', () => {
		const {printed, restarts, expected} = follow(read('proddev-2017-12-22-chat.markdown'), 1500);
		expect(restarts).toBe(0);
		expect(printed).toEqual(expect.arrayContaining(expected));
		// Copies that came before their member's second name was known were printed.
		// (The index-based follower printed this day about six times over, in 11 restarts.)
		expect(printed.length - expected.length).toBeLessThanOrEqual(5);
	});

	it('a message rewritten in place is no fold: the file was rewritten', () => {
		const text = '> 10:00:00  amy  \n\none\n\n> 10:00:01  ben  \n\ntwo\n\n';
		const first = buildTranscript(text, info);
		const {progress} = nextToPrint(noProgress, first, 2);
		expect(stillStands(progress, first)).toBe(true);
		const rewritten = buildTranscript(text.replace('two', 'TWO'), info);
		expect(stillStands(progress, rewritten)).toBe(false);
	});
});
