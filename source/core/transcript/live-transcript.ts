// A chat read as it is written: decoded text in pieces of any size, a transcript out after
// each. Complete messages are appended with extendTranscript (the day is not analysed
// again); the message still being written is shown as it stands and replaced as it grows.

import {extendTranscript} from './extend-transcript.js';
import {createTranscriptBuilder} from './transcript-builder.js';
import type {Transcript} from './types.js';

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
 * matter settles then). Doubled days are folded only in that first snapshot.
 */
export function createLiveTranscript(info: {source?: string}): LiveTranscript {
	const textInfo = {encoding: 'utf-8', badSequences: 0, ...info};
	const builder = createTranscriptBuilder(textInfo);
	/** The complete messages so far, analysed, and how many of the builder's they hold. */
	let complete: Transcript | undefined;
	let taken = 0;
	let shown: Transcript | undefined;
	let blank = true;
	const update = (): Transcript => {
		if (!complete || taken === 0) {
			complete = builder.snapshot();
			// A live source that has said nothing yet is an empty chat, not a bad file.
			if (blank) delete complete.meta.notTranscript;
		} else if (builder.count > taken) {
			complete = extendTranscript(complete, builder.since(taken));
			complete.meta = {...complete.meta, headers: builder.headers};
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
			const base = update();
			const pending = builder.pending();
			shown = pending ? extendTranscript(base, [pending]) : base;
			return shown;
		},
	};
}
