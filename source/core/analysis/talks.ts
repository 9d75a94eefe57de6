// Talks: stretches where one member presents, posting many messages while listeners
// mostly listen.

import type {Message, Talk} from '../transcript/types.js';
import {classifyAcks} from './acknowledgements.js';

// Thresholds, checked against the samples:
// - At least 15 messages by the presenter: the reference talk has 47 and 横烟秋's (devarch)
//   30, while wood-通联-技术's longest stretch of the 16:00 exchange holds 8.
// - While nobody else speaks, the presenter may pause up to 5 minutes (typing a long
//   message: 3m42s at 19:18 in devarch).
// - A pause filled by others (the interruption) may last up to 90 s from the presenter's
//   last message to their next one, with at most 2 real messages in it (acknowledgements
//   and reactions are free). The reference talk's first answer comes 110 s after its last
//   message (19:35:22 -> 19:37:12) and devarch's 2m39s after its (19:38:35 -> 19:41:14):
//   both are question time, not the talk.
// - The presenter writes at least 75 % of the stretch's real (non-ack) messages, so two or
//   three members trading short messages (the 16:00-17:50 argument) never form one.
export const talkLimits = {
	minMessages: 15,
	maxSilentGapSeconds: 300,
	maxInterruptedGapSeconds: 90,
	maxRealInterruption: 2,
	minShare: 0.75,
} as const;

type Chain = {
	speaker: string;
	first: number;
	last: number;
	count: number;
	/** Real messages by others already inside the chain. */
	real: number;
	/** Messages by others since the presenter's last one. */
	pending: number;
	pendingReal: number;
};

/**
 * The talks in `messages` (file order), in order. O(n). `acks` may be passed when the caller
 * already has `classifyAcks(messages)`.
 */
export function detectTalks(
	messages: readonly Message[],
	acks: Uint8Array = classifyAcks(messages),
): Talk[] {
	const talks: Talk[] = [];
	let chain: Chain | undefined;
	// The latest run of consecutive messages by one speaker, where a new chain can start.
	let runStart = 0;
	const emit = (): void => {
		if (chain && chain.count >= talkLimits.minMessages) talks.push(toTalk(messages, chain));
		chain = undefined;
	};
	const startAtRun = (index: number): void => {
		const speaker = messages[index]!.speaker;
		chain =
			speaker === ''
				? undefined
				: {
						speaker,
						first: runStart,
						last: index,
						count: index - runStart + 1,
						real: 0,
						pending: 0,
						pendingReal: 0,
					};
	};
	for (let index = 0; index < messages.length; index++) {
		const message = messages[index]!;
		const previous = messages[index - 1];
		if (
			!previous ||
			previous.speaker !== message.speaker ||
			gapSeconds(previous, message) > talkLimits.maxSilentGapSeconds
		) {
			runStart = index;
		}
		if (!chain) {
			startAtRun(index);
			continue;
		}
		if (message.speaker === chain.speaker) {
			if (canResume(chain, messages[chain.last]!, message)) {
				chain.count++;
				chain.real += chain.pendingReal;
				chain.pending = 0;
				chain.pendingReal = 0;
				chain.last = index;
				continue;
			}
			emit();
			startAtRun(index);
			continue;
		}
		chain.pending++;
		if (acks[index] !== 1) chain.pendingReal++;
		if (
			chain.pendingReal > talkLimits.maxRealInterruption ||
			gapSeconds(messages[chain.last]!, message) > talkLimits.maxInterruptedGapSeconds
		) {
			emit();
			startAtRun(index);
		}
	}
	emit();
	return talks;
}

function canResume(chain: Chain, last: Message, message: Message): boolean {
	const limit =
		chain.pending === 0 ? talkLimits.maxSilentGapSeconds : talkLimits.maxInterruptedGapSeconds;
	if (gapSeconds(last, message) > limit) return false;
	const count = chain.count + 1;
	return count / (count + chain.real + chain.pendingReal) >= talkLimits.minShare;
}

/** Seconds between two messages; a clock that runs backwards counts as a gap too. */
function gapSeconds(a: Message, b: Message): number {
	return Math.abs(b.seconds - a.seconds);
}

function toTalk(messages: readonly Message[], chain: Chain): Talk {
	const first = messages[chain.first]!;
	const last = messages[chain.last]!;
	return {
		speaker: chain.speaker,
		start: first.time,
		end: last.time,
		count: chain.count,
		firstId: first.id,
		lastId: last.id,
	};
}
