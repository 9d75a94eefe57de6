import {describe, expect, it} from 'vitest';
import {extendTranscript} from '../../../source/core/transcript/extend-transcript.js';
import {createLiveTranscript} from '../../../source/core/transcript/live-transcript.js';
import {MessageColumns, storeOf, viewOf} from '../../../source/core/transcript/message-store.js';
import {detach, runSize, TextPool} from '../../../source/core/transcript/text-pool.js';
import {createTranscriptBuilder} from '../../../source/core/transcript/transcript-builder.js';
import type {Message} from '../../../source/core/transcript/types.js';
import {message} from '../message-factory.js';

const utf8 = {encoding: 'utf-8', badSequences: 0};

/** `count` messages, one a minute from 10:00, text `m<i>`. */
function many(count: number): Message[] {
	return Array.from({length: count}, (_, i) => {
		const seconds = 36_000 + i * 60;
		const m = message(i, '00:00:00', `s${i % 7}`, `m${i}`, seconds);
		return {...m, time: new Date(seconds * 1000).toISOString().slice(11, 19)};
	});
}

describe('the text pool', () => {
	it('keeps texts across runs, and gives them back after a cut into a closed run', () => {
		const pool = new TextPool();
		const texts = Array.from({length: runSize * 2 + 10}, (_, i) => (i % 5 === 0 ? '' : `t${i}·`));
		for (const text of texts) pool.push(text);
		expect(texts.every((text, i) => pool.text(i) === text)).toBe(true);
		expect(pool.textLength(7)).toBe(texts[7]!.length);
		pool.truncate(runSize + 3);
		expect(pool.length).toBe(runSize + 3);
		pool.push('new');
		expect(pool.text(runSize + 3)).toBe('new');
		expect(pool.text(runSize + 2)).toBe(texts[runSize + 2]);
		for (let i = runSize + 4; i < runSize * 2 + 1; i++) pool.push(`again${i}`);
		expect(pool.text(runSize * 2)).toBe(`again${runSize * 2}`);
		expect(pool.text(5)).toBe(texts[5]);
	});

	it('detaches copies equal to the strings', () => {
		const parts = ['', 'a', '一二三四五六七八九十一二三四五', 'x'.repeat(40)];
		expect(detach(parts)).toEqual(parts);
		expect(detach([])).toEqual([]);
	});
});

