// `--print` of a folder, day by day (source/cli/print-history.ts): the same text as printing
// the whole merged history, written as each day is read.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {afterAll, describe, expect, it} from 'vitest';
import {printHistory} from '../../source/cli/print-history.js';
import {listTranscriptFiles, openHistory, readDayFile} from '../../source/io/open-history.js';
import {plainText} from '../../source/output/plain-text.js';

const samples = fileURLToPath(new URL('../../samples/', import.meta.url));
const realDays = fileURLToPath(new URL('../fixtures/real-days/', import.meta.url));
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'chatreel-print-history-'));
afterAll(() => fs.rmSync(root, {recursive: true, force: true}));

let folders = 0;
function folder(files: Record<string, string>, copies: string[] = []): string {
	const dir = path.join(root, `f${folders++}`);
	fs.mkdirSync(dir);
	for (const file of copies) fs.copyFileSync(file, path.join(dir, path.basename(file)));
	for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
	return dir;
}

const sampleFiles = fs
	.readdirSync(samples)
	.filter((name) => /\d{4}-\d\d-\d\d/.test(name))
	.map((name) => path.join(samples, name));

function day(date: string | undefined, lines: Array<[string, string, string]>): string {
	const front = date ? `---\ntitle: "${date}"\ndate: ${date} 12:00:00\nauthor: None\n---\n` : '';
	return (
		front + lines.map(([time, who, text]) => `> ${time}  ${who}  \n   \n${text}  \n   \n`).join('')
	);
}

async function printed(dir: string, collapse: boolean) {
	const chunks: string[] = [];
	const skipped: string[][] = [];
	const diagnostics = await printHistory(dir, {
		collapse,
		write: (text) => {
			chunks.push(text);
		},
		onSkipped: (names) => skipped.push(names),
	});
	return {text: chunks.join(''), chunks, diagnostics, skipped};
}

function whole(dir: string, collapse: boolean) {
	const skipped: string[][] = [];
	const history = openHistory(dir, (names) => skipped.push(names));
	return {text: plainText(history, {collapse}), diagnostics: history.diagnostics, skipped};
}

const signIns = (count: number, from: number): Array<[string, string, string]> =>
	Array.from({length: count}, (_, i) => [
		`10:00:${String(from + i).padStart(2, '0')}`,
		`p${i}`,
		'签到',
	]);

const folders_ = {
	'the three sample days (one doubled)': () => folder({}, sampleFiles),
	'the real days, README.md skipped': () =>
		folder(
			{},
			fs.readdirSync(realDays).map((name) => path.join(realDays, name)),
		),
	'one day: no date lines': () => folder({}, [sampleFiles[0]!]),
	'a quiet first day, then one with messages': () =>
		folder({
			'2018-01-01.md': day('2018-01-01', []),
			'2018-01-02.md': day('2018-01-02', [['09:00:00', 'a', 'hello']]),
		}),
	'a flood, an unreadable file, a doubled date and undated days': () =>
		folder({
			'2018-01-01.md': day('2018-01-01', [['09:00:00', 'a', 'first'], ...signIns(12, 10)]),
			'2018-01-02.bin.md': '\u0000\u0001\u0002binary',
			'2018-01-02.md': day('2018-01-02', [
				['23:59:00', 'b', 'late'],
				['00:01:00', 'b', 'next day'],
			]),
			'2018-01-02-again.md': day('2018-01-02', [['12:00:00', 'c', 'same date']]),
			'notes.md': day(undefined, [['08:00:00', 'd', 'undated, after the rest']]),
			'README.md': 'not a transcript',
		}),
	'a last day dated back to the first (out of order)': () =>
		folder({
			'2018-01-01.md': day('2018-01-01', [['09:00:00', 'a', 'one']]),
			'2018-01-05.md': day('2018-01-05', [['09:00:00', 'b', 'five']]),
			'notes.md': day('2018-01-01', [['10:00:00', 'c', 'dated back']]),
		}),
};

describe('printHistory', () => {
	for (const [what, make] of Object.entries(folders_)) {
		it(`prints what plainText prints for the whole history: ${what}`, async () => {
			const dir = make();
			for (const collapse of [true, false]) {
				const streamed = await printed(dir, collapse);
				const expected = whole(dir, collapse);
				expect(streamed.text).toBe(expected.text);
				expect(streamed.diagnostics).toEqual(expected.diagnostics);
				expect(streamed.skipped).toEqual(expected.skipped);
				if (what.startsWith('a flood') && collapse) expect(streamed.text).toContain('[flood]');
				if (what.includes('out of order')) expect(streamed.text).toContain('--- 2018-01-01 ---');
			}
		});
	}

	it('writes the first days before it reads the last', async () => {
		const dir = folder({}, sampleFiles);
		const chunks: string[] = [];
		const last = listTranscriptFiles(dir).at(-1)!;
		let before = '';
		await printHistory(dir, {
			collapse: true,
			write: (text) => {
				chunks.push(text);
			},
			readDay: (full) => {
				if (path.basename(full) === last) before = chunks.join('');
				return readDayFile(full);
			},
		});
		const all = chunks.join('');
		const lastDate = /\d{4}-\d\d-\d\d/.exec(last)![0];
		const lastDay = all.indexOf(`--- ${lastDate} ---`);
		expect(lastDay).toBeGreaterThan(0);
		// Everything before the last file's day was out before that file was opened.
		expect(before).toBe(all.slice(0, lastDay));
		expect(chunks.length).toBeGreaterThanOrEqual(sampleFiles.length - 1);
	});
});
