import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {
	displayWidth,
	graphemes,
	padToWidth,
	truncateToWidth,
	wrapText,
} from '../../source/layout/wrap-text.js';

describe('wrapText', () => {
	it('keeps short ASCII lines as they are', () => {
		expect(wrapText('hello', 10)).toEqual({lines: ['hello'], starts: [0], rest: 0});
	});

	it('keeps inner line breaks', () => {
		expect(wrapText('a\nb\n\nc', 10).lines).toEqual(['a', 'b', '', 'c']);
	});

	it('breaks Latin text at spaces', () => {
		expect(wrapText('Spring Cloud and Dubbo', 12).lines).toEqual(['Spring Cloud', 'and Dubbo']);
	});

	it('breaks CJK text by display width', () => {
		const {lines} = wrapText('金融行业API汇总和开发经验', 10);
		for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(10);
		expect(lines.join('')).toBe('金融行业API汇总和开发经验');
	});

	it('hard-breaks a word longer than the width', () => {
		expect(wrapText('abcdefghij', 4).lines).toEqual(['abcd', 'efgh', 'ij']);
	});

	it('lays out only maxLines of a huge message and counts the rest', () => {
		const text = '退'.repeat(2_000_000);
		const wrapped = wrapText(text, 40, 5);
		expect(wrapped.lines).toHaveLength(5);
		expect(wrapped.rest).toBe(2_000_000 - 100);
	});

	it('counts the rest across paragraphs', () => {
		const wrapped = wrapText('aa\nbb\ncc', 10, 2);
		expect(wrapped.lines).toEqual(['aa', 'bb']);
		expect(wrapped.rest).toBe(2);
	});
});

describe('width helpers', () => {
	it('measures CJK and emoji as two columns', () => {
		expect(displayWidth('退款')).toBe(4);
		expect(displayWidth('a😀')).toBe(3);
	});

	it('truncates by width with an ellipsis', () => {
		expect(truncateToWidth('龚晓冬-银商账户-产品-上海', 8)).toBe('龚晓冬-…');
		expect(displayWidth(truncateToWidth('龚晓冬-银商账户-产品-上海', 8))).toBeLessThanOrEqual(8);
		expect(truncateToWidth('short', 8)).toBe('short');
	});

	it('pads to an exact width', () => {
		expect(displayWidth(padToWidth('退款', 7))).toBe(7);
		expect(displayWidth(padToWidth('龚晓冬-银商账户', 7))).toBe(7);
	});
});

describe('line starts', () => {
	it('points each line at its offset in the text', () => {
		const text = 'Spring Cloud and Dubbo\n退款退款退款';
		const {lines, starts} = wrapText(text, 12);
		lines.forEach((line, i) => {
			expect(text.slice(starts[i], (starts[i] ?? 0) + line.length)).toBe(line);
		});
	});
});

describe('Chinese line breaking and URLs', () => {
	const closing = [...'。，、；：！？）」』】》”'];
	const opening = [...'（「『【《“'];

	it('never starts a line with closing punctuation', () => {
		for (let width = 4; width <= 12; width++) {
			const {lines} = wrapText('我们讨论了退款的流程。然后说到对账，“清算”也很重要！好吧？', width);
			for (const line of lines.slice(1)) {
				expect(closing, `${width}: ${line}`).not.toContain(line[0]);
			}
		}
	});

	it('never ends a line with an opening bracket', () => {
		for (let width = 4; width <= 12; width++) {
			const {lines} = wrapText('大家看看（这个）和「那个」还有《支付》的“说法”吧', width);
			for (const line of lines.slice(0, -1)) {
				expect(opening, `${width}: ${line}`).not.toContain(line.at(-1));
			}
		}
	});

	it('moves the last character down with a full stop that does not fit', () => {
		expect(wrapText('退款退款。', 8).lines).toEqual(['退款退', '款。']);
	});

	it('wraps a URL after / ? & rather than inside a word', () => {
		const {lines} = wrapText('https://example.com/payments/refund?order=12345&channel=wechat', 24);
		expect(lines).toEqual([
			'https://example.com/',
			'payments/refund?',
			'order=12345&',
			'channel=wechat',
		]);
	});
});

describe('graphemes', () => {
	const segmenter = new Intl.Segmenter(undefined, {granularity: 'grapheme'});
	const segmented = (text: string) =>
		[...segmenter.segment(text)].map(({segment, index}) => ({segment, index}));

	it("are the segmenter's, whether each unit stands alone or not", () => {
		const pieces = fc.oneof(
			fc.string({unit: 'grapheme', maxLength: 4}),
			fc.string({unit: 'binary', maxLength: 3}),
			fc.constantFrom(
				'ab ',
				'中文，',
				'─│',
				'가각',
				'ｶﾞ',
				'e\u0301',
				'\r\n',
				'\n',
				'\t',
				'\u0600a',
				'👍🏽',
				'\u200d',
			),
		);
		fc.assert(
			fc.property(fc.array(pieces, {maxLength: 10}), (parts) => {
				const text = parts.join('');
				expect([...graphemes(text)]).toEqual(segmented(text));
			}),
			{numRuns: 2000},
		);
	});

	it('join across the windows they are cut in', () => {
		for (const tail of ['\u0301', 'a', '\n', '\u200d👍', '']) {
			for (const at of [4095, 4096, 4097]) {
				const text = `${'字'.repeat(at)}${tail}${'x'.repeat(10)}`;
				expect([...graphemes(text)]).toEqual(segmented(text));
			}
		}
		const prepend = `${'a'.repeat(4095)}\u0600b`;
		expect([...graphemes(prepend)]).toEqual(segmented(prepend));
	});
});
