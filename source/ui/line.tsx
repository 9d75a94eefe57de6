import {Box, Text} from 'ink';
import {memo} from 'react';
import type {LineTone, Segment} from '../layout/screen-line.js';
import {inkColor} from '../theme/colors.js';
import type {Theme} from '../theme/types.js';
import {paintedLine} from './styled-line.js';

// The one row view: a line of role segments, cut or padded to exactly `width` columns (so no
// frame line is ever wider than the terminal), each role in its theme colour.

type LineProps = {segments: readonly Segment[]; width: number; theme: Theme; tone?: LineTone};

/** One <Text> for the row: its segments come already painted (styled-line.ts). */
function LineView({segments, width, theme, tone = 'plain'}: LineProps) {
	const background = tone === 'status' ? inkColor(theme.colors.status.bg) : undefined;
	return (
		<Text wrap="truncate" backgroundColor={background} bold={tone === 'current' || undefined}>
			{paintedLine(segments, width, theme, tone)}
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
			x.link !== y.link ||
			x.onCursor !== y.onCursor
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
