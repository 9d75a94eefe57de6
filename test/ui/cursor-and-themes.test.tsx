import {afterEach, describe, expect, it} from 'vitest';

// Colour support is decided when chalk loads, so force it before anything imports Ink.
process.env.FORCE_COLOR = '3';
const {renderReader, themes} = await import('../helpers/render-reader.js');
const {sample} = await import('../helpers/sample.js');
const {stripAnsi} = await import('../helpers/strip-ansi.js');
const {validateTheme} = await import('../../source/theme/validate.js');

type Reader = Awaited<ReturnType<typeof renderReader>>;
/** A background SGR at any colour level (chalk's level depends on what loaded it first). */
const background = /\u001B\[(?:4[0-7]|10[0-7]|48;[25];[0-9;]+)m/;
let reader: Reader | undefined;
afterEach(() => reader?.unmount());

/** The sample's longest message: several rows at any width. */
const longest = sample()
	.messages.toArray()
	.reduce((a, b) => (b.text.length > a.text.length ? b : a));

async function atLongMessage(themeName: string, width: number, height: number) {
	reader = await renderReader(sample(), {width, height, themeName});
	await reader.write(`:${longest.time}\r`);
	return reader;
}

/** The raw rows of the message under the cursor: its first row and its continuation rows. */
function cursorRows(raw: string): string[] {
	const lines = raw.split('\n');
	const start = lines.findIndex((line) => stripAnsi(line).startsWith(`${longest.time} `));
	const rows = [lines[start] ?? ''];
	for (let i = start + 1; i < lines.length && /^ +▌/.test(stripAnsi(lines[i] ?? '')); i++) {
		rows.push(lines[i] ?? '');
	}
	return rows;
}

describe.each([
	[80, 24],
	[120, 35],
])('the cursor at %ix%i', (width, height) => {
	it('marks every row of the message with a bar, and only that message', async () => {
		const {frame, rawFrame} = await atLongMessage('dark', width, height);
		const rows = cursorRows(rawFrame());
		expect(rows.length).toBeGreaterThan(1);
		for (const row of rows) expect(stripAnsi(row)).toMatch(/^[^▌]{9,} ▌ /);
		const bars = frame()
			.split('\n')
			.filter((line) => line.includes('▌'));
		expect(bars).toHaveLength(rows.length);
	});

	it('paints the rows with the theme cursor background', async () => {
		const {rawFrame} = await atLongMessage('dark', width, height);
		// dark's cursor background on every row, to the edge of the pane.
		for (const row of cursorRows(rawFrame())) expect(row).toMatch(background);
		const other = rawFrame()
			.split('\n')
			.filter((line) => /^\d\d:\d\d:\d\d /.test(stripAnsi(line)))
			.filter((line) => !stripAnsi(line).startsWith(longest.time));
		if (width > 100) expect(other.length).toBeGreaterThan(0);
		for (const row of other) expect(row).not.toMatch(background);
	});

	it('in mono: bold rows and the bar, never the reverse video of a search match', async () => {
		const {rawFrame, write, waitFor} = await atLongMessage('mono', width, height);
		for (const row of cursorRows(rawFrame())) {
			expect(row).toContain('\u001B[1m');
			expect(row).not.toContain('\u001B[7m');
			expect(stripAnsi(row)).toContain('▌');
		}
		await write('/Spring');
		await waitFor((frame) => /\d+ hits?/.test(frame));
		expect(rawFrame()).toMatch(/\u001B\[7m[^\u001B]*Spring/i);
	});
});

describe('themes', () => {
	it('never draw the text in the colour of their own background', () => {
		for (const [name, theme] of themes) {
			const {text, background, cursor} = theme.colors;
			if (background !== '') expect(text, name).not.toBe(background);
			if (cursor.bg !== '') expect(cursor.bg, name).not.toBe(text);
		}
	});

	it('light and solarized-dark paint their own background', () => {
		expect(themes.get('light')?.colors.background).toBe('#ffffff');
		expect(themes.get('solarized-dark')?.colors.background).toBe('#002b36');
	});

	it('a frame in light carries its background on the whole screen', async () => {
		reader = await renderReader(sample(), {width: 80, height: 24, themeName: 'light'});
		const raw = reader.rawFrame();
		// Every row, not only the ones with text.
		const painted = raw.split('\n').filter((line) => background.test(line));
		expect(painted.length).toBe(24);
		reader.unmount();
		reader = await renderReader(sample(), {width: 80, height: 24, themeName: 'dark'});
		const plain = reader.rawFrame().split('\n');
		expect(plain.filter((line) => background.test(line)).length).toBeLessThan(24);
	});

	it('a user theme written before the cursor and background roles still loads', () => {
		const dark = themes.get('dark');
		if (!dark) throw new Error('no dark theme');
		const {cursor: _c, background: _b, ...colors} = dark.colors;
		const {theme, problem} = validateTheme({name: 'old', colors}, 'old.json');
		expect(problem).toBeUndefined();
		expect(theme?.colors.cursor).toEqual({fg: colors.accent, bg: ''});
		expect(theme?.colors.background).toBe('');
	});
});
