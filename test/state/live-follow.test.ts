import fs from 'node:fs';
import {describe, expect, it} from 'vitest';
import {HitList} from '../../source/core/search/hit-list.js';
import {buildTranscript} from '../../source/core/transcript/build.js';
import {extendTranscript} from '../../source/core/transcript/extend-transcript.js';
import {createLiveTranscript} from '../../source/core/transcript/live-transcript.js';
import type {Transcript} from '../../source/core/transcript/types.js';
import {atEnd} from '../../source/state/follow.js';
import {cursorMessageId} from '../../source/state/pane-navigation.js';
import {createReducer} from '../../source/state/reducer.js';
import {initialState, type ViewState} from '../../source/state/view-state.js';
import {samplePath} from '../helpers/sample.js';

const reducer = createReducer();
const info = {encoding: 'utf-8', badSequences: 0};
const text = fs.readFileSync(samplePath, 'utf8');
const lines = (count: number, from = 0) =>
	Array.from(
		{length: count},
		(_, i) =>
			`> 23:${String(10 + Math.floor((from + i) / 60)).padStart(2, '0')}:${String((from + i) % 60).padStart(2, '0')}  writer  \n\nline ${from + i}\n\n`,
	).join('');
const base = buildTranscript(text, info);
/** The sample and `count` appended messages, as a live source gives them (earlier ones shared). */
const grown = (count: number): Transcript =>
	extendTranscript(
		base,
		buildTranscript(text + lines(count), info).messages.slice(base.messages.length),
	);

function start(): ViewState {
	const state = initialState(base, {width: 80, height: 24, sidebar: false, live: {watching: true}});
	return reducer(state, {type: 'command', id: 'last', key: 'G'});
}
const grow = (state: ViewState, transcript: Transcript) =>
	reducer(state, {type: 'live', event: {kind: 'grew', transcript}});

