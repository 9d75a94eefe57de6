import {copyFileSync, mkdirSync} from 'node:fs';
import {basename, join} from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {removeTempDirs, runCli, samplePaths, tempDir} from './run-cli.js';

afterAll(() => removeTempDirs());

function folderOfSamples(): string {
	const dir = join(tempDir(), 'history');
	mkdirSync(dir);
	for (const file of samplePaths) copyFileSync(file, join(dir, basename(file)));
	return dir;
}

function messageCount(path: string): number {
	const result = runCli(['--json', path]);
	return (JSON.parse(result.stdout) as {messages: unknown[]}).messages.length;
}

describe('a folder of days', () => {
	it('reads as one history, in date order', () => {
		const dir = folderOfSamples();
		const result = runCli(['--json', dir]);
		expect(result.status).toBe(0);
		const doc = JSON.parse(result.stdout) as {
			meta: {date: string; title: string};
			messages: Array<{id: number; timestamp: string}>;
			talks: Array<{speaker: string; start: string}>;
		};
		const total = samplePaths.reduce((sum, file) => sum + messageCount(file), 0);
		expect(doc.messages).toHaveLength(total);
		expect(doc.meta.date).toBe('2017-12-22');
		expect(doc.messages.map((m) => m.id)).toEqual(doc.messages.map((_, i) => i));
		const stamps = doc.messages.map((m) => m.timestamp);
		expect([...stamps].sort()).toEqual(stamps);
		expect(doc.talks.map((t) => t.speaker)).toContain('Eric-Silot-SG');
	});

	it('prints a line where each day starts', () => {
		const result = runCli(['--print', folderOfSamples()]);
		const days = result.stdout.split('\n').filter((line) => line.startsWith('--- '));
		expect(days).toEqual(['--- 2017-12-22 ---', '--- 2018-05-03 ---', '--- 2018-08-27 ---']);
	});

	it('refuses --follow on a folder', () => {
		const result = runCli(['--follow', folderOfSamples()]);
		expect(result.status).toBe(2);
	});
});
