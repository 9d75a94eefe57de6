// Screen lines with semantic roles: the layout decides what goes where and what it is, the
// one row view (ui/line.tsx) maps roles to theme colours. The reader and the presentation
// both build these.
import {displayWidth, truncateToWidth} from './wrap-text.js';

export type SegmentRole =
	| 'title'
	| 'header'
	| 'meta'
	| 'dim'
	| 'time'
	| 'speaker'
	| 'text'
	| 'link'
	| 'marker'
	| 'accent'
	| 'more'
	| 'flood'
	| 'bar'
	| 'barEmpty'
	| 'timeline'
	| 'status'
	/** An error notice on the status bar. */
	| 'statusError'
	| 'state'
	| 'border'
	/** The mark of a bookmarked message. */
	| 'bookmark'
	| 'warning'
	/** The cursor's line, the chosen entry of a list. */
	| 'selection'
	/** A search hit. */
	| 'match'
	/** The block cursor of the input line. */
	| 'cursor'
	/** No colour at all. */
	| 'plain';

export type Segment = {
	text: string;
	role: SegmentRole;
	/** With the `speaker` role: whose colour. */
	speaker?: string;
	bold?: boolean;
	underline?: boolean;
	/** An OSC 8 target; only set when the terminal is known to support hyperlinks. */
	link?: string;
};

export type LineTone = 'current' | 'history' | 'plain' | 'status';

export type ScreenLine = {segments: Segment[]; tone: LineTone};

export function segment(text: string, role: SegmentRole, speaker?: string): Segment {
	return speaker === undefined ? {text, role} : {text, role, speaker};
}

/** Cuts the segments to `width` cells and pads them with `pad` to exactly that width. */
export function fitSegments(
	segments: readonly Segment[],
	width: number,
	pad: SegmentRole = 'plain',
): Segment[] {
	const out: Segment[] = [];
	let used = 0;
	for (const part of segments) {
		if (used >= width) break;
		const partWidth = displayWidth(part.text);
		if (used + partWidth <= width) {
			out.push(part);
			used += partWidth;
		} else {
			const text = truncateToWidth(part.text, width - used);
			out.push({...part, text});
			used += displayWidth(text);
		}
	}
	if (used < width) out.push({text: ' '.repeat(width - used), role: pad});
	return out;
}

/** A line cut and padded to exactly `width` cells. */
export function fitLine(line: ScreenLine, width: number): ScreenLine {
	const pad = line.tone === 'status' ? 'status' : 'plain';
	return {segments: fitSegments(line.segments, width, pad), tone: line.tone};
}

export function lineText(line: ScreenLine): string {
	return line.segments.map((part) => part.text).join('');
}

export function blankLine(width: number): ScreenLine {
	return {segments: [segment(' '.repeat(Math.max(0, width)), 'text')], tone: 'plain'};
}
