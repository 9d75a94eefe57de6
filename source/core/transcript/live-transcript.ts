// A chat read as it is written: decoded text in pieces of any size, a transcript out after
// each. Complete messages are appended with extendTranscript (the day is not analysed
// again); the message still being written is shown as it stands and replaced as it grows.

import {pairsAfter} from './doubled-days.js';
import {extendTranscript} from './extend-transcript.js';
import {createTranscriptBuilder} from './transcript-builder.js';
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
 * Only the appended text is parsed (createTranscriptBuilder keeps a line still being
 * written, half a header or half a character, until its line break), and new complete
 * messages extend the last transcript (extendTranscript: a recent window is analysed
 * again, not the day). Until the first message is complete, a whole snapshot is taken (the front
 * matter settles then). A doubled day is read whole again on each change (its folding
 * depends on the whole day, and may change earlier messages): once two names that could be
 * one member share a distinctive body in one second (pairsAfter), every transcript is a
 * snapshot, so following gives what opening the file as it stands gives.
 */
export function createLiveTranscript(info: {source?: string}): LiveTranscript {
	const textInfo = {encoding: 'utf-8', badSequences: 0, ...info};
	const builder = createTranscriptBuilder(textInfo);
	/** The complete messages so far, analysed, and how many of the builder's they hold. */
	let complete: Transcript | undefined;
	let taken = 0;
	let shown: Transcript | undefined;
	let blank = true;
	/** Names may fold: every transcript is a whole snapshot from now on. */
	let paired = false;
	const whole = (pending?: Message): Transcript => {
		const transcript = builder.snapshot(pending);
		// A live source that has said nothing yet is an empty chat, not a bad file.
		if (blank) delete transcript.meta.notTranscript;
		return transcript;
	};
	const update = (): Transcript => {
		if (!complete || taken === 0) {
			complete = whole();
			paired = builder.paired;
		} else if (builder.count > taken) {
			complete = extendTranscript(complete, builder.since(taken));
			complete.meta = {...complete.meta, headers: builder.headers};
			complete.diagnostics = builder.diagnostics();
		}
		taken = builder.count;
		return complete;
	};
	return {
		push(piece) {
			if (piece === '') return;
			if (blank && /\S/.test(piece)) blank = false;
			builder.push(piece);
			shown = undefined;
		},
		end() {
			builder.end();
			shown = undefined;
		},
		transcript() {
			if (shown) return shown;
			if (!paired && complete && taken > 0 && builder.count > taken) {
				paired = pairsAfter(builder.since(0), taken);
			}
			if (!paired) {
				const base = update();
				const pending = builder.pending();
				// The message being written may be the copy of one just before it.
				if (!paired && !(pending && pairsAfter(builder.since(0), builder.count, pending))) {
					shown = pending ? extendTranscript(base, [pending]) : base;
					return shown;
				}
			}
			// Read whole; a snapshot of the complete messages is taken again if ever needed.
			complete = undefined;
			taken = 0;
			shown = whole(builder.pending());
			return shown;
		},
	};
}
