// Every field of every message, and everything the analysis derives, is what the old
// object-array builder produced. The references in test/fixtures/store-reference were
// written by that builder (see its README) before messages moved into the compact store.
import fs from 'node:fs';
import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';
import {createHistoryMerger} from '../../../source/core/history/history-merge.js';
import {buildTranscript} from '../../../source/core/transcript/build.js';
import {decodeBytes} from '../../../source/core/transcript/decode.js';
import {createTranscriptBuilder} from '../../../source/core/transcript/transcript-builder.js';
import type {Message, Transcript} from '../../../source/core/transcript/types.js';
import {hostileDay, hostileHistory} from '../../fixtures/hostile-transcript.js';
import {
	messageFields,
	messageRow,
	transcriptRest,
} from '../../fixtures/store-reference/reference-format.js';

const referenceDir = fileURLToPath(new URL('../../fixtures/store-reference/', import.meta.url));
const samplesDir = fileURLToPath(new URL('../../../samples/', import.meta.url));
const utf8 = {encoding: 'utf-8', badSequences: 0};

function reference(name: string): {rest: unknown; rows: unknown[][]} {
	const [rest, ...rows] = fs
		.readFileSync(`${referenceDir}${name}.jsonl`, 'utf8')
		.trimEnd()
		.split('\n')
		.map((line) => JSON.parse(line));
	return {rest, rows};
}

/** The keys a materialised message may have: every field, `ack` only when set. */
const keys = messageFields.filter((field) => field !== 'ack');

function expectSame(transcript: Transcript, name: string): void {
	const {rest, rows} = reference(name);
	expect(transcriptRest(transcript)).toEqual(rest);
	const {messages} = transcript;
	expect(messages.length).toBe(rows.length);
	for (let id = 0; id < rows.length; id++) {
		const message = messages.get(id)!;
		expect({id, row: messageRow(message)}).toEqual({id, row: rows[id]});
		expect(Object.keys(message).sort()).toEqual(
			(message.ack ? [...keys, 'ack'] : [...keys]).sort(),
		);
		expect(messages.get(id)).toBe(message);
		expectAccessors(transcript, id, message);
	}
	expect(messages.toArray().map(messageRow)).toEqual(rows);
}

/** The cheap accessors read what `get` materialises. */
function expectAccessors(transcript: Transcript, id: number, message: Message): void {
	const {messages} = transcript;
	expect([
		messages.lineOf(id),
		messages.timeOf(id),
		messages.secondsOf(id),
		messages.dayOf(id),
		messages.timestampOf(id),
		messages.speakerOf(id),
		messages.rawSpeakerOf(id),
		messages.kindOf(id),
		messages.textOf(id),
		messages.rawOf(id),
		messages.urlOf(id),
		messages.isAck(id),
	]).toEqual([
		message.line,
		message.time,
		message.seconds,
		message.day,
		message.timestamp,
		message.speaker,
		message.rawSpeaker,
		message.kind,
		message.text,
		message.raw,
		message.url,
		message.ack === true,
	]);
}

const sampleNames = fs
	.readdirSync(samplesDir)
	.filter((name) => /\.(md|markdown)$/.test(name) && name !== 'README.md');

describe('the compact store keeps every field of every message', () => {
	it.each(sampleNames)('sample %s', (file) => {
		const decoded = decodeBytes(fs.readFileSync(samplesDir + file));
		const transcript = buildTranscript(decoded.text, {
			encoding: decoded.encoding,
			badSequences: decoded.badSequences,
		});
		expectSame(transcript, file.replace(/\.(md|markdown)$/, ''));
	});

	it('a hostile day: escapes, controls, zero-width, bidi, a huge URL, entities, aliases, midnight', () => {
		expectSame(buildTranscript(hostileDay(), utf8), 'hostile-day');
	});

	it('the hostile day pushed in small pieces, with snapshots on the way', () => {
		const text = hostileDay();
		const builder = createTranscriptBuilder(utf8);
		for (let at = 0; at < text.length; at += 997) {
			builder.push(text.slice(at, at + 997));
			if (at % 5 === 0) builder.snapshot();
		}
		builder.end();
		expectSame(builder.snapshot(), 'hostile-day');
	});

	it('a folder history of hostile days, dated, undated and quiet', () => {
		const merger = createHistoryMerger('hostile', '/hostile');
		for (const [name, nameDate, text] of hostileHistory()) {
			merger.add(name, buildTranscript(text, utf8), nameDate);
			merger.finish();
		}
		expectSame(merger.finish(), 'hostile-history');
	});
});
