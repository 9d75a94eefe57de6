import {spansDays} from '../core/analysis/message-date.js';
import {type KeyBindings, keysLabel, type Mode, modes, modeTitles} from '../input/keymap.js';
import {minimumSize} from '../layout/screen-layout.js';
import {talkSummary} from '../layout/talk-summary.js';
import type {Theme} from '../theme/types.js';
import {pairSpan, Rows, type Span} from './line.js';
import type {ViewProps} from './view-props.js';

// Help, the bookmark list and the "too small" notice: each fills the pane's place.

export function helpLines(theme: Theme, keys: KeyBindings): Span[][] {
	const {colors} = theme;
	const rows: Span[][] = [];
	for (const mode of modes as readonly Mode[]) {
		rows.push([{text: modeTitles[mode], color: colors.header, bold: true}]);
		for (const binding of keys.bindingsFor(mode)) {
			rows.push([
				{text: `  ${keysLabel(binding.keys).padEnd(18)}`, color: colors.accent},
				{text: binding.description, color: colors.text},
			]);
		}
		rows.push([]);
	}
	return rows;
}

export function HelpOverlay({state, theme, top}: ViewProps & {top: number}) {
	const lines = helpLines(theme, state.keys);
	const {paneHeight, width} = state.layout;
	const start = Math.max(0, Math.min(top, lines.length - paneHeight));
	return <Rows rows={lines.slice(start)} width={width} height={paneHeight} />;
}

export function BookmarkList({state, theme}: ViewProps) {
	const {colors} = theme;
	const {paneHeight, width} = state.layout;
	const rows: Span[][] = [
		[{text: `Bookmarks (${state.bookmarks.length})`, color: colors.header, bold: true}],
	];
	const top = Math.max(0, state.bookmarkSelected - (paneHeight - 2));
	state.bookmarks.slice(top, top + paneHeight - 1).forEach((id, offset) => {
		const message = state.transcript.messages[id];
		if (!message) return;
		const text = ` ${message.time}  ${message.speaker || '(no name)'}  ${message.text.split('\n')[0] ?? ''}`;
		rows.push(
			top + offset === state.bookmarkSelected
				? [pairSpan(text, colors.selection)]
				: [{text, color: colors.text}],
		);
	});
	return <Rows rows={rows} width={width} height={paneHeight} />;
}

export function TooSmall({width, height, theme}: {width: number; height: number; theme: Theme}) {
	const text = `terminal too small: ${width}x${height}, chatreel needs ${minimumSize.width}x${minimumSize.height}`;
	const lines = [text.slice(0, Math.max(1, width)), 'q quits'.slice(0, Math.max(1, width))];
	return (
		<Rows
			rows={lines.map((t) => [{text: t, color: theme.colors.warning}])}
			width={Math.max(1, width)}
			height={Math.max(1, Math.min(height, 2))}
		/>
	);
}

export function ChapterList({state, theme}: ViewProps) {
	const {colors} = theme;
	const {paneHeight, width} = state.layout;
	const {talks} = state.transcript;
	const rows: Span[][] = [
		[
			{
				text: `Talks (${talks.length}): Enter presents, Esc closes`,
				color: colors.header,
				bold: true,
			},
		],
	];
	const top = Math.max(0, state.chapterSelected - (paneHeight - 2));
	const dated = spansDays(state.transcript);
	talks.slice(top, top + paneHeight - 1).forEach((talk, offset) => {
		const index = top + offset;
		const text = ` ${String(index + 1).padStart(2)}  ${talkSummary(state.transcript, talk, dated)}`;
		rows.push(
			index === state.chapterSelected
				? [pairSpan(text, colors.selection)]
				: [{text, color: colors.text}],
		);
	});
	return <Rows rows={rows} width={width} height={paneHeight} />;
}
