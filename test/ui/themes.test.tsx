import {afterEach, beforeAll, describe, expect, it} from 'vitest';

// Colour support is decided when chalk loads, so force it before anything imports Ink.
process.env.FORCE_COLOR = '3';
const {renderReader, themes} = await import('../helpers/render-reader.js');
const {sample} = await import('../helpers/sample.js');
const {stripAnsi} = await import('../helpers/strip-ansi.js');

type Reader = Awaited<ReturnType<typeof renderReader>>;
let reader: Reader | undefined;
afterEach(() => reader?.unmount());

const colourCode = /\u001B\[(?:3[0-9]|4[0-9]|9[0-7]|10[0-7])(?:;[0-9;]*)?m/;

beforeAll(() => {
	expect([...themes.keys()]).toEqual(
		expect.arrayContaining(['dark', 'light', 'high-contrast', 'solarized-dark', 'mono']),
	);
});

describe.each(['dark', 'light', 'high-contrast', 'solarized-dark'])('the %s theme', (name) => {
	it('renders the sample in colour, the same text as mono', async () => {
		reader = await renderReader(sample(), {width: 80, height: 24, themeName: name});
		await reader.write(':19:30\r');
		const raw = reader.rawFrame();
		expect(raw).toMatch(colourCode);
		const text = stripAnsi(raw);
		expect(text).toContain('19:30:08 Eric-Silot-SG');
		reader.unmount();
		reader = await renderReader(sample(), {width: 80, height: 24, themeName: 'mono'});
		await reader.write(':19:30\r');
		// Ink trims unstyled trailing spaces, so compare lines without them.
		const lines = (frame: string) => frame.split('\n').map((line) => line.trimEnd());
		expect(lines(stripAnsi(reader.rawFrame()))).toEqual(lines(text));
	});
});

describe('the mono theme', () => {
	it('has no colour codes at all, even with colour forced', async () => {
		reader = await renderReader(sample(), {width: 80, height: 24, themeName: 'mono'});
		await reader.write('s');
		await reader.write('\t');
		await reader.write('/spring cloud');
		await reader.waitFor((frame) => frame.includes('3 hits'));
		expect(reader.rawFrame()).not.toMatch(colourCode);
	});

	it('keeps the cursor visible with reverse video', async () => {
		reader = await renderReader(sample(), {width: 80, height: 24, themeName: 'mono'});
		expect(reader.rawFrame()).toContain('\u001B[7m');
	});
});

describe('T', () => {
	it('cycles the theme live', async () => {
		reader = await renderReader(sample(), {width: 80, height: 24, themeName: 'dark'});
		await reader.write('T');
		expect(reader.lines().at(-1)).toContain('theme: light');
	});
});

describe('the sidebar spotlight', () => {
	it("marks the chosen speaker's messages in the pane", async () => {
		reader = await renderReader(sample(), {width: 100, height: 24, themeName: 'mono'});
		await reader.write(':19:30\r');
		const paneRow = () =>
			reader
				?.rawFrame()
				.split('\n')
				.find((line) => stripAnsi(line).startsWith('19:30:08')) ?? '';
		expect(paneRow()).not.toMatch(/\u001B\[7mEric-Silot-SG/);
		await reader.write('s');
		expect(paneRow()).toMatch(/\u001B\[7m(\u001B\[1m)?Eric-Silot-SG/);
	});
});
