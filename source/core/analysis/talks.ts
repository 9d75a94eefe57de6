// Talks: stretches where one member presents, posting many messages while listeners
// mostly listen.

import type {MessageStore} from '../transcript/message-store.js';
import type {Talk} from '../transcript/types.js';
import {classifyAcks} from './acknowledgements.js';
import {
	announcementCue,
	closingCue,
	endingCue,
	openingCue,
	questionCue,
	resumingCue,
} from './talk-cues.js';

// A talk is found in two steps. First, chains: stretches where one member keeps posting while
// others mostly listen. Then each chain of at least `minCandidate` messages is scored on what
// real talks carry (length, long messages, opening and closing words, a host's announcement,
// images) against what discussions carry (short lines, questions, others answering). The
// values were checked against the three samples and the 27 labelled real days in
// test/fixtures/real-days (README there):
export const talkLimits = {
	// Chains shorter than this are never talks: the shortest labelled talk is 6 long
	// messages (prodarch 2018-02-24, 洋芋).
	minCandidate: 4,
	// A chain this long and unopposed reads as a talk on its own (the old rule: the
	// sample's talk has 47, 横烟秋's 30, the longest stretch of an argument 8 to 13).
	longChain: 15,
	// Shorter chains need this much text (洋芋's six messages hold 829 characters; long
	// anecdotes of 6 to 11 messages hold 200 to 320).
	minShortChars: 600,
	// While nobody else speaks (acknowledgements aside), the presenter may pause up to 10
	// minutes: preparing a diagram between two parts (prodarch 2018-06-05, 5m14s; a talk
	// with a 7-minute silence), typing a long message (3m42s in devarch).
	maxSilentGapSeconds: 600,
	// A pause filled by others (the interruption) may last up to 90 s from the presenter's
	// last message to their next one, with at most 2 real messages in it. The reference
	// talk's first answer comes 110 s after its last message and devarch's 2m39s after its:
	// both are question time, not the talk.
	maxInterruptedGapSeconds: 90,
	maxRealInterruption: 2,
	// The presenter writes at least 75 % of the stretch's real (non-ack) messages, so two or
	// three members trading short messages (the sample's 16:00-17:50 argument) never form one.
	minShare: 0.75,
	// A talk broken by a question or an aside (an argument about a phone update, two or three
	// questions the presenter answers) is one talk when the presenter is back within 5
	// minutes and others said at most 5 real messages meanwhile (proddev 2017-07-19, 李伟锋:
	// 3 messages asking not to interrupt; 2017-07-26, 梁夏: 2 about a phone).
	maxResumeGapSeconds: 300,
	maxResumeInterruption: 5,
	// Score needed (see scoreChain).
	minScore: 3,
} as const;

type Chain = {
	speaker: string;
	/** The presenter's name id (messages.speakerIdOf), for cheap comparisons. */
	speakerId: number;
	first: number;
	last: number;
	count: number;
	/** Real messages by others already inside the chain. */
	real: number;
	/** Messages by others since the presenter's last one. */
	pending: number;
	pendingReal: number;
	/** The presenter said the talk is over (`以上就是我的分享`): whoever speaks next ends it. */
	closed: boolean;
};

/**
 * The talks in `messages` (file order), in order. O(n). `acks` may be passed when the caller
 * already has `classifyAcks(messages)`.
 */
