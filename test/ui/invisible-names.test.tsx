import {afterEach, describe, expect, it} from 'vitest';
import {buildTranscript} from '../../source/core/transcript/build.js';
import {renderReader} from '../helpers/render-reader.js';

const utf8 = {encoding: 'utf-8', badSequences: 0};
let unmount: (() => void) | undefined;
afterEach(() => unmount?.());

// Three names that look alike in a terminal: one plain, one with a zero-width space, one
// with a word joiner; and a body hiding text in tag characters.
const text = [
	'> 10:00:00  Eric-Silot-SG',
	'plain',
	'> 10:00:01  Eric\u200B-Silot-SG',
	'zero width space',
	'> 10:00:02  Eric-Silot\u2060-SG',
	'word joiner',
	'> 10:00:03  mallory',
	'hidden\u{E0068}\u{E0069} and\u00AD soft',
].join('\n');

describe('names that differ only by invisible characters', () => {
	it('show differently in the sidebar and the pane, with the border in place', async () => {
		const transcript = buildTranscript(text, utf8);
		expect(transcript.diagnostics.map((d) => d.line)).toEqual([3, 5]);
		const reader = await renderReader(transcript, {
			width: 100,
			height: 14,
			init: {sidebar: true, sidebarWidth: 30},
		});
		unmount = reader.unmount;
		const lines = reader.lines();
		const frame = lines.join('\n');
		for (const name of ['Eric-Silot-SG', 'Eric<U+200B>-Silot-SG', 'Eric-Silot<U+2060>-SG']) {
			expect(lines.some((line) => line.trimEnd().endsWith(name))).toBe(true);
		}
		expect(frame).toContain('hidden<U+E0068><U+E0069> and<U+00AD> soft');
		expect(frame).not.toMatch(/[\u200B\u2060\u00AD]|[\u{E0000}-\u{E007F}]/u);
		const bars = lines
			.filter((line) => /^\d\d:\d\d:\d\d /.test(line))
			.map((line) => [...line].indexOf('│'));
		expect(bars).toHaveLength(4);
		expect(new Set(bars).size).toBe(1);
	});
});
