import type {CharRange} from '../core/search/search-types.js';
import type {Flood, Message} from '../core/transcript/types.js';
import {floodSummary} from '../layout/flood-summary.js';
import {layoutMessage} from '../layout/message-layout.js';
import type {ScreenLayout} from '../layout/screen-layout.js';
import type {Segment} from '../layout/screen-line.js';
import {padToWidth} from '../layout/wrap-text.js';
import {linkTarget} from './hyperlinks.js';

// Rows of the pane as role segments: a message (time, speaker, wrapped text), a flood line,
// an hour separator. Pure functions of their inputs, so Pane only stacks them.

export type RowContext = {
	layout: ScreenLayout;
	maxLines: number;
	hyperlinks: boolean;
};

function highlighted(
	text: string,
	start: number,
	ranges: readonly CharRange[],
	role: 'text' | 'dim' = 'text',
): Segment[] {
	const base: Segment = {text, role};
	if (start < 0 || ranges.length === 0) return [base];
	const end = start + text.length;
	const spans: Segment[] = [];
	let at = start;
	for (const [from, to] of ranges) {
		if (to <= at || from >= end) continue;
		const a = Math.max(from, at);
		const b = Math.min(to, end);
		if (a > at) spans.push({...base, text: text.slice(at - start, a - start)});
		spans.push({text: text.slice(a - start, b - start), role: 'match', bold: true});
		at = b;
	}
	if (at < end) spans.push({...base, text: text.slice(at - start)});
	return spans;
}

export function messageRows(
	message: Message,
	context: RowContext,
	options: {
		selected: boolean;
		bookmarked: boolean;
		ranges: readonly CharRange[];
		speakerRanges: readonly CharRange[];
		/** The speaker chosen in the sidebar: their messages stand out. */
		spotlight: boolean;
	},
): Segment[][] {
	const {layout} = context;
	const body = layoutMessage(message, layout.textWidth, context.maxLines);
	const time: Segment = options.selected
		? {text: message.time, role: 'time', bold: true}
		: {text: message.time, role: 'time'};
	const name = message.speaker === '' ? '(no name)' : message.speaker;
	const nameText = padToWidth(name, layout.speakerWidth);
	const speaker: Segment = options.spotlight
		? {text: nameText, role: 'selection', bold: true}
		: options.speakerRanges.length > 0
			? {text: nameText, role: 'match'}
			: message.speaker === ''
				? {text: nameText, role: 'dim', bold: options.selected}
				: {text: nameText, role: 'speaker', speaker: name, bold: options.selected};
	const bar: Segment = options.bookmarked
		? {text: ' * ', role: 'bookmark', bold: true}
		: {text: ' │ ', role: 'border'};
	const blank: Segment = {
		text: ' '.repeat(layout.timeWidth + 1 + layout.speakerWidth),
		role: 'plain',
	};
	const rows = body.lines.map((line, index): Segment[] => {
		const lead: Segment[] =
			index === 0
				? [time, {text: ' ', role: 'plain'}, speaker, bar]
				: [blank, {text: ' │ ', role: 'border'}];
		switch (line.role) {
			case 'text':
				// Acknowledgements outside a fold are muted, so the day's talk stands out.
				return [
					...lead,
					...highlighted(line.text, line.start, options.ranges, message.ack ? 'dim' : 'text'),
				];
			case 'link':
				return [
					...lead,
					{
						text: line.text,
						role: 'link',
						underline: true,
						link: context.hyperlinks ? linkTarget(message.url) : undefined,
					},
				];
			case 'marker':
				return [...lead, {text: line.text, role: 'marker'}];
			case 'more':
				return [...lead, {text: line.text, role: 'more'}];
			default:
				return lead;
		}
	});
	if (!options.selected) return rows;
	return rows.map((row, index) => onCursor(row, index === 0 ? 3 : 1, options.bookmarked));
}

