import fs from 'node:fs';
import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';
import {classifyAcks} from '../../../source/core/analysis/acknowledgements.js';
import {detectFloods} from '../../../source/core/analysis/floods.js';
import {speakerStats} from '../../../source/core/analysis/speakers.js';
import {detectTalks} from '../../../source/core/analysis/talks.js';
import {assignClock} from '../../../source/core/transcript/clock.js';
import {decodeBytes} from '../../../source/core/transcript/decode.js';
import {foldDoubledDays} from '../../../source/core/transcript/doubled-days.js';
import {parseFrontMatter} from '../../../source/core/transcript/front-matter.js';
import {lookalikeNames} from '../../../source/core/transcript/lookalike-names.js';
import {storeOf} from '../../../source/core/transcript/message-store.js';
import {parseMessages} from '../../../source/core/transcript/parse-messages.js';
import {createTranscriptBuilder} from '../../../source/core/transcript/transcript-builder.js';

const utf8 = {encoding: 'utf-8', badSequences: 0};
const samplesDir = fileURLToPath(new URL('../../../samples/', import.meta.url));
const samples = fs
	.readdirSync(samplesDir)
	.filter((name) => /\.(md|markdown)$/.test(name) && name !== 'README.md')
	.map((name) => decodeBytes(fs.readFileSync(samplesDir + name)).text);

const hostile = [
	'\uFEFF',
	'---\r\ntitle: "\\e]0;owned\\a"\r\ndate: 2018-08-27\r\n---\r\n',
	'stray text before the first header\n',
	'> 10:00:00  \u001b[31mEvil\u001b[0m-\u009b2J-公司  \n\u001b]8;;http://evil\u0007click  \n',
	'> 25:00:00  impossible\nbody\n',
	'> 10:00:01  \u001b[1m\n[\u001b[5mblink\n](http://x.org/\u001b[0m&amp;#27;)\n',
	'> 10:00:02  b\n![&#27;[2J](http://x/&#x1b;[0m.png)\n   \n',
	'> 9:00:03  c\n&amp;#27;[2J&#x9b;K\r\u2028\u202e\n',
	'> 10:00:04  d\n\n> 10:00:04  e\n签到\n> 10:00:05\n',
	'> 10:00:06  lone cr\rinside\r\n',
	'> 25:61:00  skipped\n>10:00:00 near\n> 10:0:00 near too\n',
	'> 10:00:07  Bob\nhi\n> 10:00:08  B\u200bob\nhi too\n',
	'> 20:00:00  late\n> 14:00:00  early: the clock runs backwards\n',
	'> 10:00:07  last without newline\r',
].join('');

/** The pipeline as it was before the builder: split, front matter, scan, clock, fold, analyse. */
function reference(text: string) {
	const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
	const lines = body.replace(/\r\n/g, '\n').split('\n');
	const front = parseFrontMatter(lines);
	const parsed = parseMessages(lines, front.bodyStart);
	const clockProblems: {line: number; problem: string}[] = [];
	const {messages, aliases, folded} = foldDoubledDays(
		storeOf(assignClock(parsed.messages, front.data.date, clockProblems)),
	);
	const acks = classifyAcks(messages);
	const list = messages.toArray();
	list.forEach((message, index) => {
		if (acks[index] === 1) message.ack = true;
	});
	return {
		messages: list,
		aliases,
		folded,
		headers: parsed.headers,
		diagnostics: [
			...front.diagnostics,
			...parsed.diagnostics,
			...lookalikeNames(parsed.messages),
			...clockProblems,
		],
		speakers: speakerStats(messages, aliases),
		floods: detectFloods(messages, acks),
		talks: detectTalks(messages, acks),
		date: front.data.date ?? '',
		title: front.data.title,
	};
}

/** Cuts `text` at pseudo-random places (a fixed seed: the same cuts every run). */
function chunks(text: string, seed: number, most: number): string[] {
	const out: string[] = [];
	let state = seed;
	let at = 0;
	while (at < text.length) {
		state = (state * 1103515245 + 12345) % 2147483648;
		const size = 1 + (state % most);
		out.push(text.slice(at, at + size));
		at += size;
	}
	return out;
}

function built(pieces: string[]) {
	const builder = createTranscriptBuilder(utf8);
	for (const piece of pieces) builder.push(piece);
	builder.end();
	return builder.snapshot();
}

