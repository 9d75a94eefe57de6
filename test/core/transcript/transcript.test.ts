import {describe, expect, it} from 'vitest';
import {buildTranscript, isHeaderProblem} from '../../../source/core/transcript/build.js';
import {openTranscript} from '../../../source/io/open-transcript.js';

const samplePath = (name: string): string =>
	new URL(`../../../samples/${name}`, import.meta.url).pathname;
const utf8 = {encoding: 'utf-8', badSequences: 0};
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

describe('openTranscript on the reference day', () => {
	const t = openTranscript(samplePath('2018-08-27-WeChat.md'));

	it('reads the meta', () => {
		expect(t.meta).toMatchObject({
			title: '2018-08-27-WeChat',
			date: '2018-08-27',
			author: 'Eric-Silot-SG',
			lines: 441,
			encoding: 'utf-8',
			badSequences: 0,
			headers: 441,
			duplicatesFolded: 0,
		});
		expect(t.meta.source).toContain('2018-08-27-WeChat.md');
		expect(t.diagnostics).toEqual([]);
		expect(t.aliases).toEqual({});
	});

	it('reads 441 messages by 151 names, the blank one included', () => {
		expect(t.messages).toHaveLength(441);
		expect(new Set(t.messages.toArray().map((m) => m.speaker)).size).toBe(151);
		expect(t.speakers).toHaveLength(151);
		expect(t.messages.toArray().some((m) => m.speaker === '')).toBe(true);
		expect(t.messages.toArray().filter((m) => m.speaker === 'Eric-Silot-SG')).toHaveLength(77);
	});

	it('counts the sign-in flood words', () => {
		expect(t.messages.toArray().filter((m) => m.text === '签到')).toHaveLength(100);
		expect(t.messages.toArray().filter((m) => m.text === '收到')).toHaveLength(26);
	});

	it('stamps every message with the date', () => {
		expect(
			t.messages.toArray().every((m) => m.day === 0 && m.timestamp === `2018-08-27T${m.time}`),
		).toBe(true);
	});

	it('reads each kind from real messages', () => {
		const at = (time: string) => t.messages.toArray().find((m) => m.time === time);
		expect(at('00:50:55')).toMatchObject({kind: 'reaction', text: '[愉快]'});
		expect(at('07:56:52')).toMatchObject({kind: 'media', text: '', speaker: '支付产品开发交流群'});
		expect(at('08:49:53')).toMatchObject({kind: 'link', text: '焦虑的时代，工程师如何高效学习？'});
		expect(at('08:49:53')?.url).toMatch(
			/^http:\/\/mp\.weixin\.qq\.com\/s\?__biz=MzIxMzEzMjM5NQ==&mid=2651030130&idx=1&/,
		);
		expect(at('18:48:11')).toMatchObject({
			kind: 'link',
			text: '重磅干货！对接支付渠道你需要拥有这 7000  字的防踩坑宝典',
		});
		expect(at('17:08:45')).toMatchObject({kind: 'text', text: '你发的OFO图哪里叫"提现"了'});
		expect(at('19:41:28')).toMatchObject({kind: 'reaction', text: '[强][强][强]'});
	});

	it('reads the dirt', () => {
		const at = (time: string) => t.messages.toArray().find((m) => m.time === time);
		expect(at('19:34:26')?.text).toMatch(
			/^UK Opening Banking: {2}- https:\/\/www\.openbanking\.org\.uk {2}- /,
		);
		expect(at('19:34:26')?.text).not.toContain('&');
		expect(at('09:07:32')?.speaker).toBe('陈??3310 -展鸿-SM');
		expect(at('12:09:36')?.text).toBe('只能自己记录??');
		expect(at('17:28:45')).toMatchObject({kind: 'text', text: 'xiadblog:'});
		expect(at('19:28:23')).toMatchObject({kind: 'reaction', text: '[动画表情]'});
		expect(
			t.messages.toArray().some((m) => /&(amp|quot|lt|gt|#160);/.test(m.text + (m.url ?? ''))),
		).toBe(false);
	});

	it('finds the talk', () => {
		expect(t.talks).toContainEqual(
			expect.objectContaining({
				speaker: 'Eric-Silot-SG',
				start: '19:27:56',
				end: '19:35:22',
				count: 47,
			}),
		);
	});
});

describe('buildTranscript', () => {
	it('folds the doubled day', () => {
		const t = openTranscript(samplePath('proddev-2017-12-22-chat.markdown'));
		expect(t.meta.headers).toBe(2102);
		expect(t.meta.duplicatesFolded).toBe(961);
		expect(t.messages).toHaveLength(1141);
		expect(t.aliases.龚晓冬).toBe('龚晓冬-银商账户-产品-上海');
		expect(t.messages.toArray().some((m) => m.speaker === '龚晓冬')).toBe(false);
	});

	it('reads images on the devarch day', () => {
		const t = openTranscript(samplePath('devarch-2018-05-03-chat.markdown'));
		expect(t.messages.toArray().filter((m) => m.kind === 'image')).toHaveLength(8);
		expect(
			t.messages.toArray().find((m) => m.time === '15:02:02' && m.kind === 'image'),
		).toMatchObject({
			kind: 'image',
			url: 'http://static.cocolian.cn/img/201805/20180503_150202.png',
		});
	});

	it('rolls over past midnight and dates the next day', () => {
		const text = [
			'---',
			'date: 2018-12-31 12:00:00',
			'---',
			'> 23:59:00  a',
			'x',
			'> 00:01:00  b',
			'y',
		].join('\n');
		const t = buildTranscript(text, utf8);
		expect(t.messages.toArray().map((m) => [m.day, m.timestamp])).toEqual([
			[0, '2018-12-31T23:59:00'],
			[1, '2019-01-01T00:01:00'],
		]);
	});

	it("keeps a backwards clock on the file's date, with a diagnostic", () => {
		const text = ['---', 'date: 2018-08-27 12:00:00', '---'];
		for (const time of ['20:00:00', '17:00:00', '14:00:00', '11:00:00'])
			text.push(`> ${time}  a`, 'x');
		const t = buildTranscript(text.join('\n'), utf8);
		expect(new Set(t.messages.toArray().map((m) => m.timestamp?.slice(0, 10)))).toEqual(
			new Set(['2018-08-27']),
		);
		expect(t.diagnostics.map((d) => d.problem)).toEqual([
			'clock runs backwards at line 6',
			'clock runs backwards at line 8',
			'clock runs backwards at line 10',
		]);
	});

	it('marks speakers whose names differ only by invisible characters', () => {
		const text = [
			'> 10:00:00  Eric-Silot-SG',
			'one',
			'> 10:00:01  Eric\u200B-Silot-SG',
			'two',
			'> 10:00:02  Eric-Silot\u2060-SG',
			'three',
		].join('\n');
		const t = buildTranscript(text, utf8);
		expect(t.speakers.map((s) => s.name).sort()).toEqual([
			'Eric-Silot-SG',
			'Eric-Silot<U+2060>-SG',
			'Eric<U+200B>-Silot-SG',
		]);
		expect(t.diagnostics).toEqual([
			{
				line: 3,
				problem:
					'speaker "Eric<U+200B>-Silot-SG" differs from "Eric-Silot-SG" only by invisible characters',
			},
			{
				line: 5,
				problem:
					'speaker "Eric-Silot<U+2060>-SG" differs from "Eric-Silot-SG" only by invisible characters',
			},
		]);
	});

	it('reports broken headers and front matter and still reads the messages', () => {
		const text = [
			'---',
			'title: "x',
			'---',
			'> 25:61:99  bad',
			'lost',
			'> 10:00:00  ok',
			'fine',
		].join('\n');
		const t = buildTranscript(text, utf8);
		expect(t.meta.title).toBe('"x');
		expect(t.meta.headers).toBe(2);
		expect(t.messages.toArray().map((m) => m.text)).toEqual(['fine']);
		expect(t.diagnostics.filter(isHeaderProblem)).toEqual([
			{line: 4, problem: 'message header with an impossible time 25:61:99; message skipped'},
		]);
		expect(t.diagnostics.some((d) => /front matter/.test(d.problem))).toBe(true);
	});

	it('reads a file whose front matter is never closed as messages', () => {
		const t = buildTranscript('---\ntitle: t\n> 10:00:00  a\nhi\n', utf8);
		expect(t.meta.title).toBe('');
		expect(t.messages).toHaveLength(1);
		expect(t.diagnostics.map((d) => d.problem)).toContain(
			'front matter is never closed; read as messages',
		);
	});

	it('reads a file with no headers as no messages, with a diagnostic', () => {
		const t = buildTranscript('just some notes\nno chat here\n', {
			...utf8,
			source: '/tmp/notes.txt',
		});
		expect(t.messages.toArray()).toEqual([]);
		expect(t.meta.headers).toBe(0);
		expect(t.meta.title).toBe('notes');
		expect(t.diagnostics).toEqual([{line: 0, problem: 'no message headers found'}]);
	});

	it('reports a lossy decode', () => {
		const t = buildTranscript('> 10:00:00  a\nx\uFFFD', {
			encoding: 'utf-8 (lossy)',
			badSequences: 3,
		});
		expect(t.meta.badSequences).toBe(3);
		expect(t.diagnostics[0]?.problem).toMatch(/^3 malformed byte sequence/);
	});

	it('keeps escape sequences out of every display field of a hostile transcript', () => {
		const text = [
			'---',
			'title: "\\e]0;owned\\a\\e[2J"',
			'author: "\\e[31mred"',
			'---',
			'> 10:00:00  \u001b[31mEvil\u001b[0m-\u009b2J-公司  ',
			'\u001b]8;;http://evil\u0007click\u001b]8;;\u0007  ',
			'> 10:00:01  \u001b[1m',
			'[\u001b[5mblink\n](http://x.org/\u001b[0m&amp;#27;)',
			'> 10:00:02  b',
			'![&#27;[2J](http://x/&#x1b;[0m.png)',
			'> 10:00:03  c',
			'&amp;#27;[2J&#x9b;K\r\u2028\u202e',
		].join('\n');
		const t = buildTranscript(text, utf8);
		expect(t.messages).toHaveLength(4);
		for (const m of t.messages) {
			for (const field of [m.speaker, m.text, m.url ?? '']) {
				expect(field).not.toMatch(CONTROL);
				expect(field).not.toContain('\u202e');
			}
		}
		expect(t.meta.title).not.toMatch(CONTROL);
		expect(t.meta.author).not.toMatch(CONTROL);
		for (const s of t.speakers) expect(s.name).not.toMatch(CONTROL);
	});

	it('never throws on strange input', () => {
		for (const text of [
			'',
			'\n',
			'---',
			'---\n---',
			'> ',
			'> 00:00:00',
			'\uFEFF> 00:00:00  a\nx',
			'\u0000\u0000',
		]) {
			expect(() => buildTranscript(text, utf8)).not.toThrow();
		}
	});
});
