import fs from 'node:fs';
import {describe, expect, it} from 'vitest';
import {buildTranscript} from '../../source/core/transcript/build.js';
import {cursorMessageId} from '../../source/state/pane-navigation.js';
import {createReducer} from '../../source/state/reducer.js';
import {initialState} from '../../source/state/view-state.js';
import {samplePath} from '../helpers/sample.js';

const reducer = createReducer();
const text = fs.readFileSync(samplePath, 'utf8');
const info = {encoding: 'utf-8', badSequences: 0};
const before = buildTranscript(text, info);
const after = buildTranscript(
	`${text}> 23:59:00  newbie  \n\nhello live world\n\n> 23:59:30  newbie  \n\nsecond\n\n`,
	info,
);

function start() {
	return initialState(before, {width: 80, height: 24, sidebar: false});
}

describe('following a growing transcript', () => {
	it('keeps the message under the cursor when the reader is not at the end', () => {
		const state = reducer(start(), {type: 'keys', keys: ['j', 'j', 'j']});
		const grown = reducer(state, {type: 'transcript', transcript: after});
		expect(grown.transcript.messages).toHaveLength(443);
		expect(cursorMessageId(grown)).toBe(3);
		expect(grown.notice?.text).toBe('+2 new messages');
	});

	it('follows the end when the reader was at the end, like tail -f', () => {
		const state = reducer(start(), {type: 'keys', keys: ['G']});
		const grown = reducer(state, {type: 'transcript', transcript: after});
		expect(cursorMessageId(grown)).toBe(442);
		expect(grown.transcript.messages.get(442)?.text).toBe('second');
	});

	it('keeps floods folded as they were', () => {
		const unfolded = reducer(start(), {type: 'keys', keys: ['c']});
		expect(reducer(unfolded, {type: 'transcript', transcript: after}).folded.size).toBe(0);
		const folded = reducer(start(), {type: 'transcript', transcript: after});
		expect(folded.folded.size).toBe(after.floods.length);
	});

	it('drops bookmarks past the end of a file that was replaced by a shorter one', () => {
		const marked = reducer(start(), {type: 'keys', keys: ['G', 'm']});
		const shorter = buildTranscript('> 10:00:00  a  \n\nhi\n', info);
		const replaced = reducer(marked, {type: 'transcript', transcript: shorter});
		expect(replaced.bookmarks).toEqual([]);
		expect(cursorMessageId(replaced)).toBe(0);
	});
});
