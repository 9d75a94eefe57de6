// A chat read as it is written: decoded text in pieces of any size, a transcript out after
// each. Complete messages are appended with extendTranscript (the day is not analysed
// again); the message still being written is shown as it stands and replaced as it grows.

import {buildTranscript} from './build.js';
import type {Message, Transcript} from './types.js';

/** What following a file or a pipe reports to the reader. */
export type LiveEvent =
	/** New messages (the last one may have grown). */
	| {kind: 'grew'; transcript: Transcript}
	/** The file was cut, replaced or came back: `transcript` is its content from the start. */
	| {kind: 'reset'; transcript: Transcript; why: ResetReason}
	/** The file was deleted: what was read stays on screen. */
	| {kind: 'gone'}
	/** Standard input was closed: nothing more will come. */
	| {kind: 'ended'};

export type ResetReason = 'truncated' | 'replaced' | 'recreated';

export type LiveTranscript = {
	/** The next piece of decoded text (split anywhere: a line, a header, a CRLF). */
	push(text: string): void;
	/** No more text: the last message is complete. */
	end(): void;
	/** Complete messages, then the one being written as it stands. */
	transcript(): Transcript;
};

/**
 * Until the incremental builder (branch perf) is on main, complete lines are parsed again
 * as a whole on each change: only the appended bytes are read, and a line still being
 * written (half a header, half a character) waits for its line break.
 */
export function createLiveTranscript(info: {source?: string}): LiveTranscript {
	const textInfo = {encoding: 'utf-8', badSequences: 0, ...info};
	let text = '';
	let ended = false;
	let shown: Transcript | undefined;
	let last: readonly Message[] = [];
	return {
		push(piece) {
			if (piece === '') return;
			text += piece;
			shown = undefined;
		},
		end() {
			ended = true;
			shown = undefined;
		},
		transcript() {
			if (shown) return shown;
			const cut = text.lastIndexOf('\n') + 1;
			const complete = ended || cut === text.length ? text : text.slice(0, cut);
			const built = buildTranscript(complete, textInfo);
			// A live source that has said nothing yet is an empty chat, not a bad file.
			if (built.messages.length === 0 && /^\s*$/.test(complete)) delete built.meta.notTranscript;
			keepUnchanged(last, built.messages);
			last = built.messages;
			shown = built;
			return shown;
		},
	};
}

/** Unchanged messages stay the same objects, so the search knows what is new. */
function keepUnchanged(before: readonly Message[], after: Message[]): void {
	const most = Math.min(before.length, after.length);
	for (let i = 0; i < most; i++) {
		const a = before[i]!;
		const b = after[i]!;
		const same =
			a.line === b.line &&
			a.seconds === b.seconds &&
			a.rawSpeaker === b.rawSpeaker &&
			a.raw === b.raw &&
			a.speaker === b.speaker &&
			a.ack === b.ack;
		if (!same) return;
		after[i] = a;
	}
}
