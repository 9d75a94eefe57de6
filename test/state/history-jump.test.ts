import {copyFileSync, mkdtempSync, readdirSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {afterAll, describe, expect, it} from 'vitest';
import {openHistory} from '../../source/io/open-history.js';
import {cursorMessageId} from '../../source/state/pane-navigation.js';
import {createReducer} from '../../source/state/reducer.js';
import {presentState} from '../../source/state/selectors.js';
import {initialState, modeOf} from '../../source/state/view-state.js';

const reducer = createReducer();

const samples = fileURLToPath(new URL('../../samples', import.meta.url));

const dirs: string[] = [];
afterAll(() => {
	for (const dir of dirs) rmSync(dir, {recursive: true, force: true});
});

function history() {
	const dir = mkdtempSync(join(tmpdir(), 'chatreel-history-'));
	dirs.push(dir);
	for (const name of readdirSync(samples).filter(
		(n) => /\.(md|markdown)$/.test(n) && n !== 'README.md',
	)) {
		copyFileSync(join(samples, name), join(dir, name));
	}
	return openHistory(dir);
}

describe('a history of several days in the reader', () => {
	const transcript = history();

	it(': takes a date and a time', () => {
		const state = initialState(transcript, {width: 100, height: 30, sidebar: false});
		const jumped = reducer(state, {
			type: 'keys',
			keys: [':', ...'2018-08-27', 'space', ...'19:30', 'enter'],
		});
		const message = transcript.messages.get(cursorMessageId(jumped));
		expect(message?.timestamp).toBe('2018-08-27T19:30:08');
	});

	it('dates its hour separators', () => {
		const state = initialState(transcript, {width: 100, height: 30, sidebar: false});
		const labels = state.pane.items
			.toArray()
			.flatMap((item) => (item.kind === 'separator' ? [item.label] : []));
		expect(labels[0]).toMatch(/^2017-12-22 \d\d:00$/);
		expect(labels).toContain('2018-08-27 19:00');
	});
});

describe('several talks', () => {
	const transcript = history();

	it('p lists the talks as chapters; Enter presents the chosen one; ] moves to the next', () => {
		expect(transcript.talks.length).toBeGreaterThanOrEqual(2);
		const state = initialState(transcript, {width: 100, height: 30, sidebar: false});
		const list = reducer(state, {type: 'keys', keys: ['p']});
		expect(modeOf(list)).toBe('chapters');
		const chosen = reducer(list, {type: 'keys', keys: ['k', 'k', 'k']});
		const chapterSelected = chosen.overlay?.kind === 'chapters' ? chosen.overlay.selected : -1;
		expect(chapterSelected).toBe(0);
		const playing = reducer(chosen, {type: 'keys', keys: ['enter']});
		expect(modeOf(playing)).toBe('present');
		const first = transcript.talks[chapterSelected];
		expect(presentState(playing)?.reel.talkIndex).toBe(chapterSelected);
		const next = reducer(playing, {type: 'keys', keys: [']']});
		expect(presentState(next)?.reel.talkIndex).toBe(chapterSelected + 1);
		expect(first?.speaker).toBeDefined();
	});
});
