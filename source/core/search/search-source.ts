// What the search reads of the messages, position by position: a narrow interface, so the
// index can be built over a plain Message[] or over a compact store alike.
import {MessageStore} from '../transcript/message-store.js';
import type {Message} from '../transcript/types.js';

export type SearchSource = {
	readonly length: number;
	/** `Message.id` of the message at `position` (positions start at 0). */
	id(position: number): number;
	text(position: number): string;
	/** `text(position).length`, without making the string where the source can. */
	textLength(position: number): number;
	speaker(position: number): string;
};

/** A source over an array of messages (the same strings, nothing copied). */
export function messageSource(messages: readonly Message[]): SearchSource {
	// Ids usually run on from the first (a transcript, or its tail): no message read for them.
	const first = messages[0]?.id ?? 0;
	const consecutive = messages.every((message, position) => message.id === first + position);
	return {
		length: messages.length,
		id: consecutive ? (position) => first + position : (position) => messages[position]!.id,
		text: (position) => messages[position]!.text,
		textLength: (position) => messages[position]!.text.length,
		speaker: (position) => messages[position]!.speaker,
	};
}

/** A source over the compact store: single fields, no message materialised. */
export function storeSource(store: MessageStore): SearchSource {
	return {
		length: store.length,
		id: (position) => store.idOf(position),
		text: (position) => store.textOf(position),
		textLength: (position) => store.textLengthOf(position),
		speaker: (position) => store.speakerOf(position),
	};
}

/** Every form callers hand the index. */
export function asSearchSource(
	from: SearchSource | MessageStore | readonly Message[],
): SearchSource {
	if (from instanceof MessageStore) return storeSource(from);
	return Array.isArray(from) ? messageSource(from as readonly Message[]) : (from as SearchSource);
}
