import {readFileSync} from 'node:fs';
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {buildTranscript, isHeaderProblem} from '../../../source/core/transcript/build.js';
import type {Transcript} from '../../../source/core/transcript/types.js';

// The front matter and the first ~200 messages keep each run quick.
const sampleLines = readFileSync(
	new URL('../../../samples/2018-08-27-WeChat.md', import.meta.url),
	'utf8',
)
	.split('\n')
	.slice(0, 800);
const utf8 = {encoding: 'utf-8', badSequences: 0};
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

/** The invariant every transcript keeps: each header became a message, a fold or a diagnostic. */
function checkAccounting(t: Transcript): void {
	const badHeaders = t.diagnostics.filter(isHeaderProblem).length;
	expect(t.messages.length + t.meta.duplicatesFolded).toBe(t.meta.headers - badHeaders);
	expect(t.messages.toArray().map((m) => m.id)).toEqual([...t.messages.toArray().keys()]);
	for (const m of t.messages) {
		expect(m.speaker).not.toMatch(CONTROL);
		expect(m.text).not.toMatch(CONTROL);
		expect(m.url ?? '').not.toMatch(CONTROL);
	}
}

type Edit =
	| {op: 'delete'; at: number}
	| {op: 'duplicate'; at: number}
	| {op: 'flip'; at: number; char: number; code: number}
	| {op: 'header'; at: number; line: string};

const headerLine = fc
	.tuple(fc.nat(30), fc.nat(70), fc.nat(70), fc.string({maxLength: 12}))
	.map(
		([h, m, s, who]) =>
			`> ${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}  ${who}`,
	);

const edit: fc.Arbitrary<Edit> = fc.oneof(
	fc.record({op: fc.constant('delete' as const), at: fc.nat()}),
	fc.record({op: fc.constant('duplicate' as const), at: fc.nat()}),
	fc.record({op: fc.constant('flip' as const), at: fc.nat(), char: fc.nat(), code: fc.nat(0xffff)}),
	fc.record({op: fc.constant('header' as const), at: fc.nat(), line: headerLine}),
);

function mutate(lines: string[], edits: Edit[]): string {
	const out = [...lines];
	for (const e of edits) {
		const at = e.at % (out.length + 1);
		if (e.op === 'delete') out.splice(at, 1);
		else if (e.op === 'duplicate') out.splice(at, 0, out[at] ?? '');
		else if (e.op === 'header') out.splice(at, 0, e.line);
		else {
			const line = out[at] ?? '';
			const i = line.length === 0 ? 0 : e.char % line.length;
			out[at] = line.slice(0, i) + String.fromCharCode(e.code) + line.slice(i + 1);
		}
	}
	return out.join('\n');
}

describe('buildTranscript on hostile input', () => {
	it('never throws on random strings and keeps its accounting', () => {
		const chunk = fc.oneof(
			fc.string(),
			fc.constantFrom(
				'\n',
				'---\n',
				'> 12:00:00  a\n',
				'> 99:00:00  b\n',
				'[强]',
				'](',
				'&amp;',
				'\u001b[',
			),
		);
		fc.assert(
			fc.property(fc.array(chunk, {maxLength: 40}), (chunks) => {
				checkAccounting(buildTranscript(chunks.join(''), utf8));
			}),
			{numRuns: 300},
		);
	});

	it('never throws on mutated copies of the reference day and keeps its accounting', () => {
		fc.assert(
			fc.property(fc.array(edit, {minLength: 1, maxLength: 30}), (edits) => {
				checkAccounting(buildTranscript(mutate(sampleLines, edits), utf8));
			}),
			{numRuns: 200},
		);
	});
});
