import {execFileSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {afterAll, describe, expect, it} from 'vitest';
import {InputError} from '../../source/core/errors.js';
import {createHistoryMerger, daysBetween} from '../../source/core/history/history-merge.js';
import {buildTranscript} from '../../source/core/transcript/build.js';
import type {Transcript} from '../../source/core/transcript/types.js';
import {isDirectory, listTranscriptFiles, openHistory} from '../../source/io/open-history.js';
import {openTranscript} from '../../source/io/open-transcript.js';

const samples = {
	reference: '2018-08-27-WeChat.md',
	devarch: 'devarch-2018-05-03-chat.markdown',
	proddev: 'proddev-2017-12-22-chat.markdown',
} as const;
const samplePath = (name: string): string =>
	fileURLToPath(new URL(`../../samples/${name}`, import.meta.url));

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'chatreel-history-'));
afterAll(() => fs.rmSync(root, {recursive: true, force: true}));
let folders = 0;
function folder(files: Record<string, string | Uint8Array> = {}): string {
	const dir = path.join(root, `f${folders++}`);
	fs.mkdirSync(dir);
	for (const [name, content] of Object.entries(files))
		fs.writeFileSync(path.join(dir, name), content);
	return dir;
}

type Line = [time: string, speaker: string, text: string];
function day(date: string | undefined, lines: Line[]): string {
	const front = date
		? `---\ntitle: "${date}-WeChat"\ndate: ${date} 12:00:00\nauthor: None\n---\n`
		: '';
	return (
		front + lines.map(([time, who, text]) => `> ${time}  ${who}  \n   \n${text}  \n   \n`).join('')
	);
}

function refusal(run: () => unknown): InputError {
	try {
		run();
	} catch (error) {
		expect(error).toBeInstanceOf(InputError);
		return error as InputError;
	}
	throw new Error('expected an InputError');
}

const utf8 = {encoding: 'utf-8', badSequences: 0};
const mkfifo = (file: string): boolean => {
	try {
		execFileSync('mkfifo', [file]);
		return true;
	} catch {
		return false;
	}
};

describe('listTranscriptFiles', () => {
	it('sorts by the date in the name, undated names last, then by name', () => {
		const dir = folder({
			'notes.md': 'x',
			'proddev-2017-12-22-chat.markdown': 'x',
			'2018-08-27-WeChat.md': 'x',
			'devarch-2018-05-03-chat.markdown': 'x',
			'a-2018-05-03.txt': 'x',
			'2018-02-30-not-a-day.md': 'x',
			'Upper.MD': 'x',
		});
		expect(listTranscriptFiles(dir)).toEqual([
			'proddev-2017-12-22-chat.markdown',
			'a-2018-05-03.txt',
			'devarch-2018-05-03-chat.markdown',
			'2018-08-27-WeChat.md',
			'2018-02-30-not-a-day.md',
			'Upper.MD',
			'notes.md',
		]);
	});

	it('keeps regular files and links to them only, never opening anything', () => {
		const dir = folder({'2018-01-01.md': 'x', '.2018-01-02.md': 'x', 'pic.png': 'x', '.md': 'x'});
		fs.mkdirSync(path.join(dir, '2018-01-03.md'));
		fs.symlinkSync(path.join(dir, '2018-01-01.md'), path.join(dir, '2018-01-04.md'));
		fs.symlinkSync(path.join(dir, '2018-01-03.md'), path.join(dir, '2018-01-05.md'));
		fs.symlinkSync(path.join(dir, 'missing.md'), path.join(dir, '2018-01-06.md'));
		const fifo = mkfifo(path.join(dir, '2018-01-07.md'));
		expect(listTranscriptFiles(dir)).toEqual(['2018-01-01.md', '2018-01-04.md']);
		expect(fifo, 'mkfifo made the FIFO this test is about').toBe(true);
		expect(fs.lstatSync(path.join(dir, '2018-01-07.md')).isFIFO()).toBe(true);
	});

	it('refuses an empty folder, a folder without transcripts and a missing one', () => {
		expect(refusal(() => listTranscriptFiles(folder())).message).toMatch(
			/no transcripts in this folder$/,
		);
		expect(refusal(() => listTranscriptFiles(folder({'a.png': 'x'}))).message).toMatch(
			/no transcripts in this folder$/,
		);
		expect(refusal(() => listTranscriptFiles(path.join(root, 'nope'))).message).toMatch(
			/no such folder$/,
		);
		expect(refusal(() => openHistory(folder())).message).toMatch(/no transcripts in this folder$/);
	});

	it('tells folders from files', () => {
		expect(isDirectory(root)).toBe(true);
		expect(isDirectory(samplePath(samples.reference))).toBe(false);
		expect(isDirectory(path.join(root, 'nope'))).toBe(false);
	});
});

