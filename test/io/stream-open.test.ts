import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import type {Transcript} from '../../source/core/transcript/types.js';
import {openHistory} from '../../source/io/open-history.js';
import {openTranscript} from '../../source/io/open-transcript.js';
import {openHistoryStream} from '../../source/io/stream-history.js';
import {
	type IndexJob,
	openTranscriptStream,
	runInSlices,
} from '../../source/io/stream-transcript.js';
import {samplePath} from '../helpers/sample.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chatreel-stream-'));
afterAll(() => fs.rmSync(dir, {recursive: true, force: true}));

const sampleText = fs.readFileSync(samplePath, 'utf8');
const body = sampleText.slice(sampleText.indexOf('\n> ') + 1);

/** A file of many days' messages (over the size that is streamed), CRLF line ends. */
function bigFile(): string {
	const file = path.join(dir, 'big.md');
	const parts = ['---\r\ntitle: big\r\ndate: 2018-08-27\r\n---\r\n'];
	for (let i = 0; i < 70; i++) parts.push(body.replace(/\n/g, '\r\n'));
	fs.writeFileSync(file, parts.join(''));
	return file;
}

function finish(job: IndexJob): Transcript {
	for (;;) {
		const step = job.next();
		if (step.done) return step.value;
	}
}

describe('openTranscriptStream', () => {
	const file = bigFile();

	it('parses the first part at once and the rest as a job, to what openTranscript gives', () => {
		const opened = openTranscriptStream(file, 100);
		const whole = openTranscript(file);
		expect(opened.first.messages.length).toBeGreaterThanOrEqual(100);
		expect(opened.first.messages.length).toBeLessThan(whole.messages.length);
		expect(opened.first.messages.toArray()).toEqual(
			whole.messages.slice(0, opened.first.messages.length).toArray(),
		);
		const done = finish(opened.rest!);
		expect(done.messages.toArray()).toEqual(whole.messages.toArray());
		expect(done.floods).toEqual(whole.floods);
		expect(done.talks).toEqual(whole.talks);
		expect(done.speakers).toEqual(whole.speakers);
		expect(done.meta).toEqual(whole.meta);
	});

	it('reads far enough for the resume position', () => {
		const opened = openTranscriptStream(file, 20_000);
		expect(opened.first.messages.length).toBeGreaterThanOrEqual(20_000);
		opened.rest?.return(undefined as never);
	});

	it('streams a file of a megabyte too, reading only the first screen’s part at once', () => {
		const mid = path.join(dir, 'mid.md');
		fs.writeFileSync(mid, `---\ndate: 2018-08-27\n---\n${body.repeat(24)}`);
		expect(fs.statSync(mid).size).toBeGreaterThan(1_000_000);
		const opened = openTranscriptStream(mid, 100);
		const whole = openTranscript(mid);
		expect(opened.rest).toBeDefined();
		expect(opened.first.messages.length).toBeGreaterThanOrEqual(100);
		expect(opened.first.messages.length).toBeLessThan(whole.messages.length / 8);
		expect(finish(opened.rest!).messages.toArray()).toEqual(whole.messages.toArray());
	});

	it('reads a small file whole', () => {
		expect(openTranscriptStream(samplePath, 10).rest).toBeUndefined();
	});

	it('runs the job in slices between turns of the event loop, with progress', async () => {
		const opened = openTranscriptStream(file, 100);
		const seen: number[] = [];
		const done = await new Promise<Transcript>((resolve) => {
			runInSlices(opened.rest!, {progress: (p) => seen.push(p), done: resolve}, 1);
		});
		expect(done.messages.length).toBe(openTranscript(file).messages.length);
		expect(seen.length).toBeGreaterThan(1);
		expect(seen).toEqual([...seen].sort((a, b) => a - b));
	});
});

describe('openHistoryStream', () => {
	const folder = path.join(dir, 'days');
	fs.mkdirSync(folder);
	for (const day of ['2018-08-27', '2018-08-28', '2018-08-29']) {
		fs.writeFileSync(path.join(folder, `${day}-WeChat.md`), `---\ndate: ${day}\n---\n${body}`);
	}

	it('opens the first day first and the others as a job, to what openHistory gives', () => {
		const opened = openHistoryStream(folder, 1);
		const whole = openHistory(folder);
		expect(opened.first.messages.length).toBe(whole.messages.length / 3);
		expect(opened.first.messages.toArray().every((m) => m.day === 0)).toBe(true);
		const done = finish(opened.rest!);
		expect(done).toEqual(whole);
		// The first snapshot is not changed by the days added after it.
		expect(opened.first.messages.length).toBe(whole.messages.length / 3);
	});
});
