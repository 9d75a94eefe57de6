import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';
import {classifyAcks, isKnownAck} from '../../../source/core/analysis/acknowledgements.js';
import {detectFloods} from '../../../source/core/analysis/floods.js';
import {storeOf} from '../../../source/core/transcript/message-store.js';
import {openTranscript} from '../../../source/io/open-transcript.js';
import {message, messages, type Row} from '../message-factory.js';

const sample = (name: string) =>
	openTranscript(fileURLToPath(new URL(`../../../samples/${name}`, import.meta.url))).messages;

/** `count` sign-ins by different members, `step` seconds apart. */
const signIns = (count: number, step = 30, text = '签到', from = 0): Row[] =>
	Array.from({length: count}, (_, index) => [`+${step}`, `member${from + index}`, text]);

describe('isKnownAck', () => {
	it.each([
		'签到',
		'收到',
		'签到，点赞',
		'收到+签到',
		'+1',
		'1',
		'＋１',
		'[强][强][强]',
		'[鼓掌] [强]',
		'打卡',
		'到',
		'已签到',
		'签到+1',
		' 签到！ ',
		'收到。',
		'收到[偷笑]',
		'签到??',
		'收到了，谢谢',
	])('reads %j as an acknowledgement', (text) => {
		expect(isKnownAck(text)).toBe(true);
	});

	it.each([
		'',
		'我自己也签到下',
		'[捂脸]',
		'总结[捂脸]',
		'[强] 这个牛',
		'好的',
		'2',
		'谢谢',
		'已',
		'签到'.repeat(10),
	])('does not read %j as one', (text) => {
		expect(isKnownAck(text)).toBe(false);
	});
});

describe('classifyAcks', () => {
	it('learns a short text that five members repeat within ten minutes', () => {
		const day = messages([['20:00:00', 'host', 'talk over'], ...signIns(5, 60, '谢谢分享！')]);
		expect([...classifyAcks(storeOf(day))]).toEqual([0, 1, 1, 1, 1, 1]);
	});

	it('does not learn it from four members, nor from five spread over an hour', () => {
		const four = messages([...signIns(4, 60, '赞同楼上'), ['+1', 'member0', '赞同楼上']]);
		expect([...classifyAcks(storeOf(four))]).toEqual([0, 0, 0, 0, 0]);
		expect([...classifyAcks(storeOf(messages(signIns(5, 900, '赞同楼上'))))]).toEqual([
			0, 0, 0, 0, 0,
		]);
	});

	it('never counts links, images or media', () => {
		const day = [message(0, '10:00:00', 'a', '签到'), message(1, '10:00:01', 'b', '')];
		day[0] = {...day[0]!, kind: 'link', url: 'https://example.com'};
		expect([...classifyAcks(storeOf(day))]).toEqual([0, 0]);
	});
});

