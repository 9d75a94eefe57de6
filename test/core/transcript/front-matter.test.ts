import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {parseFrontMatter} from '../../../source/core/transcript/front-matter.js';

const sample = (name: string): string[] =>
	readFileSync(new URL(`../../../samples/${name}`, import.meta.url), 'utf8').split('\n');

const fm = (...lines: string[]) => parseFrontMatter(lines);

describe('parseFrontMatter', () => {
	it('reads the reference day', () => {
		const result = parseFrontMatter(sample('2018-08-27-WeChat.md'));
		expect(result.data).toEqual({
			title: '2018-08-27-WeChat',
			date: '2018-08-27',
			author: 'Eric-Silot-SG',
			lines: 441,
		});
		expect(result.bodyStart).toBe(8);
		expect(result.diagnostics).toEqual([]);
	});

	it('reads values after tabs and uneven alignment', () => {
		const result = parseFrontMatter(sample('devarch-2018-05-03-chat.markdown'));
		expect(result.data).toEqual({
			title: '2018-05-03-WeChat',
			date: '2018-05-03',
			author: '横烟秋',
			lines: 146,
		});
		expect(result.diagnostics).toEqual([]);
	});

	it('reads quoted values and trailing spaces', () => {
		const result = fm(
			'---',
			'author:     "PaymentGroup"  ',
			"title: 'x y'\t",
			'date:2019-01-31',
			'---',
		);
		expect(result.data).toEqual({author: 'PaymentGroup', title: 'x y', date: '2019-01-31'});
		expect(result.bodyStart).toBe(5);
	});

	it('keeps the written day of a YAML timestamp, whatever the time zone', () => {
		expect(fm('---', 'date: !!timestamp 2018-08-27 23:30:00 -10:00', '---').data.date).toBe(
			'2018-08-27',
		);
		expect(fm('---', 'date: !!timestamp 2018-08-27', '---').data.date).toBe('2018-08-27');
		expect(fm('---', 'date: 2018-8-7 00:00:00', '---').data.date).toBe('2018-08-07');
	});

	it('has no front matter without a fence', () => {
		expect(fm('> 12:00:00  x', '', 'hi')).toEqual({data: {}, bodyStart: 0, diagnostics: []});
		expect(fm()).toEqual({data: {}, bodyStart: 0, diagnostics: []});
	});

	it('allows blank lines before the fence', () => {
		expect(fm('', '  ', '---', 'title: t', '---').data.title).toBe('t');
	});

	it('treats a front matter never closed as none', () => {
		const result = fm('---', 'title: t', '> 12:00:00  x', 'body', '---');
		expect(result.data).toEqual({});
		expect(result.bodyStart).toBe(0);
		expect(result.diagnostics).toEqual([{line: 1, problem: expect.stringMatching(/never closed/)}]);
	});

	it('survives a billion-laughs alias bomb and still reads the title', () => {
		const bomb = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
		for (const [name, prev] of [
			['b', 'a'],
			['c', 'b'],
			['d', 'c'],
			['e', 'd'],
			['f', 'e'],
			['g', 'f'],
		]) {
			bomb.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(',')}]`);
		}
		const result = fm('---', ...bomb, 'title: "laughs"', 'date: 2018-01-02', '---');
		expect(result.data).toEqual({title: 'laughs', date: '2018-01-02'});
		expect(result.diagnostics).toEqual([{line: 1, problem: expect.stringMatching(/aliases/)}]);
	});

	it('falls back to a line reader for garbage YAML', () => {
		const result = fm('---', 'title: "unclosed', 'date: 2018-08-27 12:00:00', ': : [', '---');
		expect(result.data).toEqual({title: '"unclosed', date: '2018-08-27'});
		expect(result.diagnostics[0]?.problem).toMatch(/not valid YAML/);
		expect(result.bodyStart).toBe(5);
	});

	it('reports unusable values and keeps the usable ones', () => {
		const result = fm(
			'---',
			'title: [a, b]',
			'date: someday',
			'lines: many',
			'author: None',
			'---',
		);
		expect(result.data).toEqual({author: 'None'});
		expect(result.diagnostics.map((d) => d.problem)).toEqual([
			'front matter title is not usable; ignored',
			'front matter date is not usable; ignored',
			'front matter lines is not usable; ignored',
		]);
	});

	it('rejects impossible dates and a YAML scalar', () => {
		expect(fm('---', 'date: 2018-02-30', '---').data).toEqual({});
		expect(fm('---', 'date: 2016-02-29', '---').data).toEqual({date: '2016-02-29'});
		const scalar = fm('---', 'just words', '---');
		expect(scalar.diagnostics[0]?.problem).toMatch(/keys and values/);
	});

	it('makes control characters in values inert', () => {
		const result = fm('---', 'title: "\\e[31mred\\u0007"', 'author: a\u001b]0;x', '---');
		expect(result.data.title).not.toMatch(/[\u0000-\u001f]/);
		expect(result.data.author).not.toMatch(/[\u0000-\u001f]/);
		expect(result.data.title).toContain('red');
	});
});
