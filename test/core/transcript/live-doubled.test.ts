// Following a doubled day (two merged exports: each message twice, under two names of one
// member): what is appended is folded like the rest, so the followed day reads as opening
// the file as it stands would read it.
import {appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {buildTranscript} from '../../../source/core/transcript/build.js';
import {createLiveTranscript} from '../../../source/core/transcript/live-transcript.js';
import type {Transcript} from '../../../source/core/transcript/types.js';
import {openLiveFile} from '../../../source/io/live-file.js';
import {openTranscript} from '../../../source/io/open-transcript.js';

const info = {encoding: 'utf-8', badSequences: 0};
const doubled = readFileSync(
	new URL('../../../samples/proddev-2017-12-22-chat.markdown', import.meta.url),
	'utf8',
);

const shape = (transcript: Transcript) => ({
	messages: transcript.messages
		.toArray()
		.map((m) => [m.id, m.speaker, m.text, m.seconds, Boolean(m.ack)]),
	aliases: transcript.aliases,
	folded: transcript.meta.duplicatesFolded,
	speakers: transcript.speakers,
	floods: transcript.floods,
	talks: transcript.talks,
	headers: transcript.meta.headers,
});

/** Text up to its last complete line: what a fresh open of the file as it stands reads. */
const soFar = (text: string) => text.slice(0, text.lastIndexOf('\n') + 1);

/** An offset inside the body of the first message whose header comes after `from`. */
function insideBody(text: string, from: number): number {
	const header = text.indexOf('\n> ', from);
	const body = text.indexOf('\n', header + 1) + 1;
	const line = text.indexOf('\n', text.indexOf('\n', body) + 1);
	return line - 2;
}

const dirs: string[] = [];
afterEach(() => {
	for (const dir of dirs.splice(0)) rmSync(dir, {recursive: true, force: true});
});

describe('following a doubled day', () => {
	it('folds what is appended: the followed day equals a fresh open of the final text', () => {
		const live = createLiveTranscript({});
		// Appends of growing, uneven sizes: inside lines, headers and bodies, whole messages.
		let at = 0;
		let size = 5;
		let steps = 0;
		while (at < doubled.length) {
			const to = Math.min(doubled.length, at + size);
			live.push(doubled.slice(at, to));
			at = to;
			size = (size * 7 + 13) % 9000;
			if (++steps % 3 === 0 || at === doubled.length) {
				expect(shape(live.transcript())).toEqual(
					shape(buildTranscript(soFar(doubled.slice(0, at)), info)),
				);
			}
		}
		live.end();
		const fresh = buildTranscript(doubled, info);
		expect(fresh.meta.duplicatesFolded).toBeGreaterThan(900);
		expect(shape(live.transcript())).toEqual(shape(fresh));
	});

	it('folds a doubled part that starts only after the first read, cut inside a message', () => {
		// The first read holds Tim's `各位早` once; its copy under his other name comes later.
		const first = doubled.indexOf('> 07:38:08  绅士@Tim');
		const cuts = [
			first,
			insideBody(doubled, first),
			doubled.length / 3,
			insideBody(doubled, doubled.length / 2),
		];
		const live = createLiveTranscript({});
		let at = 0;
		for (const cut of [...cuts.map(Math.floor), doubled.length]) {
			live.push(doubled.slice(at, cut));
			at = cut;
			expect(shape(live.transcript())).toEqual(
				shape(buildTranscript(soFar(doubled.slice(0, at)), info)),
			);
		}
		live.end();
		const folded = live.transcript();
		expect(shape(folded)).toEqual(shape(buildTranscript(doubled, info)));
		expect(folded.aliases['绅士@Tim']).toBe('Tim-魔线科技-产品总监');
		expect(folded.messages.toArray().filter((m) => m.text === '各位早')).toHaveLength(1);
	});

	it('folds a copy still being written when the first read ends in it', () => {
		// Cut where the message being written (not yet complete: no header after it) is the
		// second copy of the one before it, far into the day.
		const headers = [...doubled.matchAll(/^> (\d\d:\d\d:\d\d) {2}.*\n([\s\S]*?)(?=^> )/gm)];
		const copy = headers.findIndex(
			(h, i) => i > 100 && h[1] === headers[i - 1]![1] && h[2] === headers[i - 1]![2],
		);
		const cut = headers[copy + 1]!.index!;
		const live = createLiveTranscript({});
		live.push(doubled.slice(0, cut));
		const fresh = buildTranscript(doubled.slice(0, cut), info);
		expect(fresh.meta.duplicatesFolded).toBeGreaterThan(40);
		expect(shape(live.transcript())).toEqual(shape(fresh));
	});

	it('a followed file reads as opening the final file', () => {
		const dir = mkdtempSync(join(tmpdir(), 'chatreel-live-doubled-'));
		dirs.push(dir);
		const file = join(dir, 'doubled.md');
		const cuts = [0.2, 0.45, 0.7].map((share) =>
			insideBody(doubled, Math.floor(doubled.length * share)),
		);
		writeFileSync(file, doubled.slice(0, cuts[0]));
		const source = openLiveFile(file, 60_000);
		let last: Transcript = source.first;
		const poll = () =>
			source.subscribe((event) => {
				if ('transcript' in event) last = event.transcript;
			})();
		for (const [i, cut] of cuts.entries()) {
			appendFileSync(file, doubled.slice(cut, cuts[i + 1] ?? doubled.length));
			poll();
		}
		expect(shape(last)).toEqual(shape(openTranscript(file)));
		expect(last.meta.duplicatesFolded).toBeGreaterThan(900);
	});
});
