// Each speaker keeps one colour: a stable hash of the name into the theme's palette.

import type {Color, Theme} from './types.js';

const encoder = new TextEncoder();

/** FNV-1a, 32 bits, over the UTF-8 bytes. */
function fnv1a(text: string): number {
	let hash = 0x811c9dc5;
	for (const byte of encoder.encode(text)) {
		hash ^= byte;
		hash = Math.imul(hash, 0x01000193);
	}
	return hash >>> 0;
}

/** A speaker's colour: a stable hash of the name into the theme's palette. */
export function speakerColor(theme: Theme, name: string): Color {
	const palette = theme.colors.speakers;
	return palette[fnv1a(name) % palette.length] ?? theme.colors.text;
}
