// Issue #12 at 80x24 and 120x35: the search box, the status bar, the results list, the
// sidebar's choices and finder, and the notices of open and copy.
import {describe, expect, it} from 'vitest';
import type {Request} from '../../source/state/view-state.js';
import {renderReader} from '../helpers/render-reader.js';
import {sample} from '../helpers/sample.js';

const statusLine = (lines: string[]) => lines.at(-1) ?? '';
const inputLine = (lines: string[]) => lines.at(-2) ?? '';

function checkSize(lines: string[], width: number, height: number) {
	expect(lines).toHaveLength(height);
	for (const line of lines) expect([...line].length).toBeLessThanOrEqual(width);
}

describe.each([
	[80, 24],
	[120, 35],
])('at %dx%d', (width, height) => {
	it('Enter lands on the first hit a few lines down; the status bar states the position once', async () => {
		const reader = await renderReader(sample(), {width, height});
		await reader.write('/spring cloud');
		await reader.waitFor((frame) => /3 hits *$/m.test(frame));
		await reader.write('\r');
		const lines = await reader.waitFor((frame) => frame.includes('/spring cloud 1/3'));
		const rows = lines.split('\n');
		checkSize(rows, width, height);
		// The hit is a quarter of the way down the pane (it starts on row 2), with what came
		// before it above, not on the first row nor at the bottom.
		const hitRow = rows.findIndex((line) => line.startsWith('19:31:18'));
		expect(hitRow).toBeGreaterThanOrEqual(2 + 2);
		expect(hitRow).toBeLessThanOrEqual(2 + Math.floor((height - 3) / 4));
		expect(statusLine(rows).match(/1\/3/g)).toHaveLength(1);
		await reader.write('n');
		const next = reader.lines();
		expect(statusLine(next)).toContain('/spring cloud 2/3');
		expect(statusLine(next)).not.toMatch(/hit 2\/3/);
		reader.unmount();
	});

	it("says '1 hit' and shows a bad regex as it is typed", async () => {
		const reader = await renderReader(sample(), {width, height});
		await reader.write('/这叫退钱');
		await reader.waitFor((frame) => / 1 hit *$/m.test(frame));
		await reader.write('\u0015/spring (/');
		const frame = await reader.waitFor((f) => f.includes('bad regex'));
		expect(inputLine(frame.split('\n'))).toMatch(/^\/\/spring \(\/ +bad regex/);
		reader.unmount();
	});

	it('Tab lists the hits best first, with time, speaker and the words in context', async () => {
		const reader = await renderReader(sample(), {width, height});
		await reader.write('/spring');
		await reader.waitFor((frame) => /\d+ hits *$/m.test(frame));
		await reader.write('\t');
		let lines = reader.lines();
		checkSize(lines, width, height);
		expect(lines[2]).toContain('Hits for /spring, best first');
		expect(lines[3]).toMatch(/^▶\d\d:\d\d:\d\d .*[Ss]pring/);
		expect(statusLine(lines)).toContain('SEARCH RESULTS LIST');
		await reader.write('cloud');
		lines = reader.lines();
		expect(inputLine(lines)).toMatch(/^> cloud +3\/\d+/);
		expect(lines.filter((line) => /^[▶ ]19:3\d:\d\d Eric-Silot-SG/.test(line))).toHaveLength(3);
		await reader.write('\r');
		lines = reader.lines();
		expect(statusLine(lines)).toContain(' READING ');
		// The chosen hit (the cursor's bar) is a few lines down the pane, which starts on row 2.
		const row = lines.findIndex((line) => line.includes('▌'));
		expect(lines[row]).toMatch(/^19:3\d:\d\d/);
		expect(row).toBeGreaterThanOrEqual(2 + 2);
		expect(row).toBeLessThanOrEqual(2 + Math.floor((height - 3) / 4));
		reader.unmount();
	});

	it('the sidebar marks the chosen speakers and finds a name as you type', async () => {
		const reader = await renderReader(sample(), {width, height, init: {sidebar: true}});
		await reader.write('s  ');
		let lines = reader.lines();
		expect(lines.some((line) => /│ \+77 Eric-Silot-SG/.test(line))).toBe(true);
		expect(lines.some((line) => /│ \+67 wood-/.test(line))).toBe(true);
		await reader.write('\r');
		lines = reader.lines();
		expect(lines[0]).toContain('only: 2 speakers');
		await reader.write('/fhp');
		lines = reader.lines();
		expect(inputLine(lines)).toMatch(/^find: fhp/);
		expect(lines.some((line) => line.includes('凤凰牌老熊'))).toBe(true);
		checkSize(lines, width, height);
		reader.unmount();
	});

	it('y and o confirm in the status bar', async () => {
		const asked: Request[] = [];
		const perform = async (request: Request) => {
			asked.push(request);
			return request.kind === 'copy' ? `copied the ${request.what}` : `opened ${request.url}`;
		};
		const link = sample()
			.messages.toArray()
			.find((message) => message.kind === 'link')!;
		const reader = await renderReader(sample(), {
			width,
			height,
			perform,
			startActions: [{type: 'jump', id: link.id}],
		});
		await reader.write('y');
		await reader.waitFor((frame) => statusLine(frame.split('\n')).includes('copied the message'));
		await reader.write('o');
		await reader.waitFor((frame) =>
			statusLine(frame.split('\n')).includes('opened http://mp.weixin'),
		);
		expect(asked.map((request) => request.kind)).toEqual(['copy', 'open']);
		reader.unmount();
	});
});
