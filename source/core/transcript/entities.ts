// HTML entities that exports escaped once, twice or three times.

import {DecodingMode, decodeHTML} from 'entities';

/**
 * Decodes entities until nothing changes (at most `maxRounds` rounds), then turns U+00A0
 * into a plain space. Attribute mode keeps `&not=1` or `&copy=2` in URLs as written
 * (a legacy entity without `;` before `=` or a letter is left alone).
 * Run it before sanitizing: `&#27;` decodes to a real ESC.
 */
export function decodeEntitiesDeep(s: string, maxRounds = 6): string {
	if (!s.includes('&')) return s;
	let current = s;
	for (let round = 0; round < maxRounds && current.includes('&'); round++) {
		const next = decodeHTML(current, DecodingMode.Attribute);
		if (next === current) break;
		current = next;
	}
	return current.includes('\u00A0') ? current.replaceAll('\u00A0', ' ') : current;
}
