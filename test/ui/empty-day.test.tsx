import {afterEach, describe, expect, it} from 'vitest';
import {buildTranscript} from '../../source/core/transcript/build.js';
import {displayWidth} from '../../source/layout/wrap-text.js';
import {renderReader} from '../helpers/render-reader.js';

type Reader = Awaited<ReturnType<typeof renderReader>>;
let reader: Reader | undefined;
afterEach(() => reader?.unmount());

const utf8 = {encoding: 'utf-8', badSequences: 0};
const quietDay = buildTranscript(
	'---\ntitle: "2019-02-03-WeChat"\ndate: 2019-02-03 12:00:00\nlines: 0\n---\n   \n',
	{
		...utf8,
		source: '/days/2019-02-03.md',
	},
);
const zeroBytes = buildTranscript('', {...utf8, source: '/days/empty.md'});

describe.each([
	['a quiet day', quietDay],
	['a zero-byte file', zeroBytes],
])('%s in the reader', (_, transcript) => {
	it('says there are no messages, at the exact size', async () => {
		reader = await renderReader(transcript, {width: 80, height: 24});
		const lines = reader.lines();
		expect(lines).toHaveLength(24);
		for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(80);
		expect(lines[0]).toContain('0 messages');
		expect(reader.frame()).toContain('No messages on this day');
	});

	it('takes every reading key without failing', async () => {
		reader = await renderReader(transcript, {width: 80, height: 24});
		for (const key of [
			'j',
			'k',
			' ',
			'b',
			'G',
			'g',
			']',
			'[',
			'}',
			'{',
			'n',
			'N',
			'\r',
			'c',
			'm',
			"'",
			'\u001B',
			's',
			'\u001B',
			'p',
		]) {
			await reader.write(key);
		}
		await reader.write(':10:00\r');
		await reader.write('/x');
		await reader.waitFor((frame) => frame.includes('/x'));
		await reader.write('\u001B');
		expect(reader.frame()).toContain('No messages on this day');
		expect(reader.lines()).toHaveLength(24);
	});
});
