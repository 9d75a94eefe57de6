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

export function createLiveTranscript(info: {source?: string}): LiveTranscript {
	const builder = createTranscriptBuilder({encoding: 'utf-8', badSequences: 0, ...info});
	/** The complete messages, analysed: the first `taken` the builder gave. */
	let committed: Transcript | undefined;
	let taken = 0;
	let shown: Transcript | undefined;
	return {
		push(text) {
			if (text === '') return;
			builder.push(text);
			shown = undefined;
		},
		end() {
			builder.end();
			shown = undefined;
		},
		transcript() {
			if (shown) return shown;
			// Until the first message, the front matter may still be settling: read it again.
			if (!committed || committed.messages.length === 0) {
				committed = builder.snapshot();
				taken = builder.count;
			} else if (builder.count > taken) {
				committed = extendTranscript(committed, builder.since(taken));
				taken = builder.count;
			}
			const pending = builder.pending();
			const whole = pending ? extendTranscript(committed, [pending]) : committed;
			shown = {...whole, meta: {...whole.meta, headers: builder.headers}};
			return shown;
		},
	};
}