describe('openHistory on the three sample days', () => {
	const dir = folder();
	for (const name of Object.values(samples))
		fs.copyFileSync(samplePath(name), path.join(dir, name));
	const history = openHistory(dir);
	const days = [samples.proddev, samples.devarch, samples.reference].map((name) =>
		openTranscript(samplePath(name)),
	);
	const [proddev, devarch, reference] = days as [Transcript, Transcript, Transcript];
	const offsets = [0, proddev.messages.length, proddev.messages.length + devarch.messages.length];

	it('holds every message of the three days, in date order, numbered 0..n-1', () => {
		expect(reference.messages).toHaveLength(441);
		expect(history.messages).toHaveLength(
			proddev.messages.length + devarch.messages.length + reference.messages.length,
		);
		expect(history.messages.toArray().every((m, index) => m.id === index)).toBe(true);
		days.forEach((t, file) => {
			t.messages.toArray().forEach((m, index) => {
				const merged = history.messages.get(offsets[file]! + index)!;
				expect([merged.time, merged.timestamp, merged.line, merged.raw]).toEqual([
					m.time,
					m.timestamp,
					m.line,
					m.raw,
				]);
			});
		});
	});

	it('counts days and seconds from the first date', () => {
		const devarchDay = daysBetween('2017-12-22', '2018-05-03');
		const referenceDay = daysBetween('2017-12-22', '2018-08-27');
		expect([devarchDay, referenceDay]).toEqual([132, 248]);
		const first = history.messages.get(offsets[1]!)!;
		expect(first).toMatchObject({day: devarchDay, timestamp: `2018-05-03T${first.time}`});
		expect(first.seconds).toBe(devarchDay * 86_400 + devarch.messages.get(0)!.seconds);
		expect(history.messages.at(-1)!.day).toBe(referenceDay);
	});

	it('describes the folder', () => {
		expect(history.meta).toEqual({
			title: path.basename(dir),
			date: '2017-12-22',
			author: '',
			encoding: 'utf-8',
			badSequences: 0,
			headers: proddev.meta.headers + devarch.meta.headers + reference.meta.headers,
			duplicatesFolded: proddev.meta.duplicatesFolded,
			source: dir,
		});
		expect(history.meta.duplicatesFolded).toBeGreaterThan(0);
		expect(history.diagnostics).toEqual([]);
	});

	it('keeps the doubled day aliases and counts speakers over all days', () => {
		expect(history.aliases).toEqual(proddev.aliases);
		expect(history.speakers.reduce((sum, s) => sum + s.count, 0)).toBe(history.messages.length);
		const eric = history.speakers.find((s) => s.name === 'Eric-Silot-SG');
		const ericCount = (t: Transcript): number =>
			t.messages.toArray().filter((m) => m.speaker === 'Eric-Silot-SG').length;
		expect(eric?.count).toBe(ericCount(proddev) + ericCount(devarch) + ericCount(reference));
	});

	it('remaps the reference talk onto Eric’s messages', () => {
		const talk = history.talks.find((t) => t.speaker === 'Eric-Silot-SG');
		expect(talk).toMatchObject({start: '19:27:56', end: '19:35:22', count: 47});
		expect(talk!.firstId).toBeGreaterThanOrEqual(offsets[2]!);
		const first = history.messages.get(talk!.firstId)!;
		const last = history.messages.get(talk!.lastId)!;
		expect([first.speaker, first.time, first.timestamp]).toEqual([
			'Eric-Silot-SG',
			'19:27:56',
			'2018-08-27T19:27:56',
		]);
		expect([last.speaker, last.time]).toEqual(['Eric-Silot-SG', '19:35:22']);
		const devarchTalk = history.talks.find((t) => t.speaker === '横烟秋');
		expect(history.messages.get(devarchTalk!.firstId)).toMatchObject({speaker: '横烟秋', day: 132});
	});

	it('remaps the floods onto the same acknowledgements', () => {
		expect(history.floods).toHaveLength(reference.floods.length);
		history.floods.forEach((flood, index) => {
			const original = reference.floods[index]!;
			expect(flood.ids).toEqual(original.ids.map((id) => id + offsets[2]!));
			expect(flood.ids.map((id) => history.messages.get(id)!.text)).toEqual(
				original.ids.map((id) => reference.messages.get(id)!.text),
			);
			expect([flood.firstId, flood.lastId]).toEqual([flood.ids[0], flood.ids.at(-1)]);
			expect([flood.start, flood.end]).toEqual([original.start, original.end]);
		});
	});
});