describe('a message store', () => {
	it('grows past its first capacity and keeps every field', () => {
		const messages = many(3 * runSize + 17);
		const store = storeOf(messages);
		expect(store.length).toBe(messages.length);
		expect(store.toArray()).toEqual(messages);
		expect(store.columns.line.length).toBeGreaterThanOrEqual(messages.length);
	});

	it('keeps fields that do not follow from the others: odd times, timestamps, raw, url, ack', () => {
		const odd: Message[] = [
			{...message(0, '7:5', 'a', 'x'), seconds: 99, timestamp: 'someday'},
			{...message(1, '10:00:00', 'b', 'y'), raw: '[y](http://u)', url: 'http://u', ack: true},
			{...message(2, '10:00:01', 'c', 'z'), timestamp: '2020-01-01T10:00:01'},
			{...message(3, '10:00:02', 'c', 'w'), timestamp: '2020-01-01T10:00:09'},
			{...message(4, '10:00:03', 'c', 'v'), seconds: 36_003.5},
		];
		expect(storeOf(odd).toArray()).toEqual(odd);
	});

	it('gives the same object for a message asked again, until it changes', () => {
		const columns = new MessageColumns();
		for (const m of many(10)) columns.append(m);
		const store = viewOf(columns);
		const first = store.get(3);
		expect(store.get(3)).toBe(first);
		expect(viewOf(columns).get(3)).toBe(first);
		expect(store.read(4)).toEqual(store.get(4));
		columns.setAcks(3, new Uint8Array([1]));
		const changed = store.get(3);
		expect(changed).not.toBe(first);
		expect(changed?.ack).toBe(true);
		expect(store.get(-1)).toBeUndefined();
		expect(store.get(10)).toBeUndefined();
		expect(store.get(1.5)).toBeUndefined();
		expect(store.at(-1)?.text).toBe('m9');
	});

	it('slices keep the ids of the whole', () => {
		const store = storeOf(many(20));
		const slice = store.slice(5, 8);
		expect(slice.length).toBe(3);
		expect(slice.idOf(0)).toBe(5);
		expect(slice.get(0)?.id).toBe(5);
		expect(slice.textOf(2)).toBe('m7');
		expect([...slice].map((m) => m.id)).toEqual([5, 6, 7]);
	});

	it('snapshots are views of one set of columns, and know what changed since', () => {
		const columns = new MessageColumns();
		for (const m of many(100)) columns.append(m);
		const older = viewOf(columns);
		for (const m of many(120).slice(100)) columns.append(m);
		const newer = viewOf(columns);
		expect(newer.columns).toBe(older.columns);
		expect(older.length).toBe(100);
		expect(older.sharedPrefix(newer)).toBe(100);
		columns.setAcks(90, new Uint8Array([0, 0, 1]));
		expect(older.sharedPrefix(viewOf(columns))).toBe(92);
		// A row rewritten (the message still being written, replaced by the complete one).
		const before = viewOf(columns);
		columns.truncate(110);
		columns.append(many(111)[110]!);
		expect(before.sharedPrefix(viewOf(columns))).toBe(110);
		expect(storeOf(many(5)).sharedPrefix(storeOf(many(5)))).toBe(0);
	});
});

describe('stores behind transcripts', () => {
	const day = (count: number, from = 0) =>
		Array.from(
			{length: count},
			(_, i) =>
				`> 10:${String(Math.floor((from + i) / 60)).padStart(2, '0')}:${String((from + i) % 60).padStart(2, '0')}  s${i % 3}\nmessage ${from + i}\n`,
		).join('');

	it('builder snapshots share the columns instead of copying', () => {
		const builder = createTranscriptBuilder(utf8);
		builder.push(`---\ndate: 2020-01-01\n---\n${day(50)}`);
		const first = builder.snapshot();
		builder.push(day(50, 50));
		builder.end();
		const last = builder.snapshot();
		expect(last.messages.columns).toBe(first.messages.columns);
		expect(first.messages.length).toBe(49);
		expect(last.messages.length).toBe(100);
		expect(first.messages.sharedPrefix(last.messages)).toBe(49);
		expect(last.messages.get(99)?.timestamp).toBe('2020-01-01T10:01:39');
	});

	it('a live chat appends in place; the message being written is replaced when complete', () => {
		const live = createLiveTranscript({});
		live.push(`---\ndate: 2020-01-01\n---\n${day(30)}> 11:00:00  s1\nhalf\n`);
		const before = live.transcript();
		expect(before.messages.get(30)?.text).toBe('half');
		live.push(`a line\n${day(5, 40)}`);
		const after = live.transcript();
		expect(after.messages.columns).toBe(before.messages.columns);
		expect(after.messages.get(30)?.text).toBe('half\na line');
		expect(before.messages.sharedPrefix(after.messages)).toBeLessThanOrEqual(30);
		expect(before.messages.sharedPrefix(after.messages)).toBeGreaterThan(0);
	});

	it('extending with messages from elsewhere copies them after the base', () => {
		const builder = createTranscriptBuilder(utf8);
		builder.push(day(10));
		builder.end();
		const base = builder.snapshot();
		const extended = extendTranscript(base, many(3));
		expect(extended.messages.length).toBe(13);
		expect(extended.messages.get(12)?.text).toBe('m2');
		expect(extended.messages.get(12)?.id).toBe(12);
		expect(base.messages.sharedPrefix(extended.messages)).toBe(10);
	});
});
