import chalk from 'chalk';
import {fitSegments, type LineTone, type Segment} from '../layout/screen-line.js';
import {speakerColor} from '../theme/speaker-colors.js';
import type {Color, ColorPair, Theme} from '../theme/types.js';

// A row's role segments as one string already in colour: one Ink <Text> per screen row
// instead of one per segment, and the same string again while the row does not change.
// The colours are applied exactly as Ink's <Text> applies its props, so the frame is the
// same, byte for byte, as with a <Text> per segment.

type Style = {color?: Color; bg?: Color; inverse?: boolean; bold?: boolean};

function pair(colors: ColorPair): Style {
	// With no colours at all (mono), reverse video keeps the emphasis visible.
	return {color: colors.fg, bg: colors.bg, inverse: colors.fg === '' && colors.bg === ''};
}

function roleStyle(theme: Theme, part: Segment, tone: LineTone): Style {
	const {colors} = theme;
	if (tone === 'history') return {color: colors.dim};
	switch (part.role) {
		case 'title':
		case 'header':
			return {color: colors.header};
		case 'meta':
		case 'more':
		case 'dim':
			return {color: colors.dim};
		case 'time':
			return {color: colors.time};
		case 'speaker':
			return {color: speakerColor(theme, part.speaker ?? '')};
		case 'text':
			return {color: colors.text};
		case 'link':
			return {color: colors.link};
		case 'marker':
		case 'accent':
		case 'state':
		case 'bar':
			return {color: colors.accent};
		case 'flood':
			return {color: colors.flood};
		case 'barEmpty':
		case 'timeline':
			return {color: colors.timeline};
		case 'status':
			// A status-toned line carries the background itself.
			return tone === 'status' ? {color: colors.status.fg} : pair(colors.status);
		case 'statusError':
			// Themes without a warning colour (mono) show the notice like any other.
			return colors.warning === ''
				? pair(colors.status)
				: {...pair(colors.status), color: colors.warning, bold: true};
		case 'border':
			return {color: colors.border};
		case 'bookmark':
			return {color: colors.marker};
		case 'warning':
			return {color: colors.warning};
		case 'selection':
			return pair(colors.selection);
		case 'match':
			return pair(colors.match);
		case 'cursor':
			return {inverse: true};
		case 'cursorBar':
			return {color: colors.cursor.fg, bold: true};
		case 'plain':
			return {};
		default: {
			const unknown: never = part.role;
			return unknown;
		}
	}
}

/**
 * A row of the message under the cursor: the theme's cursor background (search matches keep
 * their own), or bold where the theme has no colours (mono; matches there are reverse video).
 */
function onCursor(theme: Theme, part: Segment, style: Style): Style {
	if (!part.onCursor || style.bg || style.inverse) return style;
	const bg = theme.colors.cursor.bg;
	return bg === '' ? {...style, bold: true} : {...style, bg};
}

export function osc8(url: string, text: string): string {
	return `\u001B]8;;${url}\u0007${text}\u001B]8;;\u0007`;
}

type Paint = (text: string) => string;
const painters = new Map<string, Paint>();

/** Ink's colorize: a colour name or `#rrggbb`, as foreground or background. */
function painter(color: Color, layer: 'fg' | 'bg'): Paint {
	const key = `${layer}${color}`;
	let paint = painters.get(key);
	if (!paint) {
		if (color.startsWith('#')) paint = layer === 'fg' ? chalk.hex(color) : chalk.bgHex(color);
		else {
			const name = layer === 'fg' ? color : `bg${color[0]?.toUpperCase()}${color.slice(1)}`;
			paint = chalk[name as 'red'];
		}
		painters.set(key, paint);
	}
	return paint;
}

/** How a segment looks: the props its own <Text> would have. Colours: '' is the default. */
export type SegmentStyle = {
	color: Color;
	bg: Color;
	bold: boolean;
	inverse: boolean;
	underline: boolean;
};

export function segmentStyle(theme: Theme, part: Segment, tone: LineTone): SegmentStyle {
	const style = onCursor(theme, part, roleStyle(theme, part, tone));
	return {
		color: style.color ?? '',
		bg: style.bg ?? '',
		bold: Boolean(part.bold || style.bold || tone === 'current' || part.role === 'title'),
		inverse: style.inverse === true,
		underline: part.underline === true,
	};
}

/**
 * What Ink's <Text color backgroundColor bold underline inverse> does to its text, in its
 * order. A <Text> without a background of its own takes the one of the Box around it: the
 * theme's (App paints it under everything).
 */
export function paintLike(text: string, style: SegmentStyle, background: Color): string {
	let out = text;
	if (style.color) out = painter(style.color, 'fg')(out);
	const bg = style.bg || background;
	if (bg) out = painter(bg, 'bg')(out);
	if (style.bold) out = chalk.bold(out);
	if (style.underline) out = chalk.underline(out);
	if (style.inverse) out = chalk.inverse(out);
	return out;
}

/**
 * Ink starts every frame blank and trims the ends of its lines, so plain padding at the end
 * only costs time (Ink styles and measures every character of every frame). A blank row keeps
 * one space: an empty Text would have no height.
 */
function withoutTrailingPad(parts: Segment[], pad: string): Segment[] {
	const last = parts.at(-1);
	if (pad !== 'plain' || parts.length < 2 || last?.role !== 'plain' || last.text.trim() !== '') {
		return parts;
	}
	return parts.slice(0, -1);
}

/** Rows painted since start: tests count what a key paints again. */
export const paintStats = {rows: 0};

/** The row cut or padded to `width` cells, each segment in its role's theme colour. */
export function paintSegments(
	segments: readonly Segment[],
	width: number,
	theme: Theme,
	tone: LineTone,
): string {
	paintStats.rows++;
	const pad = tone === 'status' ? 'status' : 'plain';
	const background = theme.colors.background;
	let out = '';
	for (const part of withoutTrailingPad(fitSegments(segments, width, pad), pad)) {
		// Ink leaves an empty <Text> as it is.
		if (part.text === '') continue;
		const text = part.link ? osc8(part.link, part.text) : part.text;
		out += paintLike(text, segmentStyle(theme, part, tone), background);
	}
	return out;
}

type Painted = {width: number; theme: Theme; tone: LineTone; text: string};

// Rows are laid out once per message and kept (MessageRows.ts); painting them is kept with
// them, so a scroll only moves strings that are ready.
const painted = new WeakMap<readonly Segment[], Painted>();

/** paintSegments, the same string again for the same segments array. */
export function paintedLine(
	segments: readonly Segment[],
	width: number,
	theme: Theme,
	tone: LineTone,
): string {
	const cached = painted.get(segments);
	if (cached && cached.width === width && cached.theme === theme && cached.tone === tone) {
		return cached.text;
	}
	const text = paintSegments(segments, width, theme, tone);
	painted.set(segments, {width, theme, tone, text});
	return text;
}
