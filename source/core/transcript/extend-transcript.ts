// Messages appended to a live chat: the transcript grows without analysing the whole day
// again. Acknowledgements, floods and talks are recomputed over a recent window (enough
// for the rules that look back: a 10-minute repeat window, floods bridging 10-minute
// pauses); speaker counts are updated; everything before the window is kept as it was.

import {classifyAcks} from '../analysis/acknowledgements.js';
import {detectFloods} from '../analysis/floods.js';
import {detectTalks} from '../analysis/talks.js';
import {type MessageStore, viewOf} from './message-store.js';
import type {Message, SpeakerStat, Transcript} from './types.js';

/** The window goes back at least this many messages and this many seconds. */
export const windowMessages = 2000;
export const windowSeconds = 900;

/** Where the recomputed window starts: no flood or talk kept from `base` crosses it. */
export function windowStart(base: Transcript, firstNewSeconds: number): number {
	const {messages} = base;
	let start = Math.max(0, messages.length - windowMessages);
	while (start > 0 && messages.secondsOf(start - 1) >= firstNewSeconds - windowSeconds) start--;
	let moved = true;
	while (moved) {
		moved = false;
		for (const span of [...base.floods, ...base.talks]) {
			if (span.firstId < start && span.lastId >= start) {
				start = span.firstId;
				moved = true;
			}
		}
	}
	return start;
}

function countSpeakers(
	speakers: readonly SpeakerStat[],
	added: MessageStore,
	aliases: Record<string, string>,
): SpeakerStat[] {
	const byName = new Map(speakers.map((stat) => [stat.name, {...stat}]));
	for (let position = 0; position < added.length; position++) {
		const speaker = added.speakerOf(position);
		const alias = Object.hasOwn(aliases, speaker) ? aliases[speaker] : undefined;
		const name = typeof alias === 'string' ? alias : speaker;
		const stat = byName.get(name);
		if (stat) stat.count++;
		else byName.set(name, {name, count: 1, aliases: []});
	}
	return [...byName.values()].sort(
		(a, b) => b.count - a.count || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
	);
}

/**
 * `base` with `added` appended (numbered to follow it), in base's columns: when `added`
 * already follows base there (the builder's own rows), nothing is copied. Rows past base's
 * end (the message still being written, shown last time) are replaced. Acknowledgement
 * marks of the window are set again; the view's sharedPrefix tells which messages changed.
 */
export function extendTranscript(
	base: Transcript,
	added: MessageStore | readonly Message[],
): Transcript {
	if (added.length === 0) return base;
	const {columns} = base.messages;
	const offset = base.messages.length;
	const follows =
		!Array.isArray(added) &&
		(added as MessageStore).columns === columns &&
		(added as MessageStore).offset === offset &&
		base.messages.offset === 0;
	if (!follows) {
		columns.truncate(offset);
		if (Array.isArray(added)) {
			for (const message of added as readonly Message[]) columns.append(message);
		} else {
			const from = added as MessageStore;
			for (let p = 0; p < from.length; p++) columns.appendFrom(from.columns, from.idOf(p));
		}
	}
	const start = windowStart(base, columns.seconds[offset]!);
	const length = offset + added.length;
	const acks = classifyAcks(viewOf(columns, length).slice(start));
	columns.setAcks(start, acks);
	const messages = viewOf(columns, length);
	const window = messages.slice(start);
	return {
		...base,
		messages,
		speakers: countSpeakers(base.speakers, messages.slice(offset), base.aliases),
		floods: [...base.floods.filter((flood) => flood.lastId < start), ...detectFloods(window, acks)],
		talks: [...base.talks.filter((talk) => talk.lastId < start), ...detectTalks(window, acks)],
	};
}
