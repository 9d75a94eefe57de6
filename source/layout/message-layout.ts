import type {Message} from '../core/transcript/types.js';
import {truncateToWidth, wrapText} from './wrap-text.js';

// How a message reads in the pane, as plain lines; the view only adds colour.
export type BodyLine = {
	text: string;
	/** Offset of the line in `message.text`, or -1 for lines that are not the text. */
	start: number;
	role: 'text' | 'link' | 'marker' | 'more';
};

export type MessageLayout = {lines: BodyLine[]};

const mediaPlaceholder = '[media: sticker, voice, video, file or recalled message]';

function markerFor(message: Message): string | undefined {
	if (message.kind === 'image') return '[image]';
	if (message.kind === 'media') return mediaPlaceholder;
	return undefined;
}

const cache = new WeakMap<Message, Map<number, MessageLayout>>();

/** Lays a message out at `width` columns in at most `maxLines` lines (memoized). */
export function layoutMessage(message: Message, width: number, maxLines: number): MessageLayout {
	const key = width * 10_000 + maxLines;
	let byWidth = cache.get(message);
	const hit = byWidth?.get(key);
	if (hit) return hit;
	const layout = wrapBody(message, width, Math.max(1, maxLines));
	if (!byWidth) {
		byWidth = new Map();
		cache.set(message, byWidth);
	}
	if (byWidth.size > 8) byWidth.clear();
	byWidth.set(key, layout);
	return layout;
}

function wrapBody(message: Message, width: number, maxLines: number): MessageLayout {
	const lines: BodyLine[] = [];
	const marker = markerFor(message);
	if (marker) lines.push({text: marker, start: -1, role: 'marker'});
	if (message.kind !== 'media' && message.kind !== 'image' && message.text.length > 0) {
		const room = Math.max(1, maxLines - lines.length - (message.url ? 1 : 0));
		const wrapped = wrapText(message.text, width, room);
		wrapped.lines.forEach((text, i) => {
			lines.push({text, start: wrapped.starts[i] ?? -1, role: 'text'});
		});
		if (wrapped.rest > 0) {
			lines.push({
				text: `[+${wrapped.rest.toLocaleString('en-US')} more characters]`,
				start: -1,
				role: 'more',
			});
		}
	} else if (message.kind === 'link') {
		lines.push({text: '[link]', start: -1, role: 'marker'});
	}
	// Only what fits is laid out: a URL of a megabyte costs one line's worth.
	if (message.url) lines.push({text: truncateToWidth(message.url, width), start: -1, role: 'link'});
	if (lines.length === 0) lines.push({text: '', start: -1, role: 'text'});
	return {lines};
}
