import {Box, Text} from 'ink';
import {memo} from 'react';
import {fitSegments, type LineTone, type Segment} from '../layout/screen-line.js';
import {inkColor} from '../theme/colors.js';
import {speakerColor} from '../theme/speaker-colors.js';
import type {Color, ColorPair, Theme} from '../theme/types.js';

// The one row view: a line of role segments, cut or padded to exactly `width` columns (so no
// frame line is ever wider than the terminal), each role in its theme colour.

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

function osc8(url: string, text: string): string {
	return `\u001B]8;;${url}\u0007${text}\u001B]8;;\u0007`;
}

type LineProps = {segments: readonly Segment[]; width: number; theme: Theme; tone?: LineTone};

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

function LineView({segments, width, theme, tone = 'plain'}: LineProps) {
	const background = tone === 'status' ? inkColor(theme.colors.status.bg) : undefined;
	const pad = tone === 'status' ? 'status' : 'plain';
	return (
		<Text wrap="truncate" backgroundColor={background} bold={tone === 'current' || undefined}>
			{withoutTrailingPad(fitSegments(segments, width, pad), pad).map((part, index) => {
				const style = onCursor(theme, part, roleStyle(theme, part, tone));
				return (
					<Text
						// biome-ignore lint/suspicious/noArrayIndexKey: segments have no identity but their place
						key={index}
						color={style.color ? inkColor(style.color) : undefined}
						backgroundColor={style.bg ? inkColor(style.bg) : undefined}
						bold={
							part.bold || style.bold || tone === 'current' || part.role === 'title' || undefined
						}
						inverse={style.inverse}
						underline={part.underline}
					>
						{part.link ? osc8(part.link, part.text) : part.text}
					</Text>
				);
			})}
		</Text>
	);
}

function sameSegments(a: readonly Segment[], b: readonly Segment[]): boolean {
	if (a === b) return true;
	if (a.length !== b.length) return false;
	for (let i = 0; i < a.length; i++) {
		const x = a[i]!;
		const y = b[i]!;
		if (
			x.text !== y.text ||
			x.role !== y.role ||
			x.speaker !== y.speaker ||
			x.bold !== y.bold ||
			x.underline !== y.underline ||
			x.link !== y.link
		) {
			return false;
		}
	}
	return true;
}

/** A row is laid out and rendered again only when what it shows changed. */
export const Line = memo(
	LineView,
	(before, after) =>
		before.width === after.width &&
		before.theme === after.theme &&
		before.tone === after.tone &&
		sameSegments(before.segments, after.segments),
);

const noSegments: Segment[] = [];

/** A block of rows, padded with blank rows to exactly `height`. */
export function Rows({
	rows,
	width,
	height,
	theme,
}: {
	rows: readonly Segment[][];
	width: number;
	height: number;
	theme: Theme;
}) {
	const shown = rows.slice(0, height);
	while (shown.length < height) shown.push(noSegments);
	return (
		<Box flexDirection="column" width={width} height={height}>
			{shown.map((segments, index) => (
				// biome-ignore lint/suspicious/noArrayIndexKey: a row is its place on screen
				<Line key={index} segments={segments} width={width} theme={theme} />
			))}
		</Box>
	);
}
