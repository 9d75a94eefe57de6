import {describe, expect, it} from 'vitest';
import {buildTranscript} from '../../../source/core/transcript/build.js';

const utf8 = {encoding: 'utf-8', badSequences: 0};
const quietFront =
	'---\nlayout:     source \ntitle:      "2019-02-03-WeChat"\ndate:       2019-02-03 12:00:00\nauthor:     None\nlines:      0 \ntag:\t\t  [chat]\n---\n';

describe('days with no messages are transcripts', () => {
	it.each([
		['front matter and nothing after it', quietFront],
		['front matter and blank padding', `${quietFront}   \n\n  \n`],
		['front matter with CRLF', quietFront.replace(/\n/g, '\r\n')],
		['front matter after a BOM', `\uFEFF${quietFront}`],
	])('%s', (_, text) => {
		const t = buildTranscript(text, utf8);
		expect(t.meta.notTranscript).toBeUndefined();
		expect(t.meta).toMatchObject({date: '2019-02-03', headers: 0, title: '2019-02-03-WeChat'});
		expect(t.messages.toArray()).toEqual([]);
		expect(t.talks).toEqual([]);
		expect(t.floods).toEqual([]);
		expect(t.speakers).toEqual([]);
		expect(t.diagnostics).toEqual([]);
	});

	it('a zero-byte file (or only a BOM)', () => {
		for (const text of ['', '\uFEFF']) {
			const t = buildTranscript(text, {...utf8, source: '/days/quiet.md'});
			expect(t.meta.notTranscript).toBeUndefined();
			expect(t.meta.title).toBe('quiet');
			expect(t.messages.toArray()).toEqual([]);
			expect(t.diagnostics).toEqual([]);
		}
	});
});

describe('text that is not a transcript is still refused', () => {
	it.each([
		['a line of text', 'garbage\n'],
		['only newlines', '\n\n'],
		['front matter then notes', '---\ntitle: notes\n---\n# Just notes\n\nNo chat here.\n'],
		['a front matter never closed', '---\ntitle: x\n'],
	])('%s', (_, text) => {
		const t = buildTranscript(text, utf8);
		expect(t.meta.notTranscript).toBe('no chat messages found; not a transcript');
		expect(t.diagnostics.map((d) => d.problem)).toContain('no message headers found');
	});
});
