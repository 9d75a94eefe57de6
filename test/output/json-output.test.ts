import {describe, expect, it} from 'vitest';
import {buildTranscript} from '../../source/core/transcript/build.js';
import {jsonChunks, jsonDocument, jsonText, safeJson} from '../../source/output/json-output.js';
import {sample as openSample} from '../helpers/sample.js';

const utf8 = {encoding: 'utf-8', badSequences: 0};

// Every code point a terminal may act on or that hides text.
const unsafe =
	/[\u007F-\u009F\u00AD\u061C\u200B-\u200F\u2028-\u202E\u2060-\u2069\uFEFF]|\uDB40[\uDC00-\uDC7F]/;

describe('--json document', () => {
	it('is written in chunks that join to the document JSON.stringify writes', () => {
		const transcript = openSample();
		const chunks = [...jsonChunks(transcript, 2000)];
		expect(chunks.length).toBeGreaterThan(50);
		for (const chunk of chunks.slice(0, -1)) expect(chunk.length).toBeLessThan(2000 + 10_000);
		const text = chunks.join('');
		expect(text).toBe(`${JSON.stringify(jsonDocument(transcript), null, 2)}\n`);
		expect(jsonText(transcript)).toBe(text);
	});

	it('writes empty lists and objects as JSON.stringify does', () => {
		const transcript = buildTranscript('> 10:00:00  a\nhi', utf8);
		expect(jsonText(transcript)).toBe(`${JSON.stringify(jsonDocument(transcript), null, 2)}\n`);
	});

	it('writes C1, DEL, bidi, separators and invisibles as \\u escapes, losslessly', () => {
		const payload =
			'\u009d0;pwned\u009c \u009b?1000h \u009b6n \u007f \u202e \u2066 \u2028 \u2029 \u200b \ufeff \u{E0041}';
		const transcript = buildTranscript(`> 10:00:00  x\u009b31m\n${payload}`, utf8);
		const text = jsonText(transcript);
		expect(text).not.toMatch(unsafe);
		expect(text).toContain('\\u009B6n');
		expect(text).toContain('\\uDB40\\uDC41');
		expect(JSON.parse(text)).toEqual(jsonDocument(transcript));
		expect(JSON.parse(safeJson(payload))).toBe(payload);
	});
});
