// The shapes every part of chatreel shares. The core produces them; the CLI and the
// reader only read them.

export type MessageKind = 'text' | 'link' | 'image' | 'media' | 'reaction';

export type Message = {
	/** Index in `Transcript.messages`, stable for the life of the transcript. */
	id: number;
	/** 1-based line of the header in the file. */
	line: number;
	/** Time of day as written, `HH:MM:SS`. */
	time: string;
	/** Seconds from midnight of the first day; grows by 86 400 per day rollover. */
	seconds: number;
	/** Days after the front matter date (0 unless the clock wrapped past midnight). */
	day: number;
	/** `YYYY-MM-DDTHH:MM:SS` when the front matter gives a date. */
	timestamp?: string;
	/** Display name: cleaned, sanitized, and the canonical name when aliases were folded. */
	speaker: string;
	/** The speaker as written in the file (trimmed, not sanitized). */
	rawSpeaker: string;
	kind: MessageKind;
	/** Display text: entities decoded, titles undoubled, control characters made inert. */
	text: string;
	/** The body as in the file, hard breaks and padding stripped, nothing decoded. */
	raw: string;
	/** Link or image target (entities decoded, sanitized). */
	url?: string;
	/** An acknowledgement (`签到`, `收到`, `[强]`, `谢谢分享`…): folded in floods, muted elsewhere. */
	ack?: true;
};

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
	messages: Message[];
	/** Sorted by count, descending, then name. */
	speakers: SpeakerStat[];
	talks: Talk[];
	floods: Flood[];
	diagnostics: Diagnostic[];
	/** alias → canonical name, for doubled days. */
	aliases: Record<string, string>;
};
