import fs from 'node:fs';
import {describe, expect, it} from 'vitest';
import {decodeEntitiesDeep} from '../../../source/core/transcript/entities.js';

const sample = fs.readFileSync(
	new URL('../../../samples/2018-08-27-WeChat.md', import.meta.url),
	'utf8',
);

describe('decodeEntitiesDeep', () => {
	it('decodes entities escaped several times', () => {
		expect(decodeEntitiesDeep('&amp;amp;amp;')).toBe('&');
		expect(decodeEntitiesDeep('&amp;quot;提现&amp;quot;')).toBe('"提现"');
		expect(decodeEntitiesDeep('a&amp;#160;b')).toBe('a b');
		expect(decodeEntitiesDeep('a&nbsp;b')).toBe('a b');
		expect(decodeEntitiesDeep('&lt;/td&gt;&lt;/tr&gt;')).toBe('</td></tr>');
	});

	it('stops after maxRounds', () => {
		expect(decodeEntitiesDeep('&amp;amp;amp;lt;', 2)).toBe('&amp;lt;');
		expect(decodeEntitiesDeep('&amp;amp;amp;lt;')).toBe('<');
	});

	it('returns text without & unchanged, and leaves URL parameters alone', () => {
		const s = '签到 no entities';
		expect(decodeEntitiesDeep(s)).toBe(s);
		expect(decodeEntitiesDeep('a=1&not=2&copy=3')).toBe('a=1&not=2&copy=3');
		expect(decodeEntitiesDeep('R&D & Q&A')).toBe('R&D & Q&A');
	});

	it('cleans the URLs of the sample', () => {
		const url = /\]\((http:\/\/mp\.weixin\.qq\.com\/s\?__biz=MzIxMzEzMjM5NQ[^)]*)\)/.exec(
			sample,
		)?.[1];
		expect(url).toBeDefined();
		const clean = decodeEntitiesDeep(url!);
		expect(clean).toContain('==&mid=2651030130&idx=1&sn=');
		expect(clean).not.toContain('&amp;');
	});

	it('cleans the spreadsheet fragments of the sample', () => {
		const line = sample.split('\n').find((l) => l.startsWith('[[动画表情]&lt;'));
		expect(line).toBeDefined();
		expect(decodeEntitiesDeep(line!)).toMatch(/^\[\[动画表情\]<\/td><\/tr>/);
	});
});
