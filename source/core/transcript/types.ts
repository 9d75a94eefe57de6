// The shapes every part of chatreel shares. The core produces them; the CLI and the
// reader only read them.

import type {MessageStore} from './message-store.js';

export type {Message, MessageKind} from './message.js';

export type SpeakerName = {
	nick: string;
	company?: string;
	role?: string;
	city?: string;
};

export type SpeakerStat = {
	name: string;
	count: number;
	/** Other names the same member used on a doubled day. */
	aliases: string[];
};

export type Diagnostic = {
	/** 1-based line number; 0 for the file as a whole. */
	line: number;
	problem: string;
};

export type Talk = {
	speaker: string;
	start: string;
	end: string;
	/** Messages by the presenter inside the talk. */
	count: number;
	firstId: number;
	lastId: number;
};

export type FloodToken = {token: string; count: number};

export type Flood = {
	start: string;
	end: string;
	/** Acknowledgement messages folded into the flood (real messages inside are not). */
	count: number;
	firstId: number;
	lastId: number;
	/** Ids of the folded acknowledgements, in order. */
	ids: number[];
	tokens: FloodToken[];
	/** Distinct speakers among the folded messages. */
	people: number;
};

export type TranscriptMeta = {
	title: string;
	/** `YYYY-MM-DD`, or '' when the file gives none. */
	date: string;
	author: string;
	/** The front matter's `lines`, a hint only. */
	lines?: number;
	encoding: string;
	/** Malformed byte sequences replaced during a lossy decode. */
	badSequences: number;
	/** Message header lines seen in the file, including those that did not parse. */
	headers: number;
	/** Messages dropped because a doubled day listed them twice. */
	duplicatesFolded: number;
	source?: string;
	/**
	 * Why this text is not a transcript (no message header, and not a quiet day's front
	 * matter). Unset for a transcript, including one with no messages.
	 */
	notTranscript?: string;
};

export type Transcript = {
	meta: TranscriptMeta;
	/** Compact: `messages.get(id)` materialises one, `textOf(id)` and the like read a field. */
	messages: MessageStore;
	/** Sorted by count, descending, then name. */
	speakers: SpeakerStat[];
	talks: Talk[];
	floods: Flood[];
	diagnostics: Diagnostic[];
	/** alias → canonical name, for doubled days. */
	aliases: Record<string, string>;
};