describe('detectFloods on synthetic days', () => {
	it('finds nothing in an empty day', () => {
		expect(detectFloods(storeOf([]))).toEqual([]);
	});

	it('folds acks interleaved with real messages, leaving the real ones out', () => {
		const day = messages([
			['18:33:00', 'host', '今天请到一位朋友'],
			['+5', 'host', '签到'],
			['+5', 'host', '欢迎欢迎[鼓掌]'],
			...signIns(3),
			['+10', 'eric', '我自己也签到下'],
			...signIns(3, 30, '签到，点赞', 3),
			['+10', 'x', '[重磅干货](http://x)'],
			['+10', 'y', '[强]'],
		]);
		expect(detectFloods(storeOf(day))).toEqual([
			{
				start: '18:33:05',
				end: '18:36:40',
				count: 9,
				firstId: 1,
				lastId: 11,
				ids: [1, 2, 3, 4, 5, 7, 8, 9, 11],
				tokens: [
					{token: '签到', count: 4},
					{token: '签到，点赞', count: 3},
					{token: '[强]', count: 1},
					{token: '欢迎欢迎[鼓掌]', count: 1},
				],
				people: 8,
			},
		]);
	});

	it('counts two people’s identical 收到 in the same second as two', () => {
		const day = messages([
			['09:00:00', 'a', '收到'],
			['+0', 'b', '收到'],
			['+20', 'c', '收到'],
			['+20', 'd', '收到'],
			['+0', 'e', '收到'],
		]);
		expect(detectFloods(storeOf(day))).toMatchObject([{count: 5, people: 5, ids: [0, 1, 2, 3, 4]}]);
	});

	it('needs four acks by three people', () => {
		expect(detectFloods(storeOf(messages(signIns(3))))).toEqual([]);
		expect(detectFloods(storeOf(messages(signIns(4))))).toMatchObject([{count: 4, people: 4}]);
		const twoPeople = messages(
			signIns(6).map(([time, , text], index) => [time, `p${index % 2}`, text]),
		);
		expect(detectFloods(storeOf(twoPeople))).toEqual([]);
		expect(detectFloods(storeOf(messages(signIns(5))))).toMatchObject([{count: 5, people: 5}]);
	});

	it('bridges a pause of up to ten minutes and splits at a longer one', () => {
		const bridged = messages([
			...signIns(5),
			...signIns(5, 600, '签到', 5).slice(0, 1),
			...signIns(4),
		]);
		expect(detectFloods(storeOf(bridged)).map((flood) => flood.count)).toEqual([10]);
		const day = messages([...signIns(5), ...signIns(5, 601, '签到', 5).slice(0, 1), ...signIns(4)]);
		expect(detectFloods(storeOf(day)).map((flood) => flood.count)).toEqual([5, 5]);
	});

	it('splits at more than three real messages in a row', () => {
		const talk: Row[] = [1, 2, 3, 4].map((index) => ['+5', 'talker', `line ${index}`]);
		const tolerated = messages([...signIns(5), ...talk.slice(0, 3), ...signIns(5, 30, '签到', 5)]);
		expect(detectFloods(storeOf(tolerated)).map((flood) => flood.count)).toEqual([10]);
		const split = messages([...signIns(5), ...talk, ...signIns(5, 30, '签到', 5)]);
		expect(detectFloods(storeOf(split)).map((flood) => flood.count)).toEqual([5, 5]);
	});

	it('sees no flood in a discussion sprinkled with [强]', () => {
		const rows: Row[] = [];
		for (let index = 0; index < 12; index++) {
			rows.push(['+20', `m${index}`, '[强]'], ['+20', 'a', 'point'], ['+20', 'b', 'counterpoint']);
		}
		expect(detectFloods(storeOf(messages(rows)))).toEqual([]);
	});

	it('keeps file order when the clock steps backwards', () => {
		const day = messages(signIns(6));
		day[3] = {...day[3]!, seconds: 10, time: '00:00:10'};
		expect(detectFloods(storeOf(day))).toMatchObject([{ids: [0, 1, 2, 3, 4, 5], count: 6}]);
	});

	it('stays linear on 300,000 messages', () => {
		const rows: Row[] = [];
		for (let index = 0; index < 300_000; index++) {
			rows.push(['+1', `p${index % 50}`, index % 4 === 0 ? `say ${index}` : '签到']);
		}
		const floods = detectFloods(storeOf(messages(rows)));
		expect(floods).toHaveLength(1);
		expect(floods[0]?.count).toBe(225_000);
	});
});

describe('detectFloods on the reference day', () => {
	const floods = detectFloods(sample('2018-08-27-WeChat.md'));

	it('finds the evening sign-in as one flood holding most of the 100 签到', () => {
		const evening = floods.find((flood) => flood.start.startsWith('18:'));
		expect(evening).toMatchObject({
			start: '18:33:32',
			end: '19:24:42',
			count: 84,
			people: 80,
			firstId: 215,
			lastId: 300,
			tokens: [
				{token: '签到', count: 80},
				{token: '签到，点赞', count: 2},
				{token: '[强]', count: 1},
				{token: '欢迎欢迎[鼓掌][鼓掌][鼓掌]', count: 1},
			],
		});
		expect(evening?.ids).not.toContain(222);
	});

	it('finds the morning roll call and the late applause, and nothing else', () => {
		expect(floods.map(({start, end, count, people}) => ({start, end, count, people}))).toEqual([
			{start: '08:53:57', end: '09:16:00', count: 39, people: 39},
			{start: '09:41:11', end: '09:52:24', count: 4, people: 4},
			{start: '18:33:32', end: '19:24:42', count: 84, people: 80},
			{start: '23:23:57', end: '23:26:00', count: 7, people: 7},
		]);
	});

	it('finds no flood on devarch-2018-05-03', () => {
		expect(detectFloods(sample('devarch-2018-05-03-chat.markdown'))).toEqual([]);
	});
});
