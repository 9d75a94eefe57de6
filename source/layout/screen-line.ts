// Plain-text lines with semantic roles: the layout decides what goes where, the view only
// maps roles to theme colours.
import {displayWidth, truncateToWidth} from './wrap-text.js';

export type SegmentRole =
	| 'title'
	| 'meta'
	| 'time'
	| 'speaker'
	| 'text'
	| 'link'
	| 'marker'
	| 'more'
	| 'flood'
	| 'bar'
	| 'barEmpty'
	| 'status'
	| 'state'
	| 'border';

export type Segment = {text: string; role: SegmentRole; speaker?: string};

export type LineTone = 'current' | 'history' | 'plain' | 'status';

export type ScreenLine = {segments: Segment[]; tone: LineTone};

export function segment(text: string, role: SegmentRole, speaker?: string): Segment {
	return speaker === undefined ? {text, role} : {text, role, speaker};
}

/** Truncates the segments to `width` cells and pads the line to exactly that width. */
export function fitLine(line: ScreenLine, width: number): ScreenLine {
	const segments: Segment[] = [];
	let used = 0;
	for (const part of line.segments) {
		if (used >= width) {
			break;
		}
		const partWidth = displayWidth(part.text);
		if (used + partWidth <= width) {
			segments.push(part);
			used += partWidth;
		} else {
			const text = truncateToWidth(part.text, width - used);
			segments.push({...part, text});
			used += displayWidth(text);
		}
	}
	if (used < width) {
		const padding = ' '.repeat(width - used);
		const last = segments.at(-1);
		if (last && line.tone === 'status') {
			segments.push({text: padding, role: 'status'});
		} else if (last) {
			segments.push({text: padding, role: last.role});
		} else {
			segments.push({text: padding, role: 'text'});
		}
	}
	return {segments, tone: line.tone};
}

export function lineText(line: ScreenLine): string {
	return line.segments.map((part) => part.text).join('');
}

export function blankLine(width: number): ScreenLine {
	return {segments: [segment(' '.repeat(Math.max(0, width)), 'text')], tone: 'plain'};
}
