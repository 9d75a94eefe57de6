// `chatreel day.md --json` to a terminal: the document carries C1 controls, bidi overrides
// and separators from the transcript's raw bodies and names. Fed to a headless xterm, it
// must change no title, clipboard or mode and make the terminal answer nothing.
import {execFileSync} from 'node:child_process';
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import xterm from '@xterm/headless';
import {afterAll, describe, expect, it} from 'vitest';
import {cliPath} from './harness.js';

const dir = mkdtempSync(join(tmpdir(), 'chatreel-json-inert-'));
afterAll(() => rmSync(dir, {recursive: true, force: true}));

// 8-bit C1 forms: OSC (U+009D) … ST (U+009C), CSI (U+009B), DCS (U+0090).
const attacks = [
	'\u009d0;pwned\u009c',
	'\u009d2;pwned\u009c',
	'\u009d52;c;aGVsbG8=\u009c',
	'\u009b?1000h\u009b?1003h\u009b?2004h\u009b?1h\u009b4h',
	'\u009b6n\u009bc\u009b>c\u009b5n',
	'\u0090$q"p\u009c',
	'\u202e\u2066 bidi \u2069 \u2028 \u2029 \u007f',
];

function transcript(): string {
	const lines = ['---', 'title: "t\u009d0;front\u009c"', 'date: 2018-08-27 12:00:00', '---'];
	attacks.forEach((attack, i) => {
		lines.push(`> 10:00:0${i}  name${attack}`, '', `body ${attack} end`, '');
	});
	return lines.join('\n');
}

function feed(text: string) {
	const terminal = new xterm.Terminal({cols: 120, rows: 40, allowProposedApi: true});
	const titles: string[] = [];
	const answers: string[] = [];
	let clipboard = false;
	terminal.onTitleChange((title) => titles.push(title));
	terminal.onData((data) => answers.push(data));
	terminal.onBinary((data) => answers.push(data));
	terminal.parser.registerOscHandler(52, () => {
		clipboard = true;
		return true;
	});
	const before = {...terminal.modes};
	return new Promise<{titles: string[]; answers: string[]; clipboard: boolean; changed: object}>(
		(resolve) => {
			terminal.write(text.replaceAll('\n', '\r\n'), () => {
				const after = {...terminal.modes};
				const changed = Object.fromEntries(
					Object.entries(after).filter(([k, v]) => before[k as keyof typeof before] !== v),
				);
				terminal.dispose();
				resolve({titles, answers, clipboard, changed});
			});
		},
	);
}

describe('--json in a terminal', () => {
	it('the attacks work when written raw (so the check below means something)', async () => {
		const seen = await feed(attacks.join(''));
		expect(seen.titles).toContain('pwned');
		expect(seen.clipboard).toBe(true);
		expect(seen.answers.length).toBeGreaterThan(0);
		expect(seen.changed).not.toEqual({});
	});

	it('changes no title, clipboard or mode and sends no answer', async () => {
		const file = join(dir, 'c1.md');
		writeFileSync(file, transcript());
		const out = execFileSync(process.execPath, [cliPath(), '--json', file], {
			env: {...process.env, CHATREEL_CONFIG_DIR: dir},
		}).toString('utf8');
		const doc = JSON.parse(out) as {messages: {raw: string; speaker: string}[]};
		expect(doc.messages.map((m) => m.raw)).toEqual(attacks.map((a) => `body ${a} end`));
		const seen = await feed(out);
		expect(seen).toEqual({titles: [], answers: [], clipboard: false, changed: {}});
	});
});