describe('createTranscriptBuilder', () => {
	const inputs = [...samples, hostile, '', '\n', '---\ntitle: x\n', '> 10:00:00  a'];
	it.each(inputs.map((text, index) => [index, text] as const))(
		'gives what the whole-text parse gives, however the text is cut (input %i)',
		(_, text) => {
			const want = reference(text);
			for (const [seed, most] of [
				[1, 1],
				[7, 3],
				[42, 97],
				[9, 4096],
				[3, 1 << 30],
			] as const) {
				const got = built(chunks(text, seed, most));
				expect(got.messages.toArray()).toEqual(want.messages);
				expect(got.aliases).toEqual(want.aliases);
				expect(got.speakers).toEqual(want.speakers);
				expect(got.floods).toEqual(want.floods);
				expect(got.talks).toEqual(want.talks);
				expect(got.meta.headers).toBe(want.headers);
				expect(got.meta.duplicatesFolded).toBe(want.folded);
				expect(got.meta.date).toBe(want.date);
				expect(got.diagnostics.filter((d) => d.line > 0)).toEqual(want.diagnostics);
			}
		},
	);

	it('keeps the hostile-input diagnostics: impossible times, near-headers, lookalikes, clock', () => {
		const problems = built(chunks(hostile, 5, 11)).diagnostics.map((d) => d.problem);
		expect(problems.filter((p) => p.includes('impossible time'))).toHaveLength(2);
		expect(problems.filter((p) => p.includes('looks like a message header'))).toHaveLength(2);
		expect(problems.some((p) => p.includes('only by invisible characters'))).toBe(true);
		expect(problems.some((p) => p.startsWith('clock runs backwards'))).toBe(true);
	});

	it.each([
		['a zero-byte file', '', false],
		['a closed front matter and blank lines', '---\ndate: 2018-08-27\n---\n\n  \n', false],
		['text without headers', 'just some notes\n', true],
		['an unclosed front matter', '---\ntitle: x\n', true],
	])('tells an empty day from text that is not a transcript: %s', (_, text, refused) => {
		const got = built(chunks(text, 3, 2));
		expect(got.meta.notTranscript !== undefined).toBe(refused);
		expect(got.diagnostics.some((d) => d.problem === 'no message headers found')).toBe(refused);
	});

	it('reads the samples (441 messages in the reference day)', () => {
		expect(
			built([samples.find((text) => text.includes('2018-08-27-WeChat'))!]).messages,
		).toHaveLength(441);
	});

	it('snapshots only complete messages: the last one waits for the next header or the end', () => {
		const builder = createTranscriptBuilder(utf8);
		builder.push('---\ndate: 2018-08-27\n---\n> 10:00:00  a\nhello\n> 10:00:01  b\nwor');
		expect(builder.count).toBe(1);
		expect(
			builder
				.snapshot()
				.messages.toArray()
				.map((m) => m.text),
		).toEqual(['hello']);
		builder.push('ld\n> 10:00:02  c\n');
		expect(
			builder
				.snapshot()
				.messages.toArray()
				.map((m) => m.text),
		).toEqual(['hello', 'world']);
		builder.end();
		const all = builder.snapshot().messages;
		expect(all.toArray().map((m) => m.speaker)).toEqual(['a', 'b', 'c']);
		expect(all.get(2)?.timestamp).toBe('2018-08-27T10:00:02');
		expect(builder.ended).toBe(true);
	});

	it('holds messages back until the front matter is settled', () => {
		const builder = createTranscriptBuilder(utf8);
		builder.push('\n---\ndate: 2018-08-27\n');
		expect(builder.count).toBe(0);
		builder.push('---\n> 23:59:59  a\nx\n> 00:00:01  b\ny\n');
		expect(
			builder
				.snapshot()
				.messages.toArray()
				.map((m) => m.timestamp),
		).toEqual(['2018-08-27T23:59:59']);
		builder.end();
		expect(
			builder
				.snapshot()
				.messages.toArray()
				.map((m) => m.day),
		).toEqual([0, 1]);
	});

	it('gives new complete messages since n and the one being written, whatever the split', () => {
		const text =
			'---\ndate: 2018-08-27\n---\n> 23:59:58  张伟·北京  \n\n第一条 ✓\n\n> 00:00:01  amy  \n\nsecond\nline\n\n> 00:00:02  bob  \n\n签到\n';
		const bytes = Buffer.from(text);
		const whole = createTranscriptBuilder(utf8);
		whole.push(text);
		const wanted = [...whole.since(0), whole.pending()];
		expect(wanted.map((m) => m?.text)).toEqual(['第一条 ✓', 'second\nline', '签到']);
		expect(wanted.map((m) => m?.day)).toEqual([0, 1, 1]);
		for (let cut = 1; cut < bytes.length; cut++) {
			const builder = createTranscriptBuilder(utf8);
			const decoder = new TextDecoder();
			builder.push(decoder.decode(bytes.subarray(0, cut), {stream: true}));
			const early = [...builder.since(0), builder.pending()].filter((m) => m !== undefined);
			for (const message of early) {
				expect(message.text).not.toContain('\uFFFD');
				expect(message.text).not.toContain('00:00');
			}
			// What shows early is a prefix of what comes: complete messages never change.
			expect(builder.since(0).toArray()).toEqual(wanted.slice(0, builder.count));
			const seen = builder.count;
			builder.push(decoder.decode(bytes.subarray(cut), {stream: true}));
			expect([
				...builder.since(0).slice(0, seen),
				...builder.since(seen),
				builder.pending(),
			]).toEqual(wanted);
			builder.end();
			expect(builder.pending()).toBeUndefined();
			expect(
				builder
					.since(2)
					.toArray()
					.map((m) => m.text),
			).toEqual(['签到']);
		}
	});

	it('clocks the message being written without moving the clock', () => {
		const builder = createTranscriptBuilder(utf8);
		builder.push('---\ndate: 2018-08-27\n---\n> 20:00:00  a\nx\n> 14:00:00  b\ny\n');
		// Looked at many times, the backwards clock is reported once, when the message is complete.
		for (let i = 0; i < 3; i++) expect(builder.pending()?.seconds).toBe(14 * 3600);
		builder.push('> 00:00:01  c\nz\n');
		expect(builder.pending()?.timestamp).toBe('2018-08-28T00:00:01');
		builder.end();
		const {messages, diagnostics} = builder.snapshot();
		expect(messages.toArray().map((m) => m.day)).toEqual([0, 0, 1]);
		expect(diagnostics.filter((d) => d.problem.includes('backwards'))).toHaveLength(1);
		expect(builder.pending()).toBeUndefined();
	});
});
