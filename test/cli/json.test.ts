import {readFileSync, writeFileSync} from 'node:fs';
import {basename, join} from 'node:path';
import iconv from 'iconv-lite';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {isHeaderProblem} from '../../source/core/transcript/build.js';
import type {Diagnostic} from '../../source/core/transcript/types.js';
import {removeTempDirs, runCli, samplePath, samplePaths, tempDir} from './run-cli.js';

afterAll(removeTempDirs);

type JsonDoc = {
	meta: {
		title: string;
		date: string;
		author: string;
		encoding: string;
		headers: number;
		duplicatesFolded: number;
		badSequences: number;
	};
	messages: {id: number; line: number; time: string; speaker: string; kind: string; text: string}[];
	speakers: {name: string; count: number; aliases: string[]}[];
	talks: {speaker: string; start: string; end: string; count: number}[];
	floods: {start: string; end: string; count: number; tokens: {token: string; count: number}[]}[];
	diagnostics: Diagnostic[];
};

function jsonOf(path: string): JsonDoc {
	const result = runCli(['--json', path]);
	expect(result.status, result.stderr).toBe(0);
	expect(result.stdout).not.toContain('\u001b');
	return JSON.parse(result.stdout) as JsonDoc;
}

describe('chatreel --json on the reference day', () => {
	let doc: JsonDoc;
	beforeAll(() => {
		doc = jsonOf(samplePath);
	});

	it('has the meta the front matter gives', () => {
		expect(doc.meta).toMatchObject({
			title: '2018-08-27-WeChat',
			date: '2018-08-27',
			author: 'Eric-Silot-SG',
			encoding: 'utf-8',
			headers: 441,
			duplicatesFolded: 0,
		});
		expect(doc.messages).toHaveLength(441);
		expect(doc.messages[0]).toMatchObject({id: 0, time: '00:50:55', speaker: '无缺-杭州-后端'});
	});

	it('lists speakers by count, Eric-Silot-SG first with 77', () => {
		expect(doc.speakers).toHaveLength(151);
		expect(doc.speakers[0]).toMatchObject({name: 'Eric-Silot-SG', count: 77});
		const counts = doc.speakers.map((s) => s.count);
		expect(counts).toEqual([...counts].sort((a, b) => b - a));
		expect(counts.reduce((a, b) => a + b, 0)).toBe(441);
	});

	it('finds the one talk', () => {
		expect(doc.talks).toHaveLength(1);
		expect(doc.talks[0]).toMatchObject({
			speaker: 'Eric-Silot-SG',
			start: '19:27:56',
			end: '19:35:22',
			count: 47,
		});
	});

	it('lists floods with their tokens', () => {
		expect(doc.floods.length).toBeGreaterThan(0);
		const evening = doc.floods.find((f) => f.start === '18:33:32');
		expect(evening).toMatchObject({end: '19:24:42', count: 84});
		expect(evening?.tokens[0]).toEqual({token: '签到', count: 80});
		for (const flood of doc.floods) {
			expect(flood.tokens.length).toBeGreaterThan(0);
			expect(flood.tokens.reduce((sum, t) => sum + t.count, 0)).toBe(flood.count);
		}
	});
});

describe('chatreel --json loses no message without a trace', () => {
	it.each(samplePaths.map((path) => [basename(path), path]))('%s', (_name, path) => {
		const doc = jsonOf(path);
		const skipped = doc.diagnostics.filter(isHeaderProblem).length;
		expect(doc.messages.length + doc.meta.duplicatesFolded).toBe(doc.meta.headers - skipped);
		expect(doc.meta.title).not.toBe('');
		expect(doc.meta.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		// Only the doubled proddev day lists messages twice.
		expect(doc.meta.duplicatesFolded).toBe(path.includes('proddev') ? 961 : 0);
	});
});

describe('legacy encodings', () => {
	const text = readFileSync(samplePath, 'utf8');
	const cases: [string, Buffer][] = [
		['gb18030', iconv.encode(text, 'gb18030')],
		['utf-16le', iconv.encode(text, 'utf16le', {addBOM: true})],
		['utf-16be', iconv.encode(text, 'utf16be', {addBOM: true})],
	];

	it.each(cases)('reads a %s copy of the sample', (encoding, bytes) => {
		const path = join(tempDir(), `sample-${encoding}.md`);
		writeFileSync(path, bytes);
		const doc = jsonOf(path);
		expect(doc.meta.encoding).toBe(encoding);
		expect(doc.meta.badSequences).toBe(0);
		expect(doc.messages).toHaveLength(441);
		expect(doc.talks[0]).toMatchObject({speaker: 'Eric-Silot-SG', count: 47});
		expect(doc.messages[2]?.speaker).toBe('右军-蚂蚁金服-成都');
	});
});
