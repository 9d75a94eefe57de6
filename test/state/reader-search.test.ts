// Issue #12: search like less, filters that stay, day keys, the results list, link requests
// and the mouse, tested by calling the reducer.
import {copyFileSync, mkdtempSync, readdirSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {afterAll, describe, expect, it} from 'vitest';
import {createSearchIndex, searchSync} from '../../source/core/search/index.js';
import {openHistory} from '../../source/io/open-history.js';
import {cursorMessageId} from '../../source/state/pane-navigation.js';
import {type Action, createReducer} from '../../source/state/reducer.js';
import {rankedHits} from '../../source/state/results-commands.js';
import {readerSearchOptions} from '../../source/state/search-commands.js';
import {initialState, modeOf, type ViewState} from '../../source/state/view-state.js';
import {sample} from '../helpers/sample.js';

const transcript = sample();
const index = createSearchIndex(transcript.messages);
const reducer = createReducer({});
const keys = (...names: string[]): Action => ({type: 'keys', keys: names});
const run = (state: ViewState, ...actions: Action[]) => actions.reduce(reducer, state);
const start = (width = 80, height = 24, sidebar = false) =>
	initialState(transcript, {width, height, sidebar});
const current = (state: ViewState) => state.transcript.messages.get(cursorMessageId(state));
const spelled = (text: string) => [...text].map((c) => (c === ' ' ? 'space' : c));

/** Types `/query` with its result arriving, like the search runner does. */
function typed(state: ViewState, query: string): ViewState {
	const open = run(state, keys('/', ...spelled(query)));
	const result = searchSync(index, query.trim(), readerSearchOptions);
	return run(open, {type: 'search-result', result});
}

const at = (time: string) => run(start(), keys(':', ...spelled(time), 'enter'));

describe('search like less', () => {
	it('Enter goes to the first hit in time order from the top, not the best-ranked one', () => {
		const state = run(typed(start(), 'spring cloud'), keys('enter'));
		expect(current(state)?.time).toBe('19:31:18');
		expect(modeOf(state)).toBe('browse');
	});

	it('from the middle of the day, to the first hit at or after the cursor', () => {
		const state = run(typed(at('19:32'), 'spring cloud'), keys('enter'));
		expect(current(state)?.time).toBe('19:33:08');
	});

	it('n and N go on in time order from there; the notice says only that it wrapped', () => {
		let state = run(typed(start(), 'spring cloud'), keys('enter', 'n'));
		expect(current(state)?.time).toBe('19:33:08');
		expect(state.notice).toBeUndefined();
		state = run(state, keys('n', 'n'));
		expect(current(state)?.time).toBe('19:31:18');
		expect(state.notice?.text).toMatch(/^wrapped/);
		expect(state.notice?.text).not.toMatch(/\d+\/\d+/);
	});

	it('a speaker whose name matches is no hit: /tk never lands on a 签到', () => {
		const state = run(typed(start(), 'tk'), keys('enter'));
		expect(current(state)?.text).not.toBe('签到');
		const result = searchSync(index, 'tk', readerSearchOptions);
		expect(result.hits.map((hit) => transcript.messages.get(hit.id)?.text)).toContain(
			'这叫退钱、退款',
		);
		for (const hit of result.hits) {
			expect(transcript.messages.get(hit.id)?.text).not.toBe('签到');
			expect(hit.textRanges.length).toBeGreaterThan(0);
			expect(hit.speakerRanges).toEqual([]);
		}
	});

	it('@ searches the names', () => {
		const state = run(typed(start(), '@eric'), keys('enter'));
		expect(current(state)?.speaker).toBe('Eric-Silot-SG');
	});

	it('while typing, the pane shows the first hit from where / was pressed', () => {
		const state = typed(at('19:32'), 'spring cloud');
		expect(modeOf(state)).toBe('search');
		expect(current(state)?.time).toBe('19:33:08');
	});

	it('a search with no hits goes back to where it began, and says so', () => {
		const before = at('19:30');
		const typing = typed(before, 'spring cloud');
		expect(current(typing)?.time).not.toBe(current(before)?.time);
		const none = typed(before, 'zzzqqqxxx');
		expect(cursorMessageId(none)).toBe(cursorMessageId(before));
		const entered = run(none, keys('enter'));
		expect(cursorMessageId(entered)).toBe(cursorMessageId(before));
		expect(entered.view).toEqual(before.view);
		expect(entered.notice?.text).toBe('no hits for zzzqqqxxx');
	});

	it('an emptied query goes back to where it began', () => {
		const before = at('19:30');
		const typing = typed(before, 'spring cloud');
		const emptied = run(typing, keys('ctrl-u'));
		expect(cursorMessageId(emptied)).toBe(cursorMessageId(before));
		const backspaced = run(typed(before, 'x'), keys('backspace'));
		expect(cursorMessageId(backspaced)).toBe(cursorMessageId(before));
	});

	it('a bad regular expression is an error notice, and the cursor stays', () => {
		const before = at('19:30');
		const state = run(typed(before, '/spring (/'), keys('enter'));
		expect(cursorMessageId(state)).toBe(cursorMessageId(before));
		expect(state.notice).toMatchObject({kind: 'error'});
		expect(state.notice?.text).toMatch(/^bad regex/);
	});

	it('a hit lands like a : jump, a few lines down the pane, not at the bottom', () => {
		const searched = run(typed(start(), 'spring cloud'), keys('enter'));
		const jumped = at('19:31:18');
		expect(cursorMessageId(searched)).toBe(cursorMessageId(jumped));
		expect(searched.view).toEqual(jumped.view);
		expect(searched.view.cursor - searched.view.top).toBeLessThanOrEqual(6);
	});
});

describe('filters keep what you chose', () => {
	const eric = () => run(start(80, 24, true), keys('s', 'enter', 'tab'));

	it('Enter in the sidebar filters; /, ], }, : and n keep the filter', () => {
		const filtered = eric();
		expect(filtered.filter).toEqual(['Eric-Silot-SG']);
		for (const moves of [['}'], [']'], [':', '1', '9', ':', '3', '0', 'enter'], ['G'], ['[']]) {
			const moved = run(filtered, keys(...moves));
			expect(moved.filter, moves.join('')).toEqual(['Eric-Silot-SG']);
			expect(current(moved)?.speaker, moves.join('')).toBe('Eric-Silot-SG');
		}
		const searched = run(typed(filtered, '退款'), keys('enter'));
		expect(searched.filter).toEqual(['Eric-Silot-SG']);
	});

	it('a search finds only the chosen speakers’ messages', () => {
		const state = run(typed(eric(), 'spring cloud'), keys('enter', 'n', 'n', 'n'));
		expect(state.filter).toEqual(['Eric-Silot-SG']);
		expect(current(state)?.speaker).toBe('Eric-Silot-SG');
		const none = run(typed(eric(), 'ofo'), keys('enter'));
		expect(none.filter).toEqual(['Eric-Silot-SG']);
		expect(none.notice?.text).toBe('no hits for ofo');
	});

	it('] and } at the end say why nothing moved', () => {
		const last = run(start(), keys('G'));
		const hour = run(last, keys(']'));
		expect(cursorMessageId(hour)).toBe(cursorMessageId(last));
		expect(hour.notice?.text).toBe('no later hour');
		expect(run(last, keys('}')).notice?.text).toBe('no later talk or flood');
		expect(run(start(), keys('{')).notice?.text).toBe('no earlier talk or flood');
		expect(run(eric(), keys('G', '}')).notice?.text).toBe(
			'no later talk or flood for the chosen speakers',
		);
	});

	it(':20 means 20:00', () => {
		expect(cursorMessageId(at('20'))).toBe(cursorMessageId(at('20:00')));
		expect(current(at('20'))?.time.slice(0, 2)).toBe('20');
	});

	it('Space chooses several speakers and Enter shows only them; Esc shows everyone', () => {
		const state = run(start(80, 24, true), keys('s', 'space', 'space', 'enter'));
		expect(state.filter).toEqual(['Eric-Silot-SG', 'wood-通联-技术']);
		const speakers = new Set(
			state.pane.items
				.toArray()
				.flatMap((item) =>
					item.kind === 'message' ? [transcript.messages.get(item.id)!.speaker] : [],
				),
		);
		expect(speakers).toEqual(new Set(['Eric-Silot-SG', 'wood-通联-技术']));
		const cleared = run(state, keys('tab', 'escape'));
		expect(cleared.filter).toBeUndefined();
		expect(cleared.sidebar.chosen).toEqual([]);
	});

	it('typing in the sidebar finds a name, by letters or pinyin initials', () => {
		const names = transcript.speakers.map((speaker) => speaker.name);
		let state = run(start(80, 24, true), keys('s', 't', 'o'));
		expect(modeOf(state)).toBe('find');
		expect(names[state.sidebar.selected]).toMatch(/^to/i);
		state = run(state, keys('enter'));
		expect(modeOf(state)).toBe('speakers');
		const pinyin = run(start(80, 24, true), keys('s', '/', 'f', 'h', 'p'));
		expect(names[pinyin.sidebar.selected]).toBe('凤凰牌老熊-群管理');
		const cancelled = run(pinyin, keys('escape'));
		expect(cancelled.sidebar.selected).toBe(0);
		const missing = run(start(80, 24, true), keys('s', 'x', 'q', 'z'));
		expect(missing.notice?.text).toBe('no name matches xqz');
	});
});

describe('days', () => {
	const samples = fileURLToPath(new URL('../../samples', import.meta.url));
	const dir = mkdtempSync(join(tmpdir(), 'chatreel-daykeys-'));
	afterAll(() => rmSync(dir, {recursive: true, force: true}));

	it('a single day says so', () => {
		expect(run(start(), keys('>')).notice?.text).toBe('one day only');
	});

	it('> and < go to the next and previous day of a folder', () => {
		for (const name of readdirSync(samples).filter((n) => /\.(md|markdown)$/.test(n))) {
			copyFileSync(join(samples, name), join(dir, name));
		}
		const history = openHistory(dir);
		const first = initialState(history, {width: 100, height: 30});
		const date = (state: ViewState) =>
			history.messages.get(cursorMessageId(state))?.timestamp?.slice(0, 10);
		const next = reducer(first, keys('>'));
		expect(date(next)).not.toBe(date(first));
		expect(next.notice?.text).toBe(date(next));
		const back = reducer(next, keys('<'));
		expect(date(back)).toBe(date(first));
		expect(reducer(first, keys('<')).notice?.text).toBe('no earlier day');
	});
});

describe('the results list', () => {
	it('Tab in the search box lists the hits best first; typing narrows; Enter jumps', () => {
		const before = at('10:00');
		const list = run(typed(before, 'spring'), keys('tab'));
		expect(modeOf(list)).toBe('results');
		// The search stays applied and the reader where it was.
		expect(cursorMessageId(list)).toBe(cursorMessageId(before));
		const ranked = rankedHits(list, '');
		const scores = ranked.map((hit) => hit.score);
		expect(scores).toEqual([...scores].sort((a, b) => a - b));
		const narrowed = run(list, keys('c', 'l', 'o', 'u', 'd'));
		const overlay = narrowed.overlay;
		expect(overlay).toMatchObject({kind: 'results', input: 'cloud'});
		const left = rankedHits(narrowed, 'cloud');
		expect(left.length).toBe(3);
		const jumped = run(narrowed, keys('down', 'enter'));
		expect(modeOf(jumped)).toBe('browse');
		expect(cursorMessageId(jumped)).toBe(left[1]!.id);
		expect(run(list, keys('ctrl-c')).quit).toBe(true);
	});

	it('L opens it for the applied search, or says there is none', () => {
		expect(run(start(), keys('L')).notice?.text).toBe('no search yet');
		const state = run(typed(start(), '退款'), keys('enter', 'L'));
		expect(modeOf(state)).toBe('results');
		expect(modeOf(run(state, keys('escape')))).toBe('browse');
	});
});

describe('links and messages', () => {
	it('o asks to open the link under the cursor, Y to copy it, y to copy the text', () => {
		const link = transcript.messages.toArray().find((message) => message.kind === 'link')!;
		const state = run(start(), {type: 'jump', id: link.id});
		const open = run(state, keys('o'));
		expect(open.request).toEqual({seq: 1, kind: 'open', url: link.url});
		const copyLink = run(open, keys('Y'));
		expect(copyLink.request).toEqual({seq: 2, kind: 'copy', text: link.url, what: 'link'});
		expect(run(state, keys('y')).request).toMatchObject({kind: 'copy', text: link.text});
	});

	it('a message without a link says so', () => {
		const state = run(start(), keys('j', 'o'));
		expect(state.request).toBeUndefined();
		expect(state.notice?.text).toBe('no link in this message');
	});
});

describe('the mouse', () => {
	it('the wheel scrolls the pane', () => {
		const state = start();
		const down = run(state, {type: 'mouse', event: {kind: 'wheel-down', x: 30, y: 10}});
		expect(down.view.top).toBeGreaterThan(state.view.top);
		const up = run(down, {type: 'mouse', event: {kind: 'wheel-up', x: 30, y: 10}});
		expect(up.view.top).toBe(state.view.top);
	});

	it('a click selects the message on that row, or a speaker in the sidebar', () => {
		const state = start(100, 30, true);
		// Row 2 is the pane's first row: the hour separator; the first message is below it.
		const clicked = run(state, {type: 'mouse', event: {kind: 'click', x: 20, y: 5}});
		expect(clicked.view.cursor).toBeGreaterThan(state.view.cursor);
		const speaker = run(state, {
			type: 'mouse',
			event: {kind: 'click', x: state.layout.paneWidth + 3, y: 2 + 3},
		});
		expect(modeOf(speaker)).toBe('speakers');
		expect(speaker.sidebar.selected).toBe(2);
	});
});