describe('following a live chat', () => {
	it('counts no news when a big file read in the background is whole', () => {
		const first = buildTranscript(text.slice(0, text.length / 5), info);
		const state = reducer(
			initialState(first, {width: 80, height: 24, sidebar: false, live: {watching: false}}),
			{type: 'indexing', percent: 20},
		);
		const whole = reducer(state, {type: 'indexed', transcript: base});
		expect(whole.transcript.messages.length).toBe(base.messages.length);
		expect(whole.live?.unseen).toBe(0);
		expect(whole.notice).toBeUndefined();
	});

	it('says when new messages bring problems of the file', () => {
		const bad = `> 25:61:99  someone\n\nlost\n\n${lines(1)}`;
		const live = createLiveTranscript({});
		live.push(text);
		let state = reducer(
			initialState(live.transcript(), {
				width: 80,
				height: 24,
				sidebar: false,
				live: {watching: true},
			}),
			{type: 'command', id: 'last', key: 'G'},
		);
		live.push(bad);
		state = grow(state, live.transcript());
		expect(state.notice?.text).toBe(
			'+1 new message · 1 more problem in this file (--json lists them)',
		);
	});

	it('stays at the end and counts messages, not changes', () => {
		let state = start();
		for (let n = 1; n <= 20; n++) state = grow(state, grown(n));
		expect(cursorMessageId(state)).toBe(base.messages.length + 19);
		expect(atEnd(state)).toBe(true);
		expect(state.notice?.text).toBe('+20 new messages');
		expect(state.live).toEqual({watching: true, unseen: 0, gone: false});
	});

	it('scrolled up, keeps its place and counts what came; G catches up', () => {
		let state = reducer(start(), {type: 'keys', keys: ['k', 'k', 'k']});
		const place = cursorMessageId(state);
		const top = state.view.top;
		for (let n = 1; n <= 50; n++) state = grow(state, grown(n));
		expect(cursorMessageId(state)).toBe(place);
		expect(state.view.top).toBe(top);
		expect(state.live?.unseen).toBe(50);
		state = reducer(state, {type: 'keys', keys: ['G']});
		expect(cursorMessageId(state)).toBe(base.messages.length + 49);
		expect(state.live?.unseen).toBe(0);
	});

	it('F stops and starts following', () => {
		const stopped = reducer(start(), {type: 'keys', keys: ['F']});
		expect(stopped.live?.watching).toBe(false);
		expect(stopped.notice?.text).toMatch(/stopped following/);
		expect(reducer(stopped, {type: 'keys', keys: ['F']}).live?.watching).toBe(true);
		const none = initialState(base, {width: 80, height: 24});
		expect(reducer(none, {type: 'keys', keys: ['F']}).notice?.text).toMatch(/nothing to follow/);
	});

	it('tells truncation, rotation and deletion apart, and keeps the content when deleted', () => {
		const state = start();
		const shorter = buildTranscript('> 10:00:00  a  \n\nhi\n', info);
		const cut = reducer(state, {
			type: 'live',
			event: {kind: 'reset', transcript: shorter, why: 'truncated'},
		});
		expect(cut.notice?.text).toMatch(/truncated/);
		expect(cut.transcript.messages).toHaveLength(1);
		const rotated = reducer(state, {
			type: 'live',
			event: {kind: 'reset', transcript: shorter, why: 'replaced'},
		});
		expect(rotated.notice?.text).toMatch(/replaced \(rotated\)/);
		const gone = reducer(state, {type: 'live', event: {kind: 'gone'}});
		expect(gone.notice?.text).toMatch(/deleted/);
		expect(gone.transcript).toBe(state.transcript);
		expect(gone.live?.gone).toBe(true);
		const back = reducer(gone, {
			type: 'live',
			event: {kind: 'reset', transcript: shorter, why: 'recreated'},
		});
		expect(back.live?.gone).toBe(false);
		expect(back.notice?.text).toMatch(/back/);
	});

	it('an open search keeps its hits and gains those of new messages', () => {
		let state = reducer(start(), {type: 'keys', keys: ['/', 'x']});
		const old = {id: 3, score: 0.1, textRanges: [], speakerRanges: []};
		state = reducer(state, {
			type: 'search-result',
			result: {query: 'x', hits: HitList.of([old]), best: 0},
		});
		state = grow(state, grown(2));
		const fresh = {id: base.messages.length + 1, score: 0.05, textRanges: [], speakerRanges: []};
		state = reducer(state, {
			type: 'search-append',
			query: 'x',
			from: base.messages.length,
			hits: HitList.of([fresh]),
		});
		const result = state.search.phase === 'closed' ? undefined : state.search.result;
		expect(result?.hits.map((hit) => hit.id)).toEqual([3, base.messages.length + 1]);
		expect(result?.best).toBe(1);
	});

	it('a followed doubled day shows each message once, at the end, under one name', () => {
		const doubled = fs.readFileSync(
			new URL('../../samples/proddev-2017-12-22-chat.markdown', import.meta.url),
			'utf8',
		);
		const live = createLiveTranscript({});
		const third = Math.floor(doubled.length / 3);
		live.push(doubled.slice(0, third));
		let state = reducer(
			initialState(live.transcript(), {width: 80, height: 24, live: {watching: true}}),
			{type: 'command', id: 'last', key: 'G'},
		);
		for (const [from, to] of [
			[third, third * 2 + 7],
			[third * 2 + 7, doubled.length],
		] as const) {
			live.push(doubled.slice(from, to));
			state = grow(state, live.transcript());
			expect(atEnd(state)).toBe(true);
		}
		live.end();
		state = grow(state, live.transcript());
		const fresh = buildTranscript(doubled, info);
		expect(state.transcript.messages.length).toBe(fresh.messages.length);
		expect(state.transcript.messages.toArray().some((m) => m.speaker === '绅士@Tim')).toBe(false);
		expect(cursorMessageId(state)).toBe(fresh.messages.length - 1);
	});
});
