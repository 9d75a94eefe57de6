import {afterEach, describe, expect, it} from 'vitest';
import {keymap} from '../../source/input/keymap-table.js';
import {displayWidth} from '../../source/layout/wrap-text.js';
import {renderReader} from '../helpers/render-reader.js';
import {sample} from '../helpers/sample.js';

type Reader = Awaited<ReturnType<typeof renderReader>>;
let reader: Reader | undefined;
afterEach(() => reader?.unmount());

function expectExactSize(frame: string, width: number, height: number) {
	const lines = frame.split('\n');
	expect(lines).toHaveLength(height);
	for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(width);
}

describe.each([
	[80, 24],
	[120, 40],
])('the reader at %ix%i', (width, height) => {
	it('fits the terminal exactly and shows the header and status bar', async () => {
		reader = await renderReader(sample(), {width, height});
		const frame = reader.frame();
		expectExactSize(frame, width, height);
		expect(reader.lines()[0]).toContain('2018-08-27-WeChat');
		expect(reader.lines()[0]).toContain('441 messages · 151 speakers');
		expect(reader.lines().at(-1)).toContain('message 1/441');
	});

	it(':19:30 puts 19:30:08 near the top, below a few lines of what came before', async () => {
		reader = await renderReader(sample(), {width, height});
		await reader.write(':19:30');
		expect(reader.frame()).toContain(':19:30');
		await reader.write('\r');
		// The pane starts on row 2; a quarter of it is context.
		const row = reader.lines().findIndex((line) => line.startsWith('19:30:08 Eric-Silot-SG'));
		expect(row).toBeGreaterThanOrEqual(2 + 2);
		expect(row).toBeLessThanOrEqual(2 + Math.floor((height - 3) / 4));
		expectExactSize(reader.frame(), width, height);
	});

	it('/spring cloud then Enter lands on Spring Cloud, and n visits all three', async () => {
		reader = await renderReader(sample(), {width, height});
		await reader.write('/spring cloud');
		await reader.waitFor((frame) => frame.includes('3 hits'));
		await reader.write('\r');
		const visited = new Set<string>();
		for (let i = 0; i < 3; i++) {
			await reader.press('next-hit');
			const status = reader.lines().at(-1) ?? '';
			const match = /message (\d+)\/441/.exec(status);
			const message = sample().messages.get(Number(match?.[1]) - 1);
			expect(message?.text).toMatch(/spring cloud/i);
			visited.add(message?.time ?? '');
		}
		expect([...visited].sort()).toEqual(['19:31:18', '19:33:08', '19:33:50']);
	});

	it('shows the evening sign-in flood as one folded line', async () => {
		reader = await renderReader(sample(), {width, height});
		await reader.write(':18:33\r');
		const flood = reader.lines().find((line) => line.includes('▸ 签到 ×80'));
		expect(flood).toBeDefined();
		expect(flood).toMatch(/^18:33:32 ▸ 签到 ×80/);
	});
});

describe('the speaker sidebar', () => {
	it('lists Eric-Silot-SG with 77 and filters the pane to one speaker', async () => {
		reader = await renderReader(sample(), {width: 80, height: 24});
		await reader.press('toggle-sidebar');
		expect(reader.frame()).toMatch(/77 Eric-Silot-SG/);
		await reader.press('speaker-filter', 'speakers');
		await reader.press('focus-pane', 'speakers');
		const paneLines = reader
			.lines()
			.slice(2, -1)
			.filter((line) => /^\d\d:\d\d:\d\d /.test(line));
		expect(paneLines.length).toBeGreaterThan(0);
		for (const line of paneLines) expect(line).toContain('Eric-Silot');
		expect(reader.lines()[0]).toContain('only: Eric-Silot-SG');
		expectExactSize(reader.frame(), 80, 24);
	});
});

describe('help', () => {
	it('lists every command of the keymap', async () => {
		reader = await renderReader(sample(), {width: 120, height: 40});
		await reader.press('help');
		const seen = new Set<string>();
		for (let page = 0; page < 10; page++) {
			for (const line of reader.lines()) seen.add(line.trim());
			await reader.write(' ');
		}
		const text = [...seen].join('\n');
		for (const binding of keymap) expect(text).toContain(binding.description);
	});
});

describe('small terminals', () => {
	it('works at 40x12', async () => {
		reader = await renderReader(sample(), {width: 40, height: 12});
		expectExactSize(reader.frame(), 40, 12);
		await reader.write('jjjj');
		expect(reader.lines().at(-1)).toMatch(/message \d+\/441/);
	});

	it('says the terminal is too small below 40x12', async () => {
		reader = await renderReader(sample(), {width: 30, height: 10});
		expect(reader.frame()).toContain('terminal too small');
	});
});

describe('a huge message', () => {
	it('shows its first screen and how much more there is, without laying out the rest', async () => {
		const {buildTranscript} = await import('../../source/core/transcript/build.js');
		const body = '很长的消息'.repeat(400_000);
		const text = `> 10:00:00  a  \n\nhello\n\n> 10:00:01  b  \n\n${body}\n\n> 10:00:02  c  \n\nbye\n`;
		const transcript = buildTranscript(text, {encoding: 'utf-8', badSequences: 0});
		reader = await renderReader(transcript, {width: 80, height: 24});
		await reader.write('j');
		const frame = reader.frame();
		expectExactSize(frame, 80, 24);
		expect(frame).toMatch(/\[\+[\d,]+ more characters\]/);
		await reader.write('j');
		expect(reader.frame()).toContain('bye');
	});
});
