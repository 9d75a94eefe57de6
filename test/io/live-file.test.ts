// The live reader: appended bytes only, cut anywhere; truncation, rotation and deletion.
import {
	appendFileSync,
	mkdtempSync,
	renameSync,
	rmSync,
	truncateSync,
	unlinkSync,
	writeFileSync,
} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {
	createLiveTranscript,
	type LiveEvent,
} from '../../source/core/transcript/live-transcript.js';
import {fileChange} from '../../source/io/file-change.js';
import {openLiveFile} from '../../source/io/live-file.js';

const dirs: string[] = [];
afterEach(() => {
	for (const dir of dirs.splice(0)) rmSync(dir, {recursive: true, force: true});
});
function tempFile(text: string): string {
	const dir = mkdtempSync(join(tmpdir(), 'chatreel-live-io-'));
	dirs.push(dir);
	const file = join(dir, 'live.md');
	writeFileSync(file, text);
	return file;
}

const head = '---\ntitle: live\ndate: 2024-05-01\n---\n\n> 10:00:00  amy  \n\nfirst\n\n';
const next = '> 10:00:01  张伟·北京  \n\n第二条消息 ✓\n\n';

/** Every poll of a source, by hand: subscribe, take the events, unsubscribe. */
function poll(source: ReturnType<typeof openLiveFile>): LiveEvent[] {
	const events: LiveEvent[] = [];
	source.subscribe((event) => events.push(event))();
	return events;
}
const texts = (event: LiveEvent | undefined) =>
	event && 'transcript' in event
		? event.transcript.messages.toArray().map((m) => `${m.speaker}:${m.text}`)
		: [];

describe('reading a live file', () => {
	it('reads a message appended in two writes cut at every byte (inside a character, a header)', () => {
		const bytes = Buffer.from(next);
		for (let cut = 1; cut < bytes.length; cut++) {
			const file = tempFile(head);
			const source = openLiveFile(file, 60_000);
			appendFileSync(file, bytes.subarray(0, cut));
			const partial = poll(source);
			for (const event of partial) {
				// Never half a header or half a character: at most the new message's first lines.
				for (const text of texts(event)) expect(text).not.toContain('\uFFFD');
				expect(texts(event).join()).not.toContain('10:00');
			}
			appendFileSync(file, bytes.subarray(cut));
			const events = poll(source);
			expect(texts(events.at(-1))).toEqual(['amy:first', '张伟·北京:第二条消息 ✓']);
		}
	});

	it('decodes a stream cut inside a character and a header', () => {
		const live = createLiveTranscript({});
		const text = Buffer.from(head + next);
		const decoder = new TextDecoder();
		for (let i = 0; i < text.length; i += 3) {
			live.push(decoder.decode(text.subarray(i, i + 3), {stream: true}));
		}
		expect(
			live
				.transcript()
				.messages.toArray()
				.map((m) => m.text),
		).toEqual(['first', '第二条消息 ✓']);
		expect(live.transcript().meta.date).toBe('2024-05-01');
	});

	it('takes a burst of 1,000 messages in one change', () => {
		const file = tempFile(head);
		const source = openLiveFile(file, 60_000);
		let burst = '';
		for (let i = 0; i < 1000; i++)
			burst += `> 11:${String(Math.floor(i / 60)).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}  b${i % 7}  \n\nmessage ${i}\n\n`;
		appendFileSync(file, burst);
		const events = poll(source);
		expect(events).toHaveLength(1);
		const messages = events[0]?.kind === 'grew' ? events[0].transcript.messages : [];
		expect(messages).toHaveLength(1001);
		expect(messages.at(-1)?.text).toBe('message 999');
	});

	it('tells truncation, rotation and deletion apart, and reads a rotated file from its start', () => {
		const file = tempFile(head + next);
		const source = openLiveFile(file, 60_000);
		expect(source.first.messages).toHaveLength(2);
		truncateSync(file, 0);
		writeFileSync(file, '> 12:00:00  cut  \n\nafter\n\n');
		const cut = poll(source).at(-1);
		expect(cut).toMatchObject({kind: 'reset', why: 'truncated'});
		expect(texts(cut)).toEqual(['cut:after']);

		const other = `${file}.new`;
		writeFileSync(
			other,
			'> 13:00:00  new  \n\nrotated one\n\n> 13:00:01  new  \n\nrotated two\n\n',
		);
		renameSync(other, file);
		const rotated = poll(source).at(-1);
		expect(rotated).toMatchObject({kind: 'reset', why: 'replaced'});
		expect(texts(rotated)).toEqual(['new:rotated one', 'new:rotated two']);

		unlinkSync(file);
		expect(poll(source)).toEqual([{kind: 'gone'}]);
		expect(poll(source)).toEqual([]);
		writeFileSync(file, '> 14:00:00  back  \n\nagain\n\n');
		const back = poll(source).at(-1);
		expect(back).toMatchObject({kind: 'reset', why: 'recreated'});
		expect(texts(back)).toEqual(['back:again']);
	});

	it('names each change of a file', () => {
		const a = {identity: '1:1', size: 10};
		expect(fileChange(undefined, a)).toBe('grew');
		expect(fileChange(a, {identity: '1:1', size: 20})).toBe('grew');
		expect(fileChange(a, a)).toBe('same');
		expect(fileChange(a, {identity: '1:1', size: 5})).toBe('truncated');
		expect(fileChange(a, {identity: '1:2', size: 20})).toBe('replaced');
		expect(fileChange(a, 'gone')).toBe('deleted');
		expect(fileChange('gone', 'gone')).toBe('same');
		expect(fileChange('gone', a)).toBe('recreated');
	});
});
