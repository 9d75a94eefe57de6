import fs from 'node:fs';
import {act} from 'react';
import {afterEach, describe, expect, it, vi} from 'vitest';
import {buildTranscript} from '../../source/core/transcript/build.js';
import {createTranscriptBuilder} from '../../source/core/transcript/transcript-builder.js';
import type {Transcript} from '../../source/core/transcript/types.js';
import {renderReader} from '../helpers/render-reader.js';
import {samplePath} from '../helpers/sample.js';

// A big file read in the background: the reader works on the first part, says what waits,
// and catches up when the whole transcript arrives.

const info = {encoding: 'utf-8', badSequences: 0};
const text = fs.readFileSync(samplePath, 'utf8');
const whole = buildTranscript(text, info);

function firstPart(): Transcript {
	const builder = createTranscriptBuilder(info);
	builder.push(text.slice(0, Math.floor(text.length / 5)));
	return builder.snapshot();
}

type On = {progress(percent: number): void; done(transcript: Transcript): void};

async function indexingReader(onIndexBuilt?: () => void) {
	const first = firstPart();
	let on: On | undefined;
	const reader = await renderReader(first, {
		width: 100,
		height: 30,
		onIndexBuilt,
		indexing: (callbacks) => {
			on = callbacks;
			return () => {};
		},
	});
	const progress = async (percent: number) => act(async () => on!.progress(percent));
	const done = async () => act(async () => on!.done(whole));
	return {reader, first, progress, done};
}

let unmount: (() => void) | undefined;
afterEach(() => unmount?.());

describe('indexing in the background', () => {
	it('moves on what is loaded, shows progress, and G follows to the real end', async () => {
		const {reader, first, progress, done} = await indexingReader();
		unmount = reader.unmount;
		expect(first.messages.length).toBeLessThan(whole.messages.length);
		await reader.write('j');
		expect(reader.frame()).toContain(`/${first.messages.length}`);
		await progress(40);
		expect(reader.frame()).toContain('indexing 40%');
		await reader.write('G');
		expect(reader.frame()).toContain('still reading: the end follows when the whole file is read');
		await progress(60);
		expect(reader.frame()).toContain('indexing 60%');
		expect(reader.frame()).not.toContain('40%');
		await done();
		const frame = reader.frame();
		expect(frame).not.toContain('indexing');
		expect(frame).not.toMatch(/\+\d+ new/);
		expect(frame).toContain(`message ${whole.messages.length}/${whole.messages.length}`);
	});

	it('gives a search typed before indexing ends the complete answer when it ends', async () => {
		const full = await renderReader(whole, {width: 100, height: 30});
		await full.write('/');
		await full.write('签到');
		const complete = (await full.waitFor((f) => /\d+ hits/.test(f))).match(/(\d+) hits/)![1];
		full.unmount();

		const {reader, progress, done} = await indexingReader();
		unmount = reader.unmount;
		await progress(10);
		await reader.write('/');
		await reader.write('签到');
		const partial = await reader.waitFor((f) => /\d+ hits so far \(indexing…\)/.test(f));
		expect(partial.match(/(\d+) hits/)![1]).not.toBe(complete);
		await done();
		const after = await reader.waitFor((f) => new RegExp(`${complete} hits(?! so far)`).test(f));
		expect(after).not.toContain('indexing');
	});

	it('jumps to a time that was not read yet once it is', async () => {
		const {reader, first, done} = await indexingReader();
		unmount = reader.unmount;
		const target = whole.messages
			.toArray()
			.find((m) => m.time > (first.messages.at(-1)?.time ?? ''))!;
		await reader.write(':');
		await reader.write(target.time);
		await reader.write('\r');
		expect(reader.frame()).toContain('still reading: jumps to');
		await done();
		expect(reader.frame()).toContain(target.time);
	});

	it('says when the index of the whole transcript is built, not of the first part', async () => {
		let built = 0;
		const {reader, progress, done} = await indexingReader(() => built++);
		unmount = reader.unmount;
		await progress(10);
		await reader.write('/');
		await reader.write('签到');
		// The first part's index is built: the search answered from it.
		await reader.waitFor((f) => /\d+ hits so far/.test(f));
		expect(built).toBe(0);
		await done();
		await vi.waitFor(() => expect(built).toBe(1));
		await reader.write('\u007F');
		await reader.waitFor((f) => /\/签\s+\d+ hits/.test(f));
		expect(built).toBe(1);
	});
});