/** A row of the message under the cursor: a bar in the gutter, the cursor background. */
function onCursor(row: Segment[], barIndex: number, bookmarked: boolean): Segment[] {
	return row.flatMap((part, index): Segment[] => {
		if (index !== barIndex) return [{...part, onCursor: true}];
		if (bookmarked && part.role === 'bookmark') {
			return [
				{text: '*', role: 'bookmark', bold: true, onCursor: true},
				{text: '▌ ', role: 'cursorBar', onCursor: true},
			];
		}
		return [{text: ' ▌ ', role: 'cursorBar', onCursor: true}];
	});
}

function floodRowOf(
	flood: Flood,
	folded: boolean,
	selected: boolean,
	context: RowContext,
): Segment[] {
	const time: Segment = {text: flood.start, role: 'time', bold: selected};
	const width = context.layout.paneWidth - context.layout.timeWidth - 1;
	const text = floodSummary(flood, width, folded ? '▸' : '▾');
	const row: Segment[] = [time, {text: ' ', role: 'plain'}, {text, role: 'flood', bold: selected}];
	return selected ? row.map((part) => ({...part, onCursor: true})) : row;
}

type CachedFlood = {folded: boolean; selected: boolean; context: RowContext; row: Segment[]};
const floodCache = new WeakMap<Flood, CachedFlood>();

/** A flood's one line; the same array again while nothing that shapes it changed. */
export function floodRow(
	flood: Flood,
	folded: boolean,
	selected: boolean,
	context: RowContext,
): Segment[] {
	const cached = floodCache.get(flood);
	if (
		cached &&
		cached.folded === folded &&
		cached.selected === selected &&
		sameContext(cached.context, context)
	) {
		return cached.row;
	}
	const row = floodRowOf(flood, folded, selected, context);
	floodCache.set(flood, {folded, selected, context, row});
	return row;
}

const separators = new Map<string, Segment[]>();

/** An hour's rule across the pane; the same array again for the same hour and width. */
export function separatorRow(label: string, width: number): Segment[] {
	const key = `${width} ${label}`;
	let row = separators.get(key);
	if (!row) {
		const text = `── ${label} `;
		row = [{text: text + '─'.repeat(Math.max(0, width - text.length)), role: 'dim'}];
		// A folder of years has many hours; the screen shows a few.
		if (separators.size >= 1000) separators.clear();
		separators.set(key, row);
	}
	return row;
}

type RowOptions = Parameters<typeof messageRows>[2];
type CachedRows = {context: RowContext; options: RowOptions; ack: boolean; rows: Segment[][]};

// The last rows laid out for each message: a key re-lays out only the messages whose look
// changed (the cursor's old and new message), and the same rows let Line skip re-rendering.
// Only the messages shown lately are kept (a long read would otherwise keep every row seen).
const rowCache = new Map<Message, CachedRows>();
const keptMessages = 2000;

function sameOptions(a: RowOptions, b: RowOptions): boolean {
	return (
		a.selected === b.selected &&
		a.bookmarked === b.bookmarked &&
		a.ranges === b.ranges &&
		a.speakerRanges === b.speakerRanges &&
		a.spotlight === b.spotlight
	);
}

function sameContext(a: RowContext, b: RowContext): boolean {
	return a.layout === b.layout && a.maxLines === b.maxLines && a.hyperlinks === b.hyperlinks;
}

/** messageRows, the same arrays again while nothing that shapes them changed. */
export function cachedMessageRows(
	message: Message,
	context: RowContext,
	options: RowOptions,
): Segment[][] {
	const cached = rowCache.get(message);
	const ack = message.ack === true;
	if (
		cached &&
		cached.ack === ack &&
		sameContext(cached.context, context) &&
		sameOptions(cached.options, options)
	) {
		return cached.rows;
	}
	const rows = messageRows(message, context, options);
	if (!cached && rowCache.size >= keptMessages) {
		const oldest = rowCache.keys().next().value;
		if (oldest) rowCache.delete(oldest);
	}
	rowCache.set(message, {context, options, ack, rows});
	return rows;
}
