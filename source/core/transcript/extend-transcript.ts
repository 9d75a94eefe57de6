// Messages appended to a live chat: the transcript grows without analysing the whole day
// again. Acknowledgements, floods and talks are recomputed over a recent window (enough
// for the rules that look back: a 10-minute repeat window, floods bridging 10-minute
// pauses); speaker counts are updated; everything before the window is kept as it was.

import {classifyAcks} from '../analysis/acknowledgements.js';
import {detectFloods} from '../analysis/floods.js';
import {detectTalks} from '../analysis/talks.js';
import type {Message, SpeakerStat, Transcript} from './types.js';

/** The window goes back at least this many messages and this many seconds. */
export const windowMessages = 2000;
export const windowSeconds = 900;

/** Where the recomputed window starts: no flood or talk kept from `base` crosses it. */
export function windowStart(base: Transcript, firstNewSeconds: number): number {
	const {messages} = base;
	let start = Math.max(0, messages.length - windowMessages);
	while (start > 0 && messages[start - 1]!.seconds >= firstNewSeconds - windowSeconds) start--;
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
	added: readonly Message[],
	aliases: Record<string, string>,
): SpeakerStat[] {
	const byName = new Map(speakers.map((stat) => [stat.name, {...stat}]));
	for (const message of added) {
		const alias = Object.hasOwn(aliases, message.speaker) ? aliases[message.speaker] : undefined;
		const name = typeof alias === 'string' ? alias : message.speaker;
		const stat = byName.get(name);
		if (stat) stat.count++;
		else byName.set(name, {name, count: 1, aliases: []});
	}
	return [...byName.values()].sort(
		(a, b) => b.count - a.count || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
	);
}

/**
 * `base` with `added` appended (renumbered to follow it). Messages of the window whose
 * acknowledgement mark changed are replaced by copies; the others stay the same objects,
 * so a search can tell which messages are unchanged.
 */
export function extendTranscript(base: Transcript, added: readonly Message[]): Transcript {
	if (added.length === 0) return base;
	const offset = base.messages.length;
	const renumbered = added.map((message, index) =>
		message.id === offset + index ? message : {...message, id: offset + index},
	);
	const messages = base.messages.concat(renumbered);
	const start = windowStart(base, renumbered[0]!.seconds);
	const window = messages.slice(start);
	const acks = classifyAcks(window);
	for (let index = 0; index < window.length; index++) {
		const message = window[index]!;
		const ack = acks[index] === 1;
		if (Boolean(message.ack) === ack) continue;
		const copy: Message = {...message};
		if (ack) copy.ack = true;
		else delete copy.ack;
		messages[start + index] = copy;
		window[index] = copy;
	}
	return {
		...base,
		messages,
		speakers: countSpeakers(base.speakers, added, base.aliases),
		floods: [...base.floods.filter((flood) => flood.lastId < start), ...detectFloods(window, acks)],
		talks: [...base.talks.filter((talk) => talk.lastId < start), ...detectTalks(window, acks)],
	};
}
