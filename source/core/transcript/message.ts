// One message as the reader shows it: what MessageStore.get materialises.

export type MessageKind = 'text' | 'link' | 'image' | 'media' | 'reaction';

export type Message = {
	/** Position in `Transcript.messages`, stable for the life of the transcript. */
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
