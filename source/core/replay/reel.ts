// A reel is the list of steps a presentation replays: messages, and floods folded into one
// step each, every step carrying the clock (Message.seconds) it appeared at.
import type {MessageStore} from '../transcript/message-store.js';
import type {Talk, Transcript} from '../transcript/types.js';

export type ReelStep =
	| {kind: 'message'; id: number; seconds: number}
	| {kind: 'flood'; floodIndex: number; firstId: number; lastId: number; seconds: number};

export type Reel = {
	steps: ReelStep[];
	title: string;
	talkIndex?: number;
	/**
	 * How many messages each step stands for (a flood: its acknowledgements inside the
	 * reel's range), so a replay counts messages as the talk list does, not steps.
	 */
	sizes?: number[];
};

export type ReelSelection =
	| {talk: number}
	| {from: number; to: number; speaker?: string; onlySpeaker?: boolean};

export type Chapter = {
	talkIndex: number;
	speaker: string;
	start: string;
	end: string;
	count: number;
};

/** Every message of a talk, listeners' included: what its replay plays. */
export function talkSize(talk: Talk): number {
	return talk.lastId - talk.firstId + 1;
}

/** The messages each step stands for, counting a flood's ids within `first..last` only. */
function stepSizes(transcript: Transcript, steps: ReelStep[], first: number, last: number) {
	return steps.map((step) => {
		if (step.kind === 'message') return 1;
		const ids = transcript.floods[step.floodIndex]?.ids ?? [];
		return ids.filter((id) => id >= first && id <= last).length;
	});
}

/** `[messages played through step index, messages in the reel]`. */
export function reelProgress(reel: Reel, index: number): [number, number] {
	const sizes = reel.sizes ?? reel.steps.map(() => 1);
	let through = 0;
	let total = 0;
	sizes.forEach((size, i) => {
		total += size;
		if (i <= index) through += size;
	});
	return [through, total];
}

/** Maps each folded acknowledgement id to the index of its flood. */
function floodOfId(transcript: Transcript): Map<number, number> {
	const map = new Map<number, number>();
	transcript.floods.forEach((flood, floodIndex) => {
		for (const id of flood.ids) {
			map.set(id, floodIndex);
		}
	});
	return map;
}

/** Steps for the messages `first..last` (ids, inclusive), each flood folded where it starts. */
function stepsBetween(transcript: Transcript, first: number, last: number): ReelStep[] {
	const folded = floodOfId(transcript);
	const seen = new Set<number>();
	const steps: ReelStep[] = [];
	const from = Math.max(0, first);
	const to = Math.min(transcript.messages.length - 1, last);
	for (let id = from; id <= to; id++) {
		const seconds = transcript.messages.secondsOf(id);
		const floodIndex = folded.get(id);
		const flood = floodIndex === undefined ? undefined : transcript.floods[floodIndex];
		if (floodIndex === undefined || !flood) {
			steps.push({kind: 'message', id, seconds});
		} else if (!seen.has(floodIndex)) {
			seen.add(floodIndex);
			steps.push({
				kind: 'flood',
				floodIndex,
				firstId: flood.firstId,
				lastId: flood.lastId,
				seconds,
			});
		}
	}
	return steps;
}

function span(messages: MessageStore, ids: readonly number[]): string {
	const first = ids[0];
	const last = ids.at(-1);
	return first !== undefined && last !== undefined
		? `${messages.timeOf(first)}–${messages.timeOf(last)}`
		: '';
}

function talkReel(transcript: Transcript, talkIndex: number): Reel {
	const talk = transcript.talks[talkIndex];
	if (!talk) {
		return {steps: [], title: ''};
	}
	const steps = stepsBetween(transcript, talk.firstId, talk.lastId);
	return {
		steps,
		title: `${talk.speaker} · ${talk.start}–${talk.end}`,
		talkIndex,
		sizes: stepSizes(transcript, steps, talk.firstId, talk.lastId),
	};
}

function rangeReel(
	transcript: Transcript,
	selection: {from: number; to: number; speaker?: string; onlySpeaker?: boolean},
): Reel {
	const {messages} = transcript;
	const inRange: number[] = [];
	for (let id = 0; id < messages.length; id++) {
		const seconds = messages.secondsOf(id);
		if (seconds >= selection.from && seconds <= selection.to) inRange.push(id);
	}
	const {speaker} = selection;
	if (speaker === undefined) {
		const first = inRange[0];
		const last = inRange.at(-1);
		const steps =
			first !== undefined && last !== undefined ? stepsBetween(transcript, first, last) : [];
		return {steps, title: span(messages, inRange)};
	}
	const own = inRange.filter((id) => messages.speakerOf(id) === speaker);
	const title = own.length > 0 ? `${speaker} · ${span(messages, own)}` : speaker;
	if (selection.onlySpeaker) {
		// The presenter's own words, unfolded: an acknowledgement they posted stays theirs.
		return {
			steps: own.map((id) => ({kind: 'message', id, seconds: messages.secondsOf(id)})),
			title,
		};
	}
	const first = own[0];
	const last = own.at(-1);
	const steps =
		first !== undefined && last !== undefined ? stepsBetween(transcript, first, last) : [];
	return {steps, title};
}

/** The steps of one talk, or of a clock range (optionally trimmed to one speaker). */
export function buildReel(transcript: Transcript, selection: ReelSelection): Reel {
	return 'talk' in selection
		? talkReel(transcript, selection.talk)
		: rangeReel(transcript, selection);
}

/** One chapter per detected talk, in transcript order. */
export function chapters(transcript: Transcript): Chapter[] {
	return transcript.talks.map((talk, talkIndex) => ({
		talkIndex,
		speaker: talk.speaker,
		start: talk.start,
		end: talk.end,
		count: talk.count,
	}));
}

/** The talk holding the cursor's message, else the longest talk (the earliest on a tie). */
export function defaultTalk(transcript: Transcript, cursorId?: number): number | undefined {
	const {talks} = transcript;
	if (cursorId !== undefined) {
		const containing = talks.findIndex((t) => t.firstId <= cursorId && cursorId <= t.lastId);
		if (containing >= 0) {
			return containing;
		}
	}
	let best: number | undefined;
	talks.forEach((talk, index) => {
		const current = best === undefined ? undefined : talks[best];
		if (!current || talk.count > current.count) {
			best = index;
		}
	});
	return best;
}

/** The message id a step stands for (a flood stands for its first folded message). */
export function stepMessageId(step: ReelStep): number {
	return step.kind === 'message' ? step.id : step.firstId;
}

/** Where a replay of a reel stands: what the presentation's screen is drawn from. */
export type ReelPlayback = {
	reel: Reel;
	index: number;
	playing: boolean;
	speed: number;
	/** Longest pause replayed, in the transcript's seconds (≤ 0: no limit). */
	idleLimit: number;
};
