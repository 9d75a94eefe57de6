import {describe, expect, it} from 'vitest';
import {classifyBody} from '../../../source/core/transcript/message-body.js';

const DOUBLED_LINK =
	'[焦焦虑虑的的时时代代，，工工程程师师如如何何高高效效学学习习？？\n](http://mp.weixin.qq.com/s?__biz=MzIxMzEzMjM5NQ==&amp;amp;amp;mid=2651030130&amp;amp;amp;idx=1)';

describe('classifyBody', () => {
	it('reads text, decoding entities escaped twice', () => {
		expect(classifyBody('你发的OFO图哪里叫&amp;quot;提现&amp;quot;了')).toEqual({
			kind: 'text',
			text: '你发的OFO图哪里叫"提现"了',
		});
	});

	it('turns &amp;#160; into spaces', () => {
		expect(classifyBody('UK Opening Banking: &amp;#160;-&amp;#160;https://x.uk').text).toBe(
			'UK Opening Banking:  - https://x.uk',
		);
	});

	it('keeps ?? for emoji lost to a legacy encoding and inner line breaks', () => {
		expect(classifyBody('只能自己记录??')).toEqual({kind: 'text', text: '只能自己记录??'});
		expect(classifyBody('line one\nline two').text).toBe('line one\nline two');
	});

	it('reads a link with a doubled title spanning lines and a triple-escaped URL', () => {
		expect(classifyBody(DOUBLED_LINK)).toEqual({
			kind: 'link',
			text: '焦虑的时代，工程师如何高效学习？',
			url: 'http://mp.weixin.qq.com/s?__biz=MzIxMzEzMjM5NQ==&mid=2651030130&idx=1',
		});
	});

	it('reads a link with an ordinary title and one with an empty title', () => {
		expect(classifyBody('[重磅干货！对接支付渠道\n](http://mp.weixin.qq.com/s?a=1)')).toEqual({
			kind: 'link',
			text: '重磅干货！对接支付渠道',
			url: 'http://mp.weixin.qq.com/s?a=1',
		});
		expect(classifyBody('[](https://e.org/x)')).toEqual({
			kind: 'link',
			text: 'https://e.org/x',
			url: 'https://e.org/x',
		});
	});

	it('reads an image as its alt text with the URL', () => {
		expect(
			classifyBody(
				'![2018-05-03 15:02:02](http://static.cocolian.cn/img/201805/20180503_150202.png)',
			),
		).toEqual({
			kind: 'image',
			text: '2018-05-03 15:02:02',
			url: 'http://static.cocolian.cn/img/201805/20180503_150202.png',
		});
		expect(classifyBody('![](http://x/y.png)')).toEqual({
			kind: 'image',
			text: 'image',
			url: 'http://x/y.png',
		});
	});

	it('reads an empty body as media', () => {
		expect(classifyBody('')).toEqual({kind: 'media', text: ''});
		expect(classifyBody('  \n ')).toEqual({kind: 'media', text: ''});
	});

	it('reads WeChat emoji codes alone as a reaction', () => {
		for (const body of ['[强]', '[愉快]', '[捂脸][捂脸]', '[强][强][强]', '[鼓掌] [鼓掌]']) {
			expect(classifyBody(body)).toEqual({kind: 'reaction', text: body});
		}
		for (const body of ['[强]期待', '[捂脸],我的锅', '[强] 这个牛', '[not an emoji code]']) {
			expect(classifyBody(body).kind).toBe('text');
		}
	});

	it('reads broken markup sensibly', () => {
		expect(
			classifyBody('[xiadblog:\n](&amp;lt;?xml version=&amp;quot;1.0&amp;quot;?&amp;gt;)'),
		).toEqual({
			kind: 'text',
			text: 'xiadblog:',
		});
		const sticker =
			"[[动画表情]&lt;/td&gt;&lt;/tr&gt;\n](&lt;tr style='mso-height-source:userset'&gt;&lt;td class=xl24 x:str&gt;6367551827@chatroom)";
		expect(classifyBody(sticker)).toEqual({kind: 'reaction', text: '[动画表情]'});
		expect(classifyBody('[](&lt;td&gt;)')).toEqual({kind: 'media', text: ''});
		const notice =
			'[8728975701@chatroom:\n](&amp;lt;sysmsg type=&amp;quot;sysmsgtemplate&amp;quot;&amp;gt;)';
		expect(classifyBody(notice)).toEqual({kind: 'media', text: ''});
		expect(classifyBody('[](not a url)')).toEqual({kind: 'text', text: 'not a url'});
	});

	it('reads a link inside longer text as text', () => {
		expect(classifyBody('see [this](http://x.org) now').kind).toBe('text');
		expect(classifyBody('[a](http://x.org) and [b](http://y.org)').kind).toBe('text');
		expect(classifyBody('[a](http://x.org) after').kind).toBe('text');
	});

	it('makes escape sequences inert in text, titles and URLs', () => {
		const results = [
			classifyBody('\u001b[2J\u001b]0;pwned\u0007hello'),
			classifyBody('[\u001b[31mred\n](http://x.org/\u001b[0m)'),
			classifyBody('![\u001b[1m](http://x.org/&#27;[0m)'),
			classifyBody('&#27;[2J'),
		];
		for (const result of results) {
			expect(result.text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
			expect(result.url ?? '').not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
		}
	});

	it('stays linear on hostile bodies', () => {
		const started = performance.now();
		classifyBody(`[${' ]('.repeat(50_000)})`);
		classifyBody(`${'[强]'.repeat(50_000)}x`);
		classifyBody(`![${'x'.repeat(100_000)}](${' '.repeat(100_000)}`);
		expect(performance.now() - started).toBeLessThan(1000);
	});
});
