import fs from 'node:fs';
import {describe, expect, it} from 'vitest';
import {undouble} from '../../../source/core/transcript/undouble.js';

const sample = fs.readFileSync(
	new URL('../../../samples/2018-08-27-WeChat.md', import.meta.url),
	'utf8',
);

describe('undouble', () => {
	it('undoubles a title made of at least three doubled pairs', () => {
		expect(undouble('aabbcc')).toBe('abc');
		expect(undouble('焦焦虑虑的的时时代代')).toBe('焦虑的时代');
		expect(undouble('👍👍🎉🎉✅✅')).toBe('👍🎉✅');
	});

	it('leaves anything else unchanged', () => {
		expect(undouble('aab')).toBe('aab');
		expect(undouble('aabb')).toBe('aabb');
		expect(undouble('aabbc')).toBe('aabbc');
		expect(undouble('aaabbbccc')).toBe('aaabbbccc');
		expect(undouble('重磅干货！对接支付渠道')).toBe('重磅干货！对接支付渠道');
		expect(undouble('')).toBe('');
	});

	it('leaves a run of one repeated character alone', () => {
		expect(undouble('哈哈哈哈')).toBe('哈哈哈哈');
		expect(undouble('哈哈哈哈哈哈')).toBe('哈哈哈哈哈哈');
		expect(undouble('......')).toBe('......');
	});

	it('does not require whitespace to be doubled', () => {
		expect(undouble('aabbcc\n')).toBe('abc\n');
		expect(undouble('aabb ccdd')).toBe('ab cd');
		expect(undouble('aabb  ccdd')).toBe('ab cd');
		expect(undouble('aabb\n\t ccdd')).toBe('ab\n\t cd');
	});

	it('undoubles the title of the sample', () => {
		const title = /\n\[(焦焦[^\]]*)\]/.exec(sample)?.[1];
		expect(title).toBe('焦焦虑虑的的时时代代，，工工程程师师如如何何高高效效学学习习？？\n');
		expect(undouble(title!)).toBe('焦虑的时代，工程师如何高效学习？\n');
	});
});
