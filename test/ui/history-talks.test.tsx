// Issue #10: the talk list of a history shows each talk's date, time and one size.
import {copyFileSync, mkdtempSync, readdirSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {afterEach, describe, expect, it} from 'vitest';
import {openHistory} from '../../source/io/open-history.js';
import {renderReader} from '../helpers/render-reader.js';
import {sample} from '../helpers/sample.js';

const samples = fileURLToPath(new URL('../../samples', import.meta.url));
let reader: Awaited<ReturnType<typeof renderReader>> | undefined;
afterEach(() => reader?.unmount());

function history() {
	const dir = mkdtempSync(join(tmpdir(), 'chatreel-days-'));
	for (const name of readdirSync(samples).filter((n) => /\.(md|markdown)$/.test(n))) {
		copyFileSync(join(samples, name), join(dir, name));
	}
	return openHistory(dir);
}

describe('the talk list', () => {
	it('in a history: date, time, all messages and the presenter’s', async () => {
		const transcript = history();
		reader = await renderReader(transcript, {width: 100, height: 30});
		await reader.press('present');
		const frame = reader.frame();
		expect(frame).toContain(`Talks (${transcript.talks.length})`);
		expect(frame).toContain('2018-05-03 19:16:36–19:41:14  32 messages, 31 by 横烟秋');
		expect(frame).toContain('2018-08-27 19:27:56–19:35:22  47 messages, 47 by Eric-Silot-SG');
	});

	it('on one day: times only, and present opens the one talk at once', async () => {
		reader = await renderReader(sample(), {width: 100, height: 30});
		await reader.press('present');
		expect(reader.lines()[0]).toContain('talk 1/1 · 2018-08-27');
		expect(reader.frame()).toContain('1/47');
	});
});
