import {fileURLToPath} from 'node:url';
import {describe, expect, it, vi} from 'vitest';
import {detectTalks} from '../../../source/core/analysis/talks.js';
import {storeOf} from '../../../source/core/transcript/message-store.js';
import {openTranscript} from '../../../source/io/open-transcript.js';
import {message, messages, type Row, run} from '../message-factory.js';

const sample = (name: string) =>
	openTranscript(fileURLToPath(new URL(`../../../samples/${name}`, import.meta.url))).messages;

describe('detectTalks on synthetic days', () => {
	it('finds nothing in an empty day', () => {
		expect(detectTalks(storeOf([]))).toEqual([]);
	});

	it('finds a plain run of 20 messages, bounded by its own messages', () => {
		const day = messages([
			['19:00:00', 'host', '欢迎'],
			...run('alice', 20),
			['+30', 'bob', '谢谢分享'],
		]);
		expect(detectTalks(storeOf(day))).toEqual([
			{speaker: 'alice', start: '19:00:10', end: '19:03:20', count: 20, firstId: 1, lastId: 20},
		]);
	});

	it('needs 15 messages by the presenter', () => {
		expect(detectTalks(storeOf(messages([['19:00:00', 'x'], ...run('alice', 14)])))).toEqual([]);
		expect(detectTalks(storeOf(messages([['19:00:00', 'x'], ...run('alice', 15)])))).toHaveLength(
			1,
		);
	});

	it('keeps a talk split by a listener’s [强] a minute apart as one talk', () => {
		const day = messages([
			['19:00:00', 'alice', 'start'],
			...run('alice', 9),
			['+30', 'bob', '[强]'],
			['+30', 'alice', 'go on'],
			...run('alice', 9),
		]);
		const talks = detectTalks(storeOf(day));
		expect(talks).toHaveLength(1);
		expect(talks[0]).toMatchObject({speaker: 'alice', count: 20, firstId: 0, lastId: 20});
	});

	it('keeps a talk split by a one-line question as one talk', () => {
		const day = messages([
			...run('alice', 10),
			['+20', 'bob', '这个怎么理解？'],
			['+40', 'carol', '[强][强][强]'],
			...run('alice', 10),
		]);
		expect(detectTalks(storeOf(day))).toMatchObject([{speaker: 'alice', count: 20}]);
	});

	it('tolerates a silent pause of ten minutes but not of eleven', () => {
		const paused = (pause: number) =>
			messages([...run('alice', 10), [`+${pause}`, 'alice', 'long message'], ...run('alice', 9)]);
		expect(detectTalks(storeOf(paused(240)))).toMatchObject([{count: 20}]);
		expect(detectTalks(storeOf(paused(600)))).toMatchObject([{count: 20}]);
		expect(detectTalks(storeOf(paused(660)))).toEqual([]);
	});

	it('finds a talk of a few long messages by its opening and closing words', () => {
		const paragraph =
			'微众银行没有网点，主要通过互联网渠道开展业务，二类户的开户流程经过几次迭代'.repeat(3);
		const day = messages([
			['16:00:00', 'host', '欢迎'],
			['+60', 'yang', `大家好，今天我抛砖引玉，跟大家分享二类户。${paragraph}`],
			...run('yang', 4, 70, paragraph),
			['+70', 'yang', `${paragraph}以上就是我的分享，有什么问题大家一起交流。`],
			['+20', 'bob', '受教了'],
		]);
		expect(detectTalks(storeOf(day))).toMatchObject([
			{speaker: 'yang', count: 6, firstId: 1, lastId: 6},
		]);
		// The same six messages without a word that opens or closes a talk are an anecdote.
		const plain = messages([['16:00:00', 'host', '欢迎'], ...run('yang', 6, 70, paragraph)]);
		expect(detectTalks(storeOf(plain))).toEqual([]);
	});

	it('does not see a talk in a string of questions that others answer', () => {
		const rows: Row[] = [];
		for (let index = 0; index < 18; index++) {
			rows.push(['+15', 'asker', `那对公代付需要省市信息吗？${index}`]);
			if (index % 5 === 4) rows.push(['+5', `answer${index}`, '一般要的，联行号不一定准']);
		}
		expect(detectTalks(storeOf(messages(rows)))).toEqual([]);
	});

	it('ends a talk at its closing words once someone else speaks, but not at a section’s end', () => {
		const day = messages([
			...run('alice', 10),
			['+10', 'alice', '以上是第一部分，下面讲清算'],
			['+20', 'bob', '[强]'],
			...run('alice', 10),
			['+10', 'alice', '今晚就这样了吧'],
			['+60', 'carol', '秋老师，讲完了是吧'],
			['+20', 'alice', '有问题可以后面交流'],
		]);
		expect(detectTalks(storeOf(day))).toMatchObject([
			{speaker: 'alice', count: 22, firstId: 0, lastId: 22},
		]);
	});

	it('ends the talk when the presenter answers questions more than 90 s later', () => {
		const day = messages([
			...run('alice', 20),
			['+80', 'bob', '重庆有没'],
			['+30', 'alice', '现在只有新加坡和北京'],
			['+60', 'alice', '公司网址'],
		]);
		expect(detectTalks(storeOf(day))).toMatchObject([{count: 20, lastId: 19}]);
	});

	it('splits at three real messages by others, however quick, and joins the parts', () => {
		// The chain breaks at the third question; the talk resumed within minutes is one.
		const day = messages([
			...run('alice', 16),
			['+5', 'bob', 'q1'],
			['+5', 'carol', 'q2'],
			['+5', 'dave', 'q3'],
			...run('alice', 16),
		]);
		expect(detectTalks(storeOf(day))).toEqual([
			expect.objectContaining({count: 32, firstId: 0, lastId: 34}),
		]);
	});

	it('keeps two talks apart after six real messages, a long break or a closing', () => {
		const twoTalks = (between: Row[], firstText = 'part of a talk') =>
			detectTalks(
				storeOf(messages([...run('alice', 16, 10, firstText), ...between, ...run('alice', 16)])),
			);
		const questions = (count: number, step = 5): Row[] =>
			Array.from({length: count}, (_, index) => [`+${step}`, `asker${index}`, `q${index}`]);
		expect(twoTalks(questions(5))).toHaveLength(1);
		expect(twoTalks(questions(6))).toHaveLength(2);
		// Three questions over six minutes: the presenter was gone too long.
		expect(twoTalks(questions(3, 120))).toHaveLength(2);
		const closed = [...run('alice', 15), ['+10', 'alice', '以上就是我的分享'] as const];
		const after = [
			['+10', 'bob', 'q1'],
			['+10', 'carol', 'q2'],
			['+10', 'dave', 'q3'],
		] as const;
		expect(detectTalks(storeOf(messages([...closed, ...after, ...run('alice', 16)])))).toHaveLength(
			2,
		);
		// Unless the presenter says the talk goes on.
		const resumed = [['+10', 'alice', '分享继续：还有一部分'] as const, ...run('alice', 15)];
		expect(detectTalks(storeOf(messages([...closed, ...after, ...resumed])))).toEqual([
			expect.objectContaining({count: 32, firstId: 0, lastId: 34}),
		]);
	});

	it('joins thousands of parts of one long talk, looking at each message a bounded number of times', () => {
		// A talk of 4,000 parts, each broken by three questions: a rescan of the joined talk
		// at each join reads the store millions of times, and a year's file would hang.
		const rows: Row[] = [['08:00:00', 'alice', 'start']];
		for (let part = 0; part < 4000; part++) {
			rows.push(
				...run('alice', 15, 1),
				['+1', 'bob', 'q1'],
				['+1', 'carol', 'q2'],
				['+1', 'dave', 'q3'],
			);
		}
		rows.push(...run('alice', 16, 1));
		const store = storeOf(messages(rows));
		const reads = vi.spyOn(store, 'speakerIdOf');
		const talks = detectTalks(store);
		expect(talks).toEqual([expect.objectContaining({count: 1 + 4000 * 15 + 16, firstId: 0})]);
		expect(reads.mock.calls.length).toBeLessThan(10 * store.length);
	});

	it('lets listeners applaud through a long pause, and never starts a talk at their [强]', () => {
		const day = messages([
			['19:00:00', 'bob', '[强]'],
			...run('alice', 10),
			['+100', 'carol', '签到'],
			['+60', 'alice', 'after typing a long message'],
			...run('alice', 9),
		]);
		expect(detectTalks(storeOf(day))).toEqual([
			expect.objectContaining({speaker: 'alice', count: 20, firstId: 1, lastId: 21}),
		]);
	});

	it('does not see a talk in a two-person argument', () => {
		const rows: Row[] = [];
		for (let index = 0; index < 40; index++) {
			rows.push(['+20', index % 2 === 0 ? 'wood' : 'li', `point ${index}`]);
		}
		expect(detectTalks(storeOf(messages(rows)))).toEqual([]);
	});

	it('does not see a talk where one side writes two thirds of an exchange', () => {
		const rows: Row[] = [];
		for (let index = 0; index < 30; index++) {
			rows.push(['+15', 'wood', `claim ${index}`], ['+15', 'wood', 'again'], ['+15', 'li', 'no']);
		}
		expect(detectTalks(storeOf(messages(rows)))).toEqual([]);
	});

	it('finds a talk that follows an argument the presenter took part in', () => {
		const day = messages([
			['19:00:00', 'alice', 'a'],
			['+10', 'bob', 'b'],
			['+10', 'alice', 'a'],
			['+10', 'bob', 'b'],
			['+10', 'alice', 'a'],
			['+10', 'bob', 'b'],
			...run('alice', 20),
		]);
		// The exchange stays outside: the talk starts with the run.
		expect(detectTalks(storeOf(day))).toMatchObject([{speaker: 'alice', firstId: 6, count: 20}]);
	});

	it('finds two talks back to back, the second from its first message', () => {
		const day = messages([...run('alice', 20), ...run('bob', 20)]);
		expect(detectTalks(storeOf(day))).toMatchObject([
			{speaker: 'alice', firstId: 0, lastId: 19, count: 20},
			{speaker: 'bob', firstId: 20, lastId: 39, count: 20},
		]);
	});

	it('never makes a blank speaker a presenter', () => {
		expect(detectTalks(storeOf(messages(run('', 30))))).toEqual([]);
	});

	it('survives a clock that steps backwards', () => {
		const day = messages(run('alice', 20));
		const stepped = day.map((item, index) =>
			index === 10 ? message(item.id, '00:00:50', 'alice', item.text, 50) : item,
		);
		expect(detectTalks(storeOf(stepped))).toMatchObject([{count: 20}]);
	});

	it('stays linear on 300,000 messages', () => {
		const rows: Row[] = [];
		for (let index = 0; index < 300_000; index++) {
			rows.push(['+1', index % 3 === 0 ? 'a' : `p${index % 7}`, `line ${index}`]);
		}
		expect(detectTalks(storeOf(messages(rows)))).toEqual([]);
	});
});

