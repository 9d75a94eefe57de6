// Which messages the plain follower prints next. It reads the whole file on each change, and
// on a doubled day the folding of what it printed changes as the day grows (the copy under a
// member's other name comes after it, or the second name becomes known later): a printed
// message is never printed again, nor a copy of it, and a folded copy is no rewritten file.

import type {MessageStore} from '../core/transcript/message-store.js';
import type {Transcript} from '../core/transcript/types.js';

type Printed = {
	line: number;
	seconds: number;
	raw: string;
	/** The name it was printed under, and the header's name. */
	speaker: string;
	rawSpeaker: string;
	/** Header names whose copy of it was skipped. */
	absorbed: string[];
};

export type FollowProgress = {
	/** The last source line looked at: what follows it is new. */
	line: number;
	/** The messages printed in the second of the last one (their copies may still come). */
	second: Printed[];
};

export const noProgress: FollowProgress = {line: -1, second: []};

const printedAt = (messages: MessageStore, i: number): Printed => ({
	line: messages.lineOf(i),
	seconds: messages.secondsOf(i),
	raw: messages.rawOf(i),
	speaker: messages.speakerOf(i),
	rawSpeaker: messages.rawSpeakerOf(i),
	absorbed: [],
});

/** The first message after source line `line` (messages are in line order). */
function after(messages: MessageStore, line: number): number {
	let low = 0;
	let high = messages.length;
	while (low < high) {
		const middle = (low + high) >>> 1;
		if (messages.lineOf(middle) <= line) low = middle + 1;
		else high = middle;
	}
	return low;
}

const sameMessage = (messages: MessageStore, i: number, p: Printed): boolean =>
	messages.secondsOf(i) === p.seconds &&
	messages.rawOf(i) === p.raw &&
	messages.rawSpeakerOf(i) === p.rawSpeaker;

/**
 * Whether what was printed still reads the same in `transcript`: the last printed message is
 * there at its line, or was folded into a copy in its second. Otherwise the file was
 * rewritten.
 */
export function stillStands(progress: FollowProgress, transcript: Transcript): boolean {
	const last = progress.second.at(-1);
	if (!last) return true;
	const {messages} = transcript;
	const at = after(messages, last.line - 1);
	if (at < messages.length && messages.lineOf(at) === last.line) {
		return sameMessage(messages, at, last);
	}
	for (let i = at - 1; i >= 0 && messages.secondsOf(i) === last.seconds; i--) {
		if (messages.rawOf(i) === last.raw) return true;
	}
	for (let i = at; i < messages.length && messages.secondsOf(i) === last.seconds; i++) {
		if (messages.rawOf(i) === last.raw) return true;
	}
	return false;
}

/** Printed messages of one second remembered; a hostile file may hold any number. */
const SECOND_LIMIT = 64;

/** The ids to print among the first `end` messages of `transcript`, and the progress after. */
export function nextToPrint(
	progress: FollowProgress,
	transcript: Transcript,
	end: number,
): {ids: number[]; progress: FollowProgress} {
	const {messages, aliases} = transcript;
	const canonical = (name: string): string =>
		Object.hasOwn(aliases, name) ? (aliases[name] as string) : name;
	const ids: number[] = [];
	let {line, second} = progress;
	second = second.map((p) => ({...p, absorbed: [...p.absorbed]}));
	// Printed in the current second, read only when another message of that second comes.
	let unread: number[] = [];
	const read = () => {
		for (const i of unread) second.push(printedAt(messages, i));
		unread = [];
		if (second.length > SECOND_LIMIT) second = second.slice(-SECOND_LIMIT);
	};
	for (let i = after(messages, line); i < end; i++) {
		line = messages.lineOf(i);
		const seconds = messages.secondsOf(i);
		const current = second[0]?.seconds ?? (unread.length > 0 ? messages.secondsOf(unread[0]!) : -1);
		if (current === seconds) {
			read();
			const raw = messages.rawOf(i);
			const name = messages.rawSpeakerOf(i);
			const member = messages.speakerOf(i);
			const original = second.find(
				(p) =>
					p.raw === raw &&
					p.rawSpeaker !== name &&
					!p.absorbed.includes(name) &&
					canonical(p.speaker) === member,
			);
			if (original) {
				original.absorbed.push(name);
				continue;
			}
		} else {
			second = [];
			unread = [];
		}
		ids.push(i);
		unread.push(i);
	}
	read();
	return {ids, progress: {line, second}};
}
