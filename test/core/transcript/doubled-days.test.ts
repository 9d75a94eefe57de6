import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {assignClock} from '../../../source/core/transcript/clock.js';
import {foldDoubledDays} from '../../../source/core/transcript/doubled-days.js';
import {storeOf} from '../../../source/core/transcript/message-store.js';
import {parseMessages} from '../../../source/core/transcript/parse-messages.js';
import type {Message} from '../../../source/core/transcript/types.js';

function messagesOf(name: string): {messages: Message[]; headers: number; bad: number} {
	const lines = readFileSync(new URL(`../../../samples/${name}`, import.meta.url), 'utf8').split(
		'\n',
	);
	const parsed = parseMessages(lines, 8);
	return {
		messages: assignClock(parsed.messages),
		headers: parsed.headers,
		bad: parsed.diagnostics.length,
	};
}

/** Messages from `[time, speaker, body]` rows. */
function day(rows: [string, string, string][]): Message[] {
	const messages = rows.map(
		([time, speaker, raw], id): Message => ({
			id,
			line: id + 1,
			time,
			seconds: 0,
			day: 0,
			speaker,
			rawSpeaker: speaker,
			kind: raw === '' ? 'media' : 'text',
			text: raw,
			raw,
		}),
	);
	return assignClock(messages);
}

describe('foldDoubledDays', () => {
	it('folds the doubled sample day', () => {
		const {messages, headers, bad} = messagesOf('proddev-2017-12-22-chat.markdown');
		expect(headers).toBe(2102);
		const result = foldDoubledDays(storeOf(messages));
		expect(result.folded).toBe(961);
		expect(result.messages.length + result.folded).toBe(headers - bad);
		expect(result.aliases.龚晓冬).toBe('龚晓冬-银商账户-产品-上海');
		expect(result.aliases['绅士@Tim']).toBe('Tim-魔线科技-产品总监');
		expect(result.aliases.北京一张泽雄).toBe('张泽雄-民生金服 项目总监');
		expect(result.messages.toArray().map((m) => m.id)).toEqual([
			...result.messages.toArray().keys(),
		]);
		const gong = result.messages.toArray().filter((m) => m.raw === '银行的业务，无可厚非');
		expect(gong).toHaveLength(1);
		expect(gong[0]).toMatchObject({
			speaker: '龚晓冬-银商账户-产品-上海',
			rawSpeaker: '龚晓冬-银商账户-产品-上海',
		});
		expect(result.messages.toArray().some((m) => m.speaker in result.aliases)).toBe(false);
	});

	it('leaves a day that is not doubled alone', () => {
		for (const name of ['2018-08-27-WeChat.md', 'devarch-2018-05-03-chat.markdown']) {
			const {messages} = messagesOf(name);
			const store = storeOf(messages);
			const result = foldDoubledDays(store);
			expect(result.folded).toBe(0);
			expect(result.aliases).toEqual({});
			expect(result.messages).toBe(store);
		}
	});

	it('never folds two people who post the same 收到 in the same second', () => {
		const rows: [string, string, string][] = [];
		const acks = ['收到', '签到，点赞', '收到+签到', '[强][强][强]', '收到谢谢'];
		for (let i = 0; i < 5; i++) {
			const ack = acks[i]!;
			rows.push([`10:0${i}:00`, '张三-A-研发', ack], [`10:0${i}:00`, '李四-B-产品', ack]);
			rows.push(
				[`11:0${i}:00`, '张三-A-研发', `张三 writes ${i}`],
				[`11:0${i}:01`, '李四-B-产品', `李四 ${i}`],
			);
			rows.push([`12:0${i}:00`, '李四-B-产品', `more ${i}`]);
		}
		const result = foldDoubledDays(storeOf(day(rows)));
		expect(result.folded).toBe(0);
		expect(result.aliases).toEqual({});
	});

	it('folds a pair that repeats, keeping a real double post once per copy', () => {
		const rows: [string, string, string][] = [];
		for (let i = 0; i < 4; i++) {
			rows.push(
				[`10:0${i}:00`, '龚晓冬', `message ${i}`],
				[`10:0${i}:00`, '龚晓冬-银商账户-产品-上海', `message ${i}`],
			);
		}
		rows.push(['11:00:00', '龚晓冬', '[强]'], ['11:00:00', '龚晓冬', '[强]']);
		rows.push(
			['11:00:00', '龚晓冬-银商账户-产品-上海', '[强]'],
			['11:00:00', '龚晓冬-银商账户-产品-上海', '[强]'],
		);
		rows.push(['11:00:00', '路人', '[强]']);
		const result = foldDoubledDays(storeOf(day(rows)));
		expect(result.aliases).toEqual({龚晓冬: '龚晓冬-银商账户-产品-上海'});
		expect(result.folded).toBe(6);
		expect(result.messages.toArray().map((m) => [m.speaker, m.raw])).toEqual([
			['龚晓冬-银商账户-产品-上海', 'message 0'],
			['龚晓冬-银商账户-产品-上海', 'message 1'],
			['龚晓冬-银商账户-产品-上海', 'message 2'],
			['龚晓冬-银商账户-产品-上海', 'message 3'],
			['龚晓冬-银商账户-产品-上海', '[强]'],
			['龚晓冬-银商账户-产品-上海', '[强]'],
			['路人', '[强]'],
		]);
	});

	it('folds names used only once on a doubled day when the body is distinctive', () => {
		const rows: [string, string, string][] = [];
		for (let i = 0; i < 4; i++)
			rows.push(
				[`10:0${i}:00`, 'A', `long message ${i}`],
				[`10:0${i}:00`, 'A-公司-产品', `long message ${i}`],
			);
		rows.push(
			['12:00:00', '陈创', '这是一条很长的消息'],
			['12:00:00', '陈创-兴业数字金融PM', '这是一条很长的消息'],
		);
		rows.push(['13:00:00', '甲', '收到'], ['13:00:00', '乙-公司', '收到']);
		const result = foldDoubledDays(storeOf(day(rows)));
		expect(result.aliases).toEqual({A: 'A-公司-产品', 陈创: '陈创-兴业数字金融PM'});
		expect(result.folded).toBe(5);
	});

	it('never folds two people at different companies who post the same text in one second', () => {
		const rows: [string, string, string][] = [];
		for (let i = 0; i < 4; i++)
			rows.push(
				[`10:0${i}:00`, 'A', `long message ${i}`],
				[`10:0${i}:00`, 'A-公司-产品', `long message ${i}`],
			);
		rows.push(
			['12:00:00', '张三-支付宝-PM', '今晚的分享很精彩，谢谢大家'],
			['12:00:00', '李四-财付通-研发', '今晚的分享很精彩，谢谢大家'],
		);
		const result = foldDoubledDays(storeOf(day(rows)));
		expect(result.aliases).toEqual({A: 'A-公司-产品'});
		expect(result.folded).toBe(4);
		expect(
			result.messages
				.toArray()
				.filter((m) => m.raw.startsWith('今晚'))
				.map((m) => m.speaker),
		).toEqual(['张三-支付宝-PM', '李四-财付通-研发']);
	});

	it('never folds the blank name', () => {
		const rows: [string, string, string][] = [];
		for (let i = 0; i < 4; i++)
			rows.push([`10:0${i}:00`, '', `m ${i}`], [`10:0${i}:00`, 'B', `m ${i}`]);
		expect(foldDoubledDays(storeOf(day(rows))).folded).toBe(0);
	});
});