describe('detectTalks on the samples', () => {
	it('finds exactly the Eric-Silot-SG talk on the reference day', () => {
		expect(detectTalks(sample('2018-08-27-WeChat.md'))).toEqual([
			{
				speaker: 'Eric-Silot-SG',
				start: '19:27:56',
				end: '19:35:22',
				count: 47,
				firstId: 301,
				lastId: 347,
			},
		]);
	});

	it('does not flag the wood-通联-技术 exchange or the afternoon argument', () => {
		const talks = detectTalks(sample('2018-08-27-WeChat.md'));
		expect(talks.some((talk) => talk.speaker.startsWith('wood'))).toBe(false);
		expect(talks.every((talk) => talk.start >= '19:00:00')).toBe(true);
	});

	it('finds one talk by 横烟秋 on devarch-2018-05-03', () => {
		expect(detectTalks(sample('devarch-2018-05-03-chat.markdown'))).toEqual([
			// Its last line is the presenter's `今晚就这样了吧` after a listener's [强].
			{speaker: '横烟秋', start: '19:16:36', end: '19:41:14', count: 31, firstId: 99, lastId: 130},
		]);
	});

	it('finds no talk on the doubled proddev day', () => {
		expect(detectTalks(sample('proddev-2017-12-22-chat.markdown'))).toEqual([]);
	});
});
