import type {HitList} from '../core/search/hit-list.js';
import type {SearchHit} from '../core/search/search-types.js';
import type {Transcript} from '../core/transcript/types.js';
import type {PaneItemList} from '../layout/pane-items.js';
import type {ScreenLayout} from '../layout/screen-layout.js';
import type {Segment} from '../layout/screen-line.js';
import {maxBodyLines} from '../state/pane-navigation.js';
import {searchResult, visibleWindow} from '../state/selectors.js';
import type {ViewState} from '../state/view-state.js';
import type {Theme} from '../theme/types.js';
import {Rows} from './line.js';
import {cachedMessageRows, floodRow, type RowContext, separatorRow} from './MessageRows.js';

const noRanges: never[] = [];

function hitsById(hits: HitList | undefined, from: number, to: number): Map<number, SearchHit> {
	const map = new Map<number, SearchHit>();
	if (!hits) return map;
	// Hits are in message order: the screen's are found by binary search, and only they are made.
	for (let i = hits.indexAtOrAfter(from); i < hits.length && hits.idAt(i) <= to; i++) {
		const hit = hits.at(i)!;
		map.set(hit.id, hit);
	}
	return map;
}

export type PaneProps = {
	transcript: Transcript;
	items: PaneItemList;
	/** The items on screen (see visibleWindow). */
	window: {start: number; end: number};
	/** Lines of the first item scrolled above the pane (a tall message read line by line). */
	offset?: number;
	/** The item under the cursor; undefined while the sidebar has the keys. */
	cursor: number | undefined;
	hits: HitList | undefined;
	bookmarks: readonly number[];
	/** The speaker chosen in the sidebar. */
	spotlight: string | undefined;
	layout: ScreenLayout;
	maxLines: number;
	theme: Theme;
	hyperlinks: boolean;
};

/** What the pane shows for `state` (the reading screen without an overlay). */
export function paneProps(state: ViewState, theme: Theme, hyperlinks: boolean): PaneProps {
	const {transcript} = state;
	const speakers = state.focus === 'speakers';
	return {
		transcript,
		items: state.pane.items,
		window: visibleWindow(state),
		offset: state.view.offset,
		cursor: speakers ? undefined : state.view.cursor,
		hits: searchResult(state.search)?.hits,
		bookmarks: state.bookmarks,
		spotlight: speakers ? transcript.speakers[state.sidebar.selected]?.name : undefined,
		layout: state.layout,
		maxLines: maxBodyLines(state),
		theme,
		hyperlinks,
	};
}

/** The rows on screen: the items of the window, nothing more. */
export function paneRows(props: PaneProps): Segment[][] {
	const {layout, items, transcript, window} = props;
	const context: RowContext = {
		layout,
		maxLines: props.maxLines,
		hyperlinks: props.hyperlinks,
	};
	if (transcript.messages.length === 0) {
		// A quiet day is a transcript too: say so rather than show a blank pane.
		return [[{text: ' No messages on this day.', role: 'dim'}]];
	}
	const rows: Segment[][] = [];
	let firstId = Number.POSITIVE_INFINITY;
	let lastId = -1;
	for (let index = window.start; index < window.end; index++) {
		const id = items.messageAt(index);
		if (id < 0) continue;
		firstId = Math.min(firstId, id);
		lastId = Math.max(lastId, id);
	}
	const hits = hitsById(props.hits, firstId, lastId);
	const bookmarks = new Set(props.bookmarks);
	for (let index = window.start; index < window.end; index++) {
		const item = items.at(index);
		const selected = index === props.cursor;
		if (item?.kind === 'separator') rows.push(separatorRow(item.label, layout.paneWidth));
		else if (item?.kind === 'flood') {
			const flood = transcript.floods[item.flood];
			if (flood) rows.push(floodRow(flood, item.folded, selected, context));
		} else if (item?.kind === 'message') {
			const message = transcript.messages.get(item.id);
			if (!message) continue;
			const hit = hits.get(item.id);
			rows.push(
				...cachedMessageRows(message, context, {
					selected,
					bookmarked: bookmarks.has(item.id),
					ranges: hit?.textRanges ?? noRanges,
					speakerRanges: hit?.speakerRanges ?? noRanges,
					spotlight: props.spotlight !== undefined && message.speaker === props.spotlight,
				}),
			);
		}
	}
	const offset = props.offset ?? 0;
	return rows.slice(offset, offset + layout.paneHeight);
}

export function Pane(props: PaneProps) {
	const {layout} = props;
	return (
		<Rows
			rows={paneRows(props)}
			width={layout.paneWidth}
			height={layout.paneHeight}
			theme={props.theme}
		/>
	);
}
