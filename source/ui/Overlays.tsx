import {spansDays} from '../core/analysis/message-date.js';
import type {MessageStore} from '../core/transcript/message-store.js';
import type {Talk, Transcript} from '../core/transcript/types.js';
import {type KeyBindings, keysLabel} from '../input/keymap.js';
import {type Mode, modes, modeTitles} from '../input/keymap-table.js';
import {minimumSize} from '../layout/screen-layout.js';
import type {Segment} from '../layout/screen-line.js';
import {talkSummary} from '../layout/talk-summary.js';
import {wrapText} from '../layout/wrap-text.js';
import type {Theme} from '../theme/types.js';
import {Rows} from './line.js';

// Help, the bookmark list and the "too small" notice: each fills the pane's place.

export function helpLines(keys: KeyBindings): Segment[][] {
	const rows: Segment[][] = [];
	for (const mode of modes as readonly Mode[]) {
		rows.push([{text: modeTitles[mode], role: 'header', bold: true}]);
		for (const binding of keys.bindingsFor(mode)) {
			rows.push([
				{text: `  ${keysLabel(binding.keys).padEnd(18)}`, role: 'accent'},
				{text: binding.description, role: 'text'},
			]);
		}
		rows.push([]);
	}
	return rows;
}

type Box = {width: number; height: number; theme: Theme};

/** The key table from `top` (the reducer keeps `top` in range). */
export function HelpOverlay({
	keys,
	top,
	width,
	height,
	theme,
}: Box & {keys: KeyBindings; top: number}) {
	return <Rows rows={helpLines(keys).slice(top)} width={width} height={height} theme={theme} />;
}

type BookmarkListProps = Box & {
	messages: MessageStore;
	bookmarks: readonly number[];
	selected: number;
};

export function BookmarkList({
	messages,
	bookmarks,
	selected,
	width,
	height,
	theme,
}: BookmarkListProps) {
	const paneHeight = height;
	const rows: Segment[][] = [
		[{text: `Bookmarks (${bookmarks.length})`, role: 'header', bold: true}],
	];
	const top = Math.max(0, selected - (paneHeight - 2));
	bookmarks.slice(top, top + paneHeight - 1).forEach((id, offset) => {
		const message = messages.get(id);
		if (!message) return;
		const text = ` ${message.time}  ${message.speaker || '(no name)'}  ${message.text.split('\n')[0] ?? ''}`;
		rows.push(
			top + offset === selected ? [{text: text, role: 'selection'}] : [{text, role: 'text'}],
		);
	});
	return <Rows rows={rows} width={width} height={paneHeight} theme={theme} />;
}

/** The too-small screen's lines, wrapped to fit `width` x `height`. */
export function tooSmallLines(width: number, height: number, quitKey: string | undefined) {
	const {width: w, height: h} = minimumSize;
	const text = `terminal too small: ${width}x${height}; chatreel needs at least ${w}x${h}`;
	const room = Math.max(1, width);
	const lines = [...wrapText(text, room, height).lines, quitKey ? `${quitKey} quits` : ''];
	return lines.filter((line) => line !== '').slice(0, Math.max(1, height));
}

export function TooSmall({width, height, theme, quitKey}: Box & {quitKey: string | undefined}) {
	const lines = tooSmallLines(width, height, quitKey);
	return (
		<Rows
			rows={lines.map((t): Segment[] => [{text: t, role: 'warning'}])}
			width={Math.max(1, width)}
			height={Math.max(1, Math.min(height, lines.length))}
			theme={theme}
		/>
	);
}

type ChapterListProps = Box & {
	transcript: Transcript;
	talks: readonly Talk[];
	selected: number;
	title: string;
};

export function ChapterList({
	transcript,
	talks,
	selected,
	title,
	width,
	height,
	theme,
}: ChapterListProps) {
	const paneHeight = height;
	const rows: Segment[][] = [[{text: title, role: 'header', bold: true}]];
	const top = Math.max(0, selected - (paneHeight - 2));
	const dated = spansDays(transcript);
	talks.slice(top, top + paneHeight - 1).forEach((talk, offset) => {
		const index = top + offset;
		const text = ` ${String(index + 1).padStart(2)}  ${talkSummary(transcript, talk, dated)}`;
		rows.push(index === selected ? [{text: text, role: 'selection'}] : [{text, role: 'text'}]);
	});
	return <Rows rows={rows} width={width} height={paneHeight} theme={theme} />;
}
