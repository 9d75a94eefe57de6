import type {CharRange} from '../core/search/search-types.js';
import type {Flood, Message} from '../core/transcript/types.js';
import {floodSummary} from '../layout/flood-summary.js';
import {layoutMessage} from '../layout/message-layout.js';
import type {ScreenLayout} from '../layout/screen-layout.js';
import {padToWidth} from '../layout/wrap-text.js';
import {speakerColor} from '../theme/speaker-colors.js';
import type {Theme} from '../theme/types.js';
import {linkTarget} from './hyperlinks.js';
import {pairSpan, type Span} from './line.js';

// Rows of the pane as spans: a message (time, speaker, wrapped text), a flood line, an
// hour separator. Pure functions of their inputs, so Pane only stacks them.

export type RowContext = {
	theme: Theme;
	layout: ScreenLayout;
	maxLines: number;
	hyperlinks: boolean;
};

function highlighted(
	text: string,
	start: number,
	ranges: readonly CharRange[],
	theme: Theme,
): Span[] {
	const base: Span = {text, color: theme.colors.text};
	if (start < 0 || ranges.length === 0) return [base];
	const end = start + text.length;
	const spans: Span[] = [];
	let at = start;
	for (const [from, to] of ranges) {
		if (to <= at || from >= end) continue;
		const a = Math.max(from, at);
		const b = Math.min(to, end);
		if (a > at) spans.push({...base, text: text.slice(at - start, a - start)});
		spans.push(pairSpan(text.slice(a - start, b - start), theme.colors.match, {bold: true}));
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
): Span[][] {
	const {theme, layout} = context;
	const {colors} = theme;
	const body = layoutMessage(message, layout.textWidth, context.maxLines);
	const time: Span = options.selected
		? pairSpan(message.time, colors.selection, {bold: true})
		: {text: message.time, color: colors.time};
	const name = message.speaker === '' ? '(no name)' : message.speaker;
	const nameText = padToWidth(name, layout.speakerWidth);
	const speaker: Span = options.spotlight
		? pairSpan(nameText, colors.selection, {bold: true})
		: options.speakerRanges.length > 0
			? pairSpan(nameText, colors.match)
			: {
					text: nameText,
					color: message.speaker === '' ? colors.dim : speakerColor(theme, name),
					bold: options.selected,
				};
	const bar: Span = options.bookmarked
		? {text: ' * ', color: colors.marker, bold: true}
		: {text: ' │ ', color: colors.border};
	const blank: Span = {text: ' '.repeat(layout.timeWidth + 1 + layout.speakerWidth)};
	return body.lines.map((line, index) => {
		const lead: Span[] =
			index === 0
				? [time, {text: ' '}, speaker, bar]
				: [blank, {text: ' │ ', color: colors.border}];
		switch (line.role) {
			case 'text':
				return [...lead, ...highlighted(line.text, line.start, options.ranges, theme)];
			case 'link':
				return [
					...lead,
					{
						text: line.text,
						color: colors.link,
						underline: true,
						link: context.hyperlinks ? linkTarget(message.url) : undefined,
					},
				];
			case 'marker':
				return [...lead, {text: line.text, color: colors.accent}];
			case 'more':
				return [...lead, {text: line.text, color: colors.dim}];
			default:
				return lead;
		}
	});
}

export function floodRow(
	flood: Flood,
	folded: boolean,
	selected: boolean,
	context: RowContext,
): Span[] {
	const {colors} = context.theme;
	const time: Span = selected
		? pairSpan(flood.start, colors.selection, {bold: true})
		: {text: flood.start, color: colors.time};
	const width = context.layout.paneWidth - context.layout.timeWidth - 1;
	const text = floodSummary(flood, width, folded ? '▸' : '▾');
	return [time, {text: ' '}, {text, color: colors.flood, bold: selected}];
}

export function separatorRow(label: string, width: number, theme: Theme): Span[] {
	const text = `── ${label} `;
	return [{text: text + '─'.repeat(Math.max(0, width - text.length)), color: theme.colors.dim}];
}
