// What a message body is (text, link, image, media, reaction) and how it reads.

import {decodeEntitiesDeep} from './entities.js';
import {sanitizeLine, sanitizeText} from './sanitize.js';
import type {MessageKind} from './types.js';
import {undouble} from './undouble.js';

export type ClassifiedBody = {kind: MessageKind; text: string; url?: string};

// WeChat emoji codes such as `[强]` or `[捂脸][捂脸]`, and nothing else.
const REACTION = /^(?:\[[^[\]\s]{1,6}\]\s*)+$/;
// `![alt](target)` on one line: the export writes the image's timestamp as alt text.
const IMAGE = /^!\[([^\]\n]*)\]\(([^\n]*)\)$/;
const URL_LIKE = /^(?:[a-z][a-z0-9+.-]*:|\/\/|www\.)\S*$/i;
// Pieces of the spreadsheet the export came from: `</td></tr>`, `<tr style=…>`.
const TAG = /<[^<>\n]{0,300}>/g;

/** Link title or bad target as display text: entities decoded, undoubled, inert. */
function readable(s: string): string {
	return sanitizeText(undouble(decodeEntitiesDeep(s)).trim());
}

/** A URL or alt text: entities decoded, one inert line. */
function cleanUrl(s: string): string {
	return sanitizeLine(decodeEntitiesDeep(s).trim());
}

/** `[title](target)` split at the last `](`; undefined when the body is not one link. */
function splitLink(body: string): {title: string; target: string} | undefined {
	if (body.charCodeAt(0) !== 0x5b || body.charCodeAt(body.length - 1) !== 0x29) return undefined;
	const at = body.lastIndexOf('](');
	if (at < 1) return undefined;
	const target = body.slice(at + 2, -1);
	const title = body.slice(1, at);
	// Two links in one body, or a target over several lines: that is text.
	if (target.includes('\n') || title.includes('](')) return undefined;
	return {title, target};
}

/**
 * Markup whose target is no URL (`[xiadblog:\n](&lt;?xml version=…)`, `[[动画表情]&lt;/td&gt;…`):
 * reads as its title with the spreadsheet tags removed, else as its target.
 */
function brokenLink(title: string, target: string): ClassifiedBody {
	// A WeChat system notice (`[8728975701@chatroom:\n](&lt;sysmsg type=…)`): the title is the
	// group's id, not something a member said; it reads as a placeholder, like a recall.
	if (/^\s*<sysmsg\b/i.test(decodeEntitiesDeep(target))) return {kind: 'media', text: ''};
	const shownTitle = decodeEntitiesDeep(title).replace(TAG, '').trim();
	if (REACTION.test(shownTitle)) return {kind: 'reaction', text: sanitizeText(shownTitle)};
	if (shownTitle !== '') return {kind: 'text', text: sanitizeText(undouble(shownTitle))};
	const shownTarget = decodeEntitiesDeep(target).replace(TAG, '').trim();
	if (shownTarget === '') return {kind: 'media', text: ''};
	return {kind: 'text', text: sanitizeText(shownTarget)};
}

/**
 * Classifies a body as `parseMessages` hands it over (hard breaks and padding stripped).
 * - media: empty body; text '' (the reader shows a placeholder).
 * - image: text is the alt text (the export writes the image's timestamp there), or
 *   'image' when it is empty, so that plain output and search never see a gap.
 * - reaction: the codes as written.
 * - link: the title, or the URL when the title is empty.
 * - text: everything else, including a link inside longer text.
 */
export function classifyBody(raw: string): ClassifiedBody {
	const body = raw.trim();
	if (body === '') return {kind: 'media', text: ''};
	const image = IMAGE.exec(body);
	if (image) {
		const alt = cleanUrl(image[1] ?? '');
		return {kind: 'image', text: alt === '' ? 'image' : alt, url: cleanUrl(image[2] ?? '')};
	}
	if (REACTION.test(body)) return {kind: 'reaction', text: sanitizeText(body)};
	const link = splitLink(body);
	if (link) {
		const url = cleanUrl(link.target);
		if (!URL_LIKE.test(url)) return brokenLink(link.title, link.target);
		const title = readable(link.title);
		return {kind: 'link', text: title === '' ? url : title, url};
	}
	return {kind: 'text', text: sanitizeText(decodeEntitiesDeep(raw))};
}
