import {readFileSync} from 'node:fs';
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {matchHeader, parseMessages} from '../../../source/core/transcript/parse-messages.js';

const referenceLines = readFileSync(
	new URL('../../../samples/2018-08-27-WeChat.md', import.meta.url),
	'utf8',
).split('\n');

describe('matchHeader', () => {
	it('reads the header as exported, trailing spaces trimmed', () => {
		expect(matchHeader('> 08:49:51  右军-蚂蚁金服-成都  ')).toEqual({
			hours: 8,
			minutes: 49,
			seconds: 51,
			speaker: '右军-蚂蚁金服-成都',
		});
	});

	it('is tolerant of blank speakers, spaces in names and one-digit hours', () => {
		expect(matchHeader('> 07:56:52  ')?.speaker).toBe('');
		expect(matchHeader('> 07:56:52')?.speaker).toBe('');
		expect(matchHeader('> 9:07:32  Alex ?? 深圳普尔瀚达@产品  ')).toMatchObject({
			hours: 9,
			speaker: 'Alex ?? 深圳普尔瀚达@产品',
		});
	});

	it('ignores lines that are not headers', () => {
		for (const line of [
			'>08:00:00  x',
			'> 08:00  x',
			'> 08:00:00x',
			'  > 08:00:00  x',
			'x> 08:00:00',
			'> quote',
		]) {
			expect(matchHeader(line)).toBeUndefined();
		}
	});

	it('matches exactly what the documented pattern matches', () => {
		const pattern = /^>\s+(\d{1,2}):(\d{2}):(\d{2})(?:\s(.*))?$/s;
		const piece = fc.constantFrom(
			'>',
			' ',
			'\t',
			'\u3000',
			'\u00a0',
			':',
			'0',
			'1',
			'9',
			'12',
			'x',
			'\n',
			'\r',
			'  ',
		);
		const line = fc.array(piece, {maxLength: 14}).map((parts) => parts.join(''));
		const prefixed = fc.tuple(fc.constantFrom('> ', '>  ', '>\t'), line).map(([a, b]) => a + b);
		fc.assert(
			fc.property(fc.oneof(line, prefixed, fc.string()), (text) => {
				const m = pattern.exec(text);
				const expected = m
					? {
							hours: Number(m[1]),
							minutes: Number(m[2]),
							seconds: Number(m[3]),
							speaker: (m[4] ?? '').trim(),
						}
					: undefined;
				expect(matchHeader(text)).toEqual(expected);
			}),
			{numRuns: 2000},
		);
	});

	it('is header-shaped with an impossible time', () => {
		expect(matchHeader('> 25:61:99  x')).toMatchObject({hours: 25, minutes: 61, seconds: 99});
	});
});

describe('parseMessages', () => {
	it('reads the reference day', () => {
		const parsed = parseMessages(referenceLines, 8);
		expect(parsed.headers).toBe(441);
		expect(parsed.messages).toHaveLength(441);
		expect(parsed.diagnostics).toEqual([]);
		expect(parsed.messages[0]).toMatchObject({
			id: 0,
			line: 9,
			time: '00:50:55',
			seconds: 3055,
			speaker: '无缺-杭州-后端',
			rawSpeaker: '无缺-杭州-后端',
			kind: 'reaction',
			text: '[愉快]',
			raw: '[愉快]',
		});
		expect(parsed.messages[1]).toMatchObject({line: 13, kind: 'media', raw: '', text: ''});
		expect(parsed.messages.map((m) => m.id)).toEqual([...Array(441).keys()]);
	});

	it('strips hard breaks and padding, keeping inner line breaks', () => {
		const lines = ['> 10:00:00  a  ', '   ', 'one  ', '', 'two\t', '  ', '   ', '> 10:00:01  b'];
		const [first, second] = parseMessages(lines).messages;
		expect(first?.raw).toBe('one\n\ntwo\t');
		expect(second).toMatchObject({line: 8, raw: '', kind: 'media', speaker: 'b'});
	});

	it('skips a header with an impossible time without swallowing what follows', () => {
		const lines = ['> 10:00:00  a', 'hi', '> 25:61:99  x', 'lost', '> 10:00:02  b', 'there'];
		const parsed = parseMessages(lines);
		expect(parsed.headers).toBe(3);
		expect(parsed.messages.map((m) => [m.speaker, m.raw, m.line])).toEqual([
			['a', 'hi', 1],
			['b', 'there', 5],
		]);
		expect(parsed.diagnostics).toEqual([
			{line: 3, problem: 'message header with an impossible time 25:61:99; message skipped'},
		]);
	});

	it('reports each near-miss header inside a skipped message on its own line', () => {
		const lines = [
			'> 10:00:00  a',
			'hi',
			'> 25:61:99  x',
			'>10:00:01 b',
			'text',
			'> 10:0:02  c',
			'> 10:00:03  d',
			'>10:00:04 e',
		];
		const parsed = parseMessages(lines);
		const nearMiss = 'a line that looks like a message header was skipped with the message above';
		expect(parsed.diagnostics).toEqual([
			{line: 3, problem: 'message header with an impossible time 25:61:99; message skipped'},
			{line: 4, problem: nearMiss},
			{line: 6, problem: nearMiss},
		]);
		// In a message that loads, the same line is part of its body, on screen.
		expect(parsed.messages.at(-1)?.raw).toBe('>10:00:04 e');
	});

	it('reports text before the first header', () => {
		const parsed = parseMessages(['', 'stray', '> 10:00:00  a', 'x']);
		expect(parsed.diagnostics).toEqual([
			{line: 2, problem: 'text before the first message header ignored'},
		]);
		expect(parsed.messages).toHaveLength(1);
	});

	it('keeps escape sequences out of the speaker but in rawSpeaker', () => {
		const [m] = parseMessages(['> 10:00:00  \u001b[31mevil\u001b[0m  ', 'x']).messages;
		expect(m?.speaker).not.toContain('\u001b');
		expect(m?.rawSpeaker).toBe('\u001b[31mevil\u001b[0m');
	});

	it('parses 100,000 messages in linear time', () => {
		const body = referenceLines.slice(8);
		const lines: string[] = [];
		while (lines.length < 400_000) lines.push(...body);
		const started = performance.now();
		const parsed = parseMessages(lines);
		const elapsed = performance.now() - started;
		expect(parsed.messages.length).toBeGreaterThan(100_000);
		expect(elapsed).toBeLessThan(3000);
	});

	it('does not backtrack on a header line full of spaces', () => {
		const started = performance.now();
		const parsed = parseMessages([
			`> 10:00:00 ${' '.repeat(300_000)}x${' '.repeat(300_000)}`,
			`${' '.repeat(300_000)}y`,
		]);
		expect(parsed.messages[0]?.speaker).toBe('x');
		expect(performance.now() - started).toBeLessThan(500);
	});
});
