// Sign-in floods: stretches of the day where members post the same acknowledgement.

import type {Flood, FloodToken, Message} from '../transcript/types.js';
import {classifyAcks} from './acknowledgements.js';

// Thresholds, checked against samples/2018-08-27-WeChat.md:
// - Consecutive acks at most 5 minutes apart: the evening sign-in (18:33-19:24) trickles
//   in with pauses of up to 3m11s (19:20:28 -> 19:23:39).
// - At most 3 real messages between two acks: the morning roll call carries a 3-message
//   exchange (09:00:03-09:01:04) between two `收到`/`签到`; the 11 messages of chatter
//   after 09:16 end it.
// - Acks stay at least half of the stretch, so a discussion sprinkled with `[强]` is no flood.
// - At least 5 acks by at least 3 people: a host's own `签到` or two friends' `+1` are not a
//   flood, while the 23:24 applause (`[强][强][强]` by 5 members) is a small one.
export const floodLimits = {
	maxAckGapSeconds: 300,
	maxRealBetween: 3,
	minAckShare: 0.5,
	minAcks: 5,
	minPeople: 3,
} as const;

type Open = {ids: number[]; real: number; pendingReal: number; lastSeconds: number};

/**
 * Runs of acknowledgements in `messages` (file order), in order. O(n). `acks` may be passed
 * when the caller already has `classifyAcks(messages)`.
 */
export function detectFloods(
	messages: readonly Message[],
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
		const message = messages[index]!;
		if (acks[index] !== 1) {
			if (open && ++open.pendingReal > floodLimits.maxRealBetween) close();
			continue;
		}
		if (open) {
			const gap = Math.abs(message.seconds - open.lastSeconds);
			const total = open.ids.length + 1 + open.real + open.pendingReal;
			if (
				gap <= floodLimits.maxAckGapSeconds &&
				(open.ids.length + 1) / total >= floodLimits.minAckShare
			) {
				open.ids.push(index);
				open.real += open.pendingReal;
				open.pendingReal = 0;
				open.lastSeconds = message.seconds;
				continue;
			}
			close();
		}
		open = {ids: [index], real: 0, pendingReal: 0, lastSeconds: message.seconds};
	}
	close();
	return floods;
}

function toFlood(messages: readonly Message[], indexes: number[]): Flood | undefined {
	if (indexes.length < floodLimits.minAcks) return undefined;
	const people = new Set<string>();
	const counts = new Map<string, number>();
	for (const index of indexes) {
		const message = messages[index]!;
		people.add(message.speaker);
		const token = tokenOf(message.text);
		counts.set(token, (counts.get(token) ?? 0) + 1);
	}
	if (people.size < floodLimits.minPeople) return undefined;
	const first = messages[indexes[0]!]!;
	const last = messages[indexes[indexes.length - 1]!]!;
	return {
		start: first.time,
		end: last.time,
		count: indexes.length,
		firstId: first.id,
		lastId: last.id,
		ids: indexes.map((index) => messages[index]!.id),
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