describe('openHistory on small folders', () => {
	it('keeps the clock running across a month end and a midnight', () => {
		const dir = folder({
			'2018-08-30-WeChat.md': day('2018-08-30', [
				['23:50:00', 'a', 'late'],
				['00:10:00', 'b', 'after midnight'],
			]),
			'2018-08-31-WeChat.md': day('2018-08-31', [
				['08:00:00', 'a', 'morning'],
				['23:59:59', 'b', 'last'],
			]),
			'2018-09-01-WeChat.md': day('2018-09-01', [['00:00:00', 'c', 'first']]),
		});
		const history = openHistory(dir);
		expect(history.messages.toArray().map((m) => [m.day, m.timestamp])).toEqual([
			[0, '2018-08-30T23:50:00'],
			[1, '2018-08-31T00:10:00'],
			[1, '2018-08-31T08:00:00'],
			[1, '2018-08-31T23:59:59'],
			[2, '2018-09-01T00:00:00'],
		]);
		const seconds = history.messages.toArray().map((m) => m.seconds);
		expect(seconds).toEqual([85_800, 87_000, 115_200, 172_799, 172_800]);
		expect(seconds.every((s, i) => i === 0 || s >= seconds[i - 1]!)).toBe(true);
	});

	it('turns an unreadable file into a diagnostic and loads the rest', () => {
		const binary = new Uint8Array(64).fill(0);
		const dir = folder({
			'2018-01-01.md': day('2018-01-01', [['10:00:00', 'a', 'one']]),
			'2018-01-02.md': binary,
			'2018-01-03.md': 'no headers at all',
			'2018-01-04.md': day('2018-01-04', [['10:00:00', 'b', 'two']]),
		});
		const history = openHistory(dir);
		expect(history.messages.toArray().map((m) => [m.text, m.day])).toEqual([
			['one', 0],
			['two', 3],
		]);
		expect(history.diagnostics).toEqual([
			{line: 0, problem: '2018-01-02.md: looks like a binary file, not a transcript'},
			{line: 0, problem: '2018-01-03.md: no message headers found'},
		]);
	});

	it('skips a FIFO without hanging', () => {
		const dir = folder({'2018-01-01.md': day('2018-01-01', [['10:00:00', 'a', 'one']])});
		if (!mkfifo(path.join(dir, '2018-01-02.md'))) return;
		const history = openHistory(dir);
		expect(history.messages).toHaveLength(1);
		expect(history.diagnostics).toEqual([]);
	});

	it('places undated files after the previous day and uses the date in the name', () => {
		const dir = folder({
			'2018-03-01-chat.md': day('2018-03-01', [['10:00:00', 'a', 'dated']]),
			'2018-03-05-chat.md': day(undefined, [['11:00:00', 'b', 'name only']]),
			'extra.md': day(undefined, [['12:00:00', 'c', 'undated']]),
		});
		const history = openHistory(dir);
		expect(history.messages.toArray().map((m) => [m.text, m.day, m.seconds])).toEqual([
			['dated', 0, 36_000],
			['name only', 4, 4 * 86_400 + 39_600],
			['undated', 5, 5 * 86_400 + 43_200],
		]);
		expect(history.meta.date).toBe('2018-03-01');
	});

	it('prefixes diagnostics with the file name and keeps their lines', () => {
		const text = `${day('2018-01-01', [['10:00:00', 'a', 'one']])}> 99:00:00  x\n`;
		const alone = buildTranscript(text, utf8);
		expect(alone.diagnostics.length).toBeGreaterThan(0);
		const history = openHistory(folder({'2018-01-01\u001b[31m.md': text}));
		expect(history.diagnostics).toEqual(
			alone.diagnostics.map((d) => ({line: d.line, problem: `2018-01-01^[[31m.md: ${d.problem}`})),
		);
	});
});

describe('createHistoryMerger', () => {
	it('merges 1,000 days of 500 messages quickly without touching them', () => {
		const lines: Line[] = [];
		for (let i = 0; i < 500; i++) {
			const tod = 8 * 3600 + i * 60;
			const time = [tod / 3600, (tod / 60) % 60, 0].map((n) =>
				String(Math.floor(n)).padStart(2, '0'),
			);
			lines.push([time.join(':'), `p${i % 40}`, i % 7 === 0 ? '签到' : `message ${i}`]);
		}
		const oneDay = buildTranscript(day(undefined, lines), utf8);
		const before = JSON.stringify(oneDay);
		const merger = createHistoryMerger('years', '/years');
		const started = performance.now();
		for (let i = 0; i < 1000; i++) merger.add(`day${i}.md`, oneDay, undefined);
		const history = merger.finish();
		const elapsed = performance.now() - started;
		expect(history.messages).toHaveLength(500_000);
		expect(history.messages.get(499_999)).toMatchObject({id: 499_999, day: 999});
		expect(history.speakers).toHaveLength(40);
		expect(history.speakers.reduce((sum, s) => sum + s.count, 0)).toBe(500_000);
		expect(JSON.stringify(oneDay)).toBe(before);
		expect(elapsed).toBeLessThan(5000);
	});

	it('resolves alias chains across days and leaves cycles apart', () => {
		const withAliases = (aliases: Record<string, string>): Transcript => ({
			...buildTranscript('', utf8),
			aliases,
		});
		const merger = createHistoryMerger('t', 's');
		merger.add('1.md', withAliases({A: 'B', X: 'Y', ...JSON.parse('{"__proto__":"P"}')}));
		merger.add('2.md', withAliases({B: 'C', Y: 'X', A: 'Z'}));
		merger.fail('3.md', 'permission denied');
		const history = merger.finish();
		expect(history.aliases).toEqual(
			Object.fromEntries([
				['A', 'C'],
				['B', 'C'],
				['__proto__', 'P'],
			]),
		);
		expect(Object.getPrototypeOf(history.aliases)).toBe(Object.prototype);
		expect(history.diagnostics.at(-1)).toEqual({line: 0, problem: '3.md: permission denied'});
	});
});
