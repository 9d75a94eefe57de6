// Issue #10: every acknowledgement is folded or muted, and one key hides them all.
import {describe, expect, it} from 'vitest';
import {buildPane, floodMembership} from '../../source/layout/pane-items.js';
import {cursorMessageId} from '../../source/state/pane-navigation.js';
import {createReducer} from '../../source/state/reducer.js';
import {initialState} from '../../source/state/view-state.js';
import {messageRows} from '../../source/ui/MessageRows.js';
import {sample} from '../helpers/sample.js';

const transcript = sample();
const reducer = createReducer({});
const acks = transcript.messages.toArray().filter((message) => message.ack);

describe('acknowledgements in the reader', () => {
	it('marks the sample’s sign-ins as acknowledgements, and its talk as none', () => {
		expect(acks.length).toBeGreaterThanOrEqual(126);
		const talk = transcript.talks[0]!;
		const inTalk = transcript.messages.slice(talk.firstId, talk.lastId + 1);
		expect(
			inTalk.toArray().filter((message) => message.speaker === talk.speaker && message.ack),
		).toEqual([]);
	});

	it('mutes an acknowledgement that no flood folds', () => {
		const membership = floodMembership(transcript);
		const loose = acks.find((message) => (membership[message.id] ?? -1) < 0);
		expect(loose, 'the sample has an acknowledgement outside every flood').toBeDefined();
		const state = initialState(transcript, {width: 100, height: 30});
		const options = {
			selected: false,
			bookmarked: false,
			ranges: [],
			speakerRanges: [],
			spotlight: false,
		};
		const context = {layout: state.layout, maxLines: 10, hyperlinks: false};
		const body = (id: number) =>
			messageRows(transcript.messages.get(id)!, context, options)[0]!
				.slice(4)
				.map((segment) => segment.role);
		expect(body(loose!.id)).toEqual(['dim']);
		const talk = transcript.talks[0]!;
		expect(body(talk.firstId)).toEqual(['text']);
	});

	it('hides every acknowledgement, floods included, and shows them again', () => {
		const pane = buildPane(transcript, {folded: new Set(), hideAcks: true});
		const shown = pane.items
			.toArray()
			.flatMap((item) => (item.kind === 'message' ? [item.id] : []));
		expect(pane.items.toArray().some((item) => item.kind === 'flood')).toBe(false);
		expect(shown.some((id) => transcript.messages.get(id)?.ack)).toBe(false);
		expect(shown.length).toBe(transcript.messages.length - acks.length);
	});

	it('toggles with a, keeps the cursor on the same message, and says what it did', () => {
		let state = initialState(transcript, {width: 100, height: 30});
		state = reducer(state, {type: 'keys', keys: [':', ...'19:30', 'enter']});
		const before = cursorMessageId(state);
		expect(transcript.messages.get(before)?.ack).toBeUndefined();
		const hidden = reducer(state, {type: 'keys', keys: ['a']});
		expect(hidden.hideAcks).toBe(true);
		expect(cursorMessageId(hidden)).toBe(before);
		expect(hidden.notice?.text).toBe(`${acks.length} acknowledgements hidden`);
		const shown = reducer(hidden, {type: 'keys', keys: ['a']});
		expect(shown.hideAcks).toBe(false);
		expect(shown.pane.items.length).toBe(state.pane.items.length);
		expect(shown.notice?.text).toBe('acknowledgements shown');
	});
});
