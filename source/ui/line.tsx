import {Box, Text} from 'ink';
import {displayWidth, truncateToWidth} from '../layout/wrap-text.js';
import {inkColor} from '../theme/colors.js';
import type {Color, ColorPair} from '../theme/types.js';

// One screen row made of styled spans, padded or cut to exactly `width` columns, so no
// frame line is ever wider than the terminal.
export type Span = {
	text: string;
	color?: Color;
	bg?: Color;
	bold?: boolean;
	dim?: boolean;
	inverse?: boolean;
	underline?: boolean;
	/** An OSC 8 target; only set when the terminal is known to support hyperlinks. */
	link?: string;
};

export function pairSpan(text: string, pair: ColorPair, extra: Partial<Span> = {}): Span {
	// With no colours at all (mono), reverse video keeps the emphasis visible.
	const inverse = pair.fg === '' && pair.bg === '';
	return {text, color: pair.fg, bg: pair.bg, inverse, ...extra};
}

export function fitSpans(spans: readonly Span[], width: number): Span[] {
	const out: Span[] = [];
	let used = 0;
	for (const span of spans) {
		if (used >= width) break;
		const room = width - used;
		const w = displayWidth(span.text);
		if (w <= room) {
			out.push(span);
			used += w;
		} else {
			const text = truncateToWidth(span.text, room);
			out.push({...span, text});
			used += displayWidth(text);
		}
	}
	if (used < width) out.push({text: ' '.repeat(width - used)});
	return out;
}

function osc8(url: string, text: string): string {
	return `\u001B]8;;${url}\u0007${text}\u001B]8;;\u0007`;
}

export function Line({spans, width}: {spans: readonly Span[]; width: number}) {
	return (
		<Text wrap="truncate">
			{fitSpans(spans, width).map((span, index) => (
				<Text
					// biome-ignore lint/suspicious/noArrayIndexKey: spans have no identity but their place
					key={index}
					color={span.color ? inkColor(span.color) : undefined}
					backgroundColor={span.bg ? inkColor(span.bg) : undefined}
					bold={span.bold}
					dimColor={span.dim}
					inverse={span.inverse}
					underline={span.underline}
				>
					{span.link ? osc8(span.link, span.text) : span.text}
				</Text>
			))}
		</Text>
	);
}

/** A block of rows, padded with blank rows to exactly `height`. */
export function Rows({
	rows,
	width,
	height,
}: {
	rows: readonly Span[][];
	width: number;
	height: number;
}) {
	const shown = rows.slice(0, height);
	while (shown.length < height) shown.push([]);
	return (
		<Box flexDirection="column" width={width} height={height}>
			{shown.map((spans, index) => (
				// biome-ignore lint/suspicious/noArrayIndexKey: a row is its place on screen
				<Line key={index} spans={spans} width={width} />
			))}
		</Box>
	);
}
