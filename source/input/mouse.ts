// SGR mouse reports (`ESC [ < b ; x ; y M`, `m` on release), as Ink hands them over: one
// input event, its ESC already stripped. Wheel notches and left-button presses matter;
// everything else (motion, releases, other buttons) is swallowed so it never reads as keys.

export type MouseEvent = {
	kind: 'wheel-up' | 'wheel-down' | 'click';
	/** 0-based screen column and row. */
	x: number;
	y: number;
};

const sgr = /^\u001B?\[<(\d+);(\d+);(\d+)([Mm])$/u;

/** Enable button and drag tracking with SGR coordinates; and turn them off again. */
export const mouseOn = '\u001B[?1000h\u001B[?1002h\u001B[?1006h';
export const mouseOff = '\u001B[?1006l\u001B[?1002l\u001B[?1000l';

/**
 * `undefined` when `input` is not a mouse report; `null` for a report that does nothing
 * (a release, motion, a right click); otherwise the event.
 */
export function parseMouse(input: string): MouseEvent | null | undefined {
	const match = sgr.exec(input);
	if (!match) return undefined;
	const button = Number(match[1]);
	const x = Number(match[2]) - 1;
	const y = Number(match[3]) - 1;
	if (match[4] === 'm' || (button & 32) !== 0) return null;
	// Shift, meta and ctrl add 4, 8 and 16.
	const base = button & ~(4 | 8 | 16);
	if (base === 64) return {kind: 'wheel-up', x, y};
	if (base === 65) return {kind: 'wheel-down', x, y};
	if (base === 0) return {kind: 'click', x, y};
	return null;
}
