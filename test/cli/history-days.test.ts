// Issue #10: in a folder, talks and floods carry their date; quiet and empty days are days;
// files that are not transcripts (README.md, notes.md) are skipped with one notice.
import {copyFileSync, mkdirSync, writeFileSync} from 'node:fs';
import {basename, join} from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {
	expectOneErrorLine,
	removeTempDirs,
	runCli,
	samplePaths,
	stderrLines,
	tempDir,
} from './run-cli.js';

afterAll(() => removeTempDirs());

type Doc = {
	meta: {date: string};
	messages: Array<{timestamp: string}>;
	talks: Array<{speaker: string; date: string; start: string; count: number; messages: number}>;
	floods: Array<{date: string; start: string; firstId: number}>;
	diagnostics: Array<{problem: string}>;
};

function folder(extra: Record<string, string> = {}): string {
	const dir = join(tempDir(), 'history');
	mkdirSync(dir);
	for (const file of samplePaths) copyFileSync(file, join(dir, basename(file)));
	for (const [name, text] of Object.entries(extra)) writeFileSync(join(dir, name), text);
	return dir;
}

const quiet = (date: string) =>
	`---\nlayout:     source \ntitle:      "${date}-WeChat"\ndate:       ${date} 12:00:00\nauthor:     None\nlines:      0 \n---\n`;

describe('--json of a folder', () => {
	const result = runCli(['--json', folder()]);
	const doc = JSON.parse(result.stdout) as Doc;

	it('gives each talk its date and one size with the presenter’s share', () => {
		expect(result.status, result.stderr).toBe(0);
		expect(doc.talks.map((t) => [t.speaker, t.date, t.start])).toEqual([
			['横烟秋', '2018-05-03', '19:16:36'],
			['Eric-Silot-SG', '2018-08-27', '19:27:56'],
		]);
		for (const talk of doc.talks) expect(talk.messages).toBeGreaterThanOrEqual(talk.count);
	});

	it('gives each flood the date of its day', () => {
		expect(doc.floods.length).toBeGreaterThan(0);
		for (const flood of doc.floods) {
			expect(flood.date).toBe(doc.messages[flood.firstId]?.timestamp.slice(0, 10));
		}
		expect(doc.floods.map((f) => f.date)).toContain('2018-08-27');
	});
});

describe('what a folder takes and skips', () => {
	it('skips an undated README.md and notes.md with one notice, merging neither', () => {
		const dir = folder({
			'README.md': '# Our chat archive\n\nOne file per day.\n',
			'notes.md': '',
		});
		const plain = runCli(['--json', folder()]);
		const result = runCli(['--json', dir]);
		expect(result.status, result.stderr).toBe(0);
		expect(stderrLines(result)).toEqual([
			'chatreel: skipped 2 files that are not dated transcripts: README.md, notes.md',
		]);
		const withoutSource = (stdout: string) => {
			const doc = JSON.parse(stdout) as Doc & {meta: {source?: string}};
			return {...doc, meta: {...doc.meta, source: ''}};
		};
		expect(withoutSource(result.stdout)).toEqual(withoutSource(plain.stdout));
	});

	it('takes quiet and zero-byte days as days with no messages, without a problem', () => {
		const dir = folder({
			'2018-06-01.md': quiet('2018-06-01'),
			'2018-06-02-chat.md': '',
			'undated-quiet.md': quiet('2018-06-03'),
		});
		const result = runCli(['--json', dir]);
		expect(result.status, result.stderr).toBe(0);
		expect(result.stderr).toBe('');
		const doc = JSON.parse(result.stdout) as Doc;
		expect(doc.diagnostics).toEqual([]);
		expect(doc.messages).toHaveLength(
			(JSON.parse(runCli(['--json', folder()]).stdout) as Doc).messages.length,
		);
	});

	it('a folder of quiet days opens, empty', () => {
		const dir = join(tempDir(), 'quiet');
		mkdirSync(dir);
		writeFileSync(join(dir, '2019-01-01.md'), quiet('2019-01-01'));
		writeFileSync(join(dir, '2019-01-02.md'), '');
		const result = runCli(['--print', dir]);
		expect(result.status, result.stderr).toBe(0);
		expect(result.stdout).toBe('');
	});

	it('a folder with only a README is refused', () => {
		const dir = join(tempDir(), 'readme-only');
		mkdirSync(dir);
		writeFileSync(join(dir, 'README.md'), '# nothing here\n');
		const line = expectOneErrorLine(runCli(['--print', dir]), 1);
		expect(line).toContain('no transcripts in this folder');
	});
});