export function detectTalks(
	messages: MessageStore,
	acks: Uint8Array = classifyAcks(messages),
): Talk[] {
	const parts: Chain[] = [];
	let chain: Chain | undefined;
	// The latest run of consecutive messages by one speaker, where a new chain can start.
	let runStart = 0;
	const announcements = announcementTimes(messages);
	const emit = (): void => {
		if (chain && chain.count >= talkLimits.minCandidate) {
			const score = scoreChain(messages, acks, chain, announcements);
			if (score >= talkLimits.minScore) addPart(messages, acks, parts, chain);
		}
		chain = undefined;
	};
	const startAtRun = (index: number): void => {
		const speaker = messages.speakerOf(index);
		// A listener's `[强]` starts nothing: the presenter's next message does.
		chain =
			speaker === '' || acks[index] === 1
				? undefined
				: {
						speaker,
						speakerId: messages.speakerIdOf(index),
						first: runStart,
						last: index,
						count: index - runStart + 1,
						real: 0,
						pending: 0,
						pendingReal: 0,
						closed: false,
					};
	};
	const gap = (from: number, to: number): number => gapSeconds(messages, from, to);
	for (let index = 0; index < messages.length; index++) {
		const speaker = messages.speakerIdOf(index);
		if (
			index === 0 ||
			messages.speakerIdOf(index - 1) !== speaker ||
			gap(index - 1, index) > talkLimits.maxSilentGapSeconds
		) {
			runStart = index;
		}
		if (!chain) {
			startAtRun(index);
			continue;
		}
		if (speaker === chain.speakerId) {
			if (canResume(chain, gap(chain.last, index))) {
				chain.count++;
				chain.real += chain.pendingReal;
				chain.pending = 0;
				chain.pendingReal = 0;
				chain.last = index;
				chain.closed = endingCue.test(messages.textOf(index).slice(-200));
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
			gap(chain.last, index) > interruptionLimit(chain)
		) {
			emit();
			startAtRun(index);
		}
	}
	emit();
	return parts.map((part) => toTalk(messages, part));
}

/**
 * Adds a talk's chain to `parts`, or joins it to the previous one when it is the same talk
 * resumed: the same presenter, back within a few minutes after a question or an aside, and
 * not after saying the talk was over (unless resuming in so many words, `分享继续`).
 */
function addPart(messages: MessageStore, acks: Uint8Array, parts: Chain[], chain: Chain): void {
	const previous = parts.at(-1);
	if (
		!previous ||
		previous.speakerId !== chain.speakerId ||
		(previous.closed && !resumingCue.test(messages.textOf(chain.first).slice(0, 40))) ||
		gapSeconds(messages, previous.last, chain.first) > talkLimits.maxResumeGapSeconds
	) {
		parts.push({...chain});
		return;
	}
	// The messages between the two parts, each looked at once however many parts join.
	let real = 0;
	let own = 0;
	for (let index = previous.last + 1; index < chain.first; index++) {
		if (messages.speakerIdOf(index) === chain.speakerId) own++;
		else if (acks[index] !== 1) real++;
	}
	if (real > talkLimits.maxResumeInterruption) {
		parts.push({...chain});
		return;
	}
	previous.last = chain.last;
	previous.closed = chain.closed;
	previous.count += own + chain.count;
}

/** How long the presenter may be away: listeners' acknowledgements are silence. */
function interruptionLimit(chain: Chain): number {
	return chain.pendingReal === 0
		? talkLimits.maxSilentGapSeconds
		: talkLimits.maxInterruptedGapSeconds;
}

function canResume(chain: Chain, gap: number): boolean {
	if (chain.closed && chain.pending > 0) return false;
	if (gap > interruptionLimit(chain)) return false;
	const count = chain.count + 1;
	return count / (count + chain.real + chain.pendingReal) >= talkLimits.minShare;
}

/** Seconds between two messages; a clock that runs backwards counts as a gap too. */
function gapSeconds(messages: MessageStore, from: number, to: number): number {
	return Math.abs(messages.secondsOf(to) - messages.secondsOf(from));
}

function toTalk(messages: MessageStore, chain: Chain): Talk {
	return {
		speaker: chain.speaker,
		start: messages.timeOf(chain.first),
		end: messages.timeOf(chain.last),
		count: chain.count,
		firstId: messages.idOf(chain.first),
		lastId: messages.idOf(chain.last),
	};
}

/** Seconds of the day's messages that announce a talk, in order. */
function announcementTimes(messages: MessageStore): number[] {
	const times: number[] = [];
	for (let index = 0; index < messages.length; index++) {
		if (messages.textLengthOf(index) > 2000) continue;
		if (announcementCue.test(messages.textOf(index))) times.push(messages.secondsOf(index));
	}
	return times;
}

/** An announcement this long before the talk counts (hosts announce at noon for 19:30). */
const announcementReachSeconds = 8 * 3600;

/**
 * How much a chain looks like a talk. Long, unopposed chains score 3 on length alone; long
 * messages, opening and closing words, an announcement and images add to it; short lines,
 * questions and others answering take away.
 */
function scoreChain(
	messages: MessageStore,
	acks: Uint8Array,
	chain: Chain,
	announcements: readonly number[],
): number {
	const own: number[] = [];
	let interruptions = 0;
	for (let index = chain.first; index <= chain.last; index++) {
		if (messages.speakerIdOf(index) === chain.speakerId) own.push(index);
		else if (acks[index] !== 1) interruptions++;
	}
	const texts = own.filter((index) => {
		const kind = messages.kindOf(index);
		return kind !== 'image' && kind !== 'media';
	});
	const chars = texts.reduce((sum, index) => sum + messages.textLengthOf(index), 0);
	const average = chars / Math.max(1, texts.length);
	if (own.length < talkLimits.longChain && chars < talkLimits.minShortChars) return 0;
	const questions = texts.filter((index) => questionCue.test(messages.textOf(index))).length;
	const images = own.length - texts.length;
	const head = own.slice(0, 3).map((index) => messages.textOf(index).slice(0, 400));
	const tail = own.slice(-3).map((index) => messages.textOf(index).slice(-400));
	const start = messages.secondsOf(chain.first);
	let score = 0;
	if (own.length >= talkLimits.longChain) score += 3;
	if (own.length >= 30) score += 1;
	if (chars >= 800) score += 1;
	if (chars >= 2000) score += 1;
	if (average >= 40) score += 1;
	if (head.some((text) => openingCue.test(text))) score += 2;
	if (tail.some((text) => closingCue.test(text))) score += 2;
	if (announcements.some((time) => time <= start && start - time <= announcementReachSeconds)) {
		score += 1;
	}
	if (images >= 3) score += 1;
	// What discussions look like: short lines, questions, others answering.
	if (average < 12) score -= 2;
	if (questions / Math.max(1, texts.length) >= 0.3) score -= 2;
	if (interruptions / own.length > 0.15) score -= 2;
	return score;
}
