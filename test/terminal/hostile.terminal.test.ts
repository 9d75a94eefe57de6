// A transcript full of terminal attacks, opened in a real terminal and printed with --print:
// every escape sequence and control character must arrive as visible, inert text.
import {execFileSync} from 'node:child_process';
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, afterEach, beforeAll, describe, expect, it} from 'vitest';
import {cliPath, runCli, type TerminalSession} from './harness.js';
import {wait} from './reader-screen.js';

const sessions: TerminalSession[] = [];
let dir = '';
let utf16File = '';
let utf8File = '';

const messages = [
	['10:00:00', 'mallory\x1b]0;pwned\x07', 'title attack \x1b]0;pwned\x07 done'],
	['10:00:05', 'eve\x1b[2J', 'clip \x1b]52;c;aGVsbG8=\x07 board'],
	[
		'10:00:10',
		'trudy\x1b[?1000h',
		'alt \x1b[?1049l mouse \x1b[?1000h c1 \u009b31m red dcs \x1bP1$r\x1b\\ end',
	],
	['10:00:15', '\u202eevil', 'nul \x00 bs \x08 cr \r over bidi \u202e txet'],
	['10:00:20', 'linker', '[click me](http://example.com/\x1b]8;;http://evil.example\x07x)'],
] as const;

function transcript(filler = ''): string {
	const front = [
		'---',
		'layout: source',
		'title: "hostile\x1b]0;front\x07"',
		'date: 2018-08-27 12:00:00',
		'author: None',
		'---',
	];
	// A long first message moves every hostile byte past the 8 KB binary probe.
	const pad = filler ? ['> 09:00:00  filler', '', filler, ''] : [];
	const body = messages.flatMap(([time, speaker, text]) => [`> ${time}  ${speaker}`, '', text, '']);
	return [...front, ...pad, ...body, ''].join('\n');
}

function open(file: string, env: Record<string, string> = {}): TerminalSession {
	// Without the reader's own mouse tracking, any tracking seen would be the transcript's doing.
	const term = runCli([file, '--no-mouse'], {cols: 100, rows: 30, env});
	sessions.push(term);
	return term;
}

function printed(file: string): Buffer {
	return execFileSync(process.execPath, [cliPath(), '--print', file], {
		env: {...process.env, CHATREEL_CONFIG_DIR: dir},
	});
}

beforeAll(() => {
	dir = mkdtempSync(join(tmpdir(), 'chatreel-hostile-'));
	// A NUL in the first 8 KB of a UTF-8 file means "binary"; UTF-16 (with a BOM) carries NULs.
	utf16File = join(dir, 'hostile-utf16.md');
	writeFileSync(
		utf16File,
		Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(transcript(), 'utf16le')]),
	);
	utf8File = join(dir, 'hostile-utf8.md');
	writeFileSync(utf8File, transcript('填充'.repeat(1600)));
});

afterAll(() => {
	rmSync(dir, {recursive: true, force: true});
});

afterEach(() => {
	for (const term of sessions.splice(0)) term.dispose();
});

describe.sequential('hostile transcript in a terminal', {timeout: 40_000}, () => {
	it('shows every control as a visible placeholder and lets none through', async () => {
		const term = open(utf16File);
		const screen = await term.waitFor('message 1/5', wait);
		for (const shown of [
			'hostile^[]0;front^G',
			'mallory^[]0;pw',
			'title attack ^[]0;pwned^G done',
			'eve^[[2J',
			'clip ^[]52;c;aGVsbG8=^G board',
			'alt ^[[?1049l mouse ^[[?1000h c1 <U+009B>31m red',
			'dcs ^[P1$r^[\\ end',
			'<U+202E>evil',
			// A lone CR is shown, not obeyed: nothing after it overwrites the start of the row.
			'nul ^@ bs ^H cr ^M over bidi <U+202E> txet',
			'http://example.com/^[]8;;http://evil.example^Gx',
		]) {
			expect(screen).toContain(shown);
		}

		expect(term.title()).toBeUndefined();
		expect(term.modes()).toMatchObject({
			alternateScreen: true,
			titleSet: false,
			clipboardWritten: false,
			mouseTrackingMode: 'none',
		});
		const raw = term.output();
		for (const attack of ['\x1b]0;', '\x1b]52;', '\x1b[?1000h', '\x1bP', '\u009b', '\u202e']) {
			expect(raw).not.toContain(attack);
		}
		expect(raw).not.toMatch(/[\x00\x08]/);
		expect(raw).not.toContain('\x1b[?1049l');

		term.press('q');
		expect(await term.exited).toEqual({exitCode: 0});
		expect(term.modes()).toMatchObject({
			alternateScreen: false,
			cursorHidden: false,
			mouseTrackingMode: 'none',
		});
		expect(term.output().match(/\x1b\[\?1049l/g)).toHaveLength(1);
		expect(term.output()).toMatch(/\x1b\[\?1049l(?:\x1b\[\?25h)*$/);
	});

	it('writes terminal hyperlinks whose address is plain printable text', async () => {
		const term = open(utf16File, {FORCE_HYPERLINK: '1'});
		await term.waitFor('message 1/5', wait);
		const links = [
			...term.output().matchAll(/\x1b\]8;[^;\x07\x1b]*;([^\x07\x1b]*)(?:\x07|\x1b\\)/g),
		];
		const targets = links.map((link) => link[1]).filter((url) => url !== '');
		expect(targets.length).toBeGreaterThan(0);
		for (const url of targets) expect(url).toMatch(/^[\x21-\x7e]+$/);
		expect(term.title()).toBeUndefined();
		term.press('q');
		expect(await term.exited).toEqual({exitCode: 0});
	});

	it('prints no escape byte and no control character with --print', () => {
		for (const file of [utf16File, utf8File]) {
			const out = printed(file);
			expect(out.includes(0x1b)).toBe(false);
			const text = out.toString('utf8');
			expect(text).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/);
			expect(text).toContain('title attack ^[]0;pwned^G done');
			expect(text).toContain('nul ^@ bs ^H cr ^M over bidi <U+202E> txet');
			expect(text).toContain('<U+009B>31m');
		}
	});
});
