// Sign-in floods: stretches of the day where members post the same acknowledgement.

import type {MessageStore} from '../transcript/message-store.js';
import type {Flood, FloodToken} from '../transcript/types.js';
import {classifyAcks} from './acknowledgements.js';

// Thresholds, checked against the reference sample and the 27 hand-labelled real days in
// test/fixtures/real-days (see its README):
// - Consecutive acks at most 10 minutes apart: after an afternoon announcement `签到` trickles
//   in bursts with pauses of 5 to 10 minutes (prodarch 2018-02-24, 2018-04-18); the sample's
//   evening sign-in pauses 3m11s at most. Longer pauses start a new flood.
// - At most 3 real messages between two acks: the morning roll call carries a 3-message
//   exchange (09:00:03-09:01:04) between two `收到`/`签到`; the 11 messages of chatter
//   after 09:16 end it.
// - Acks stay at least half of the stretch, so a discussion sprinkled with `[强]` is no flood.
// - At least 4 acks by at least 3 people: a host's own `签到` or two friends' `+1` are not a
//   flood, while four `签到` trickling in over ten minutes are (prodarch 2018-03-30 19:48,
//   the sample's 09:41 `[强]`/`签到`/`收到`/`期待`). Smaller runs are shown muted in the
//   reader, like every acknowledgement outside a fold.
export const floodLimits = {
	maxAckGapSeconds: 600,
	maxRealBetween: 3,
	minAckShare: 0.5,
	minAcks: 4,
	minPeople: 3,
} as const;

type Open = {ids: number[]; real: number; pendingReal: number; lastSeconds: number};

/**
 * Runs of acknowledgements in `messages` (file order), in order. O(n). `acks` may be passed
 * when the caller already has `classifyAcks(messages)`.
 */
export function detectFloods(
	messages: MessageStore,
	acks: Uint8Array = classifyAcks(messages),
): Flood[] {
	const floods: Flood[] = [];
	let open: Open | undefined;
	const close = (): void => {
		if (open) {
			const flood = toFlood(messages, open.ids);
			if (flood) floods.push(flood);
		}
		open = undefined;
	};
	for (let index = 0; index < messages.length; index++) {
		if (acks[index] !== 1) {
			if (open && ++open.pendingReal > floodLimits.maxRealBetween) close();
			continue;
		}
		const seconds = messages.secondsOf(index);
		if (open) {
			const gap = Math.abs(seconds - open.lastSeconds);
			const total = open.ids.length + 1 + open.real + open.pendingReal;
			if (
				gap <= floodLimits.maxAckGapSeconds &&
				(open.ids.length + 1) / total >= floodLimits.minAckShare
			) {
				open.ids.push(index);
				open.real += open.pendingReal;
				open.pendingReal = 0;
				open.lastSeconds = seconds;
				continue;
			}
			close();
		}
		open = {ids: [index], real: 0, pendingReal: 0, lastSeconds: seconds};
	}
	close();
	return floods;
}

function toFlood(messages: MessageStore, indexes: number[]): Flood | undefined {
	if (indexes.length < floodLimits.minAcks) return undefined;
	const people = new Set<string>();
	const counts = new Map<string, number>();
	for (const index of indexes) {
		people.add(messages.speakerOf(index));
		const token = tokenOf(messages.textOf(index));
		counts.set(token, (counts.get(token) ?? 0) + 1);
	}
	if (people.size < floodLimits.minPeople) return undefined;
	const first = indexes[0]!;
	const last = indexes[indexes.length - 1]!;
	return {
		start: messages.timeOf(first),
		end: messages.timeOf(last),
		count: indexes.length,
		firstId: messages.idOf(first),
		lastId: messages.idOf(last),
		ids: indexes.map((index) => messages.idOf(index)),
		tokens: sortTokens(counts),
		people: people.size,
	};
}

/** The text as members typed it, with runs of spaces folded. */
function tokenOf(text: string): string {
	return text.trim().replace(/\s+/gu, ' ');
}

function sortTokens(counts: Map<string, number>): FloodToken[] {
	return [...counts]
		.map(([token, count]) => ({token, count}))
		.sort((a, b) => b.count - a.count || (a.token < b.token ? -1 : a.token > b.token ? 1 : 0));
}
