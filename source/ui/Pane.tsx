import type {SearchHit} from '../core/search/search-types.js';
import {heightFunction, maxBodyLines} from '../state/pane-navigation.js';
import type {ViewState} from '../state/view-state.js';
import type {Theme} from '../theme/types.js';
import {Rows, type Span} from './line.js';
import {floodRow, messageRows, type RowContext, separatorRow} from './MessageRows.js';
import type {ViewProps} from './view-props.js';

const noRanges: never[] = [];

function hitsById(
	hits: readonly SearchHit[] | undefined,
	from: number,
	to: number,
): Map<number, SearchHit> {
	const map = new Map<number, SearchHit>();
	if (!hits) return map;
	// Hits are in message order: find the window of the screen by binary search.
	let low = 0;
	let high = hits.length;
	while (low < high) {
		const mid = (low + high) >> 1;
		if ((hits[mid]?.id ?? 0) < from) low = mid + 1;
		else high = mid;
	}
	for (let i = low; i < hits.length && (hits[i]?.id ?? 0) <= to; i++) {
		const hit = hits[i];
		if (hit) map.set(hit.id, hit);
	}
	return map;
}

/** The rows on screen: items from `view.top` until the pane is full, nothing more. */
export function paneRows(state: ViewState, theme: Theme, hyperlinks: boolean): Span[][] {
	const {layout, pane, transcript, view} = state;
	if (transcript.messages.length === 0) {
		// A quiet day is a transcript too: say so rather than show a blank pane.
		return [[{text: ' No messages on this day.', color: theme.colors.dim}]];
	}
	const context: RowContext = {theme, layout, maxLines: maxBodyLines(state), hyperlinks};
	const heightOf = heightFunction(state);
	const rows: Span[][] = [];
	let end = view.top;
	let used = 0;
	while (end < pane.items.length && used < layout.paneHeight) used += heightOf(end++);
	let firstId = Number.POSITIVE_INFINITY;
	let lastId = -1;
	for (let index = view.top; index < end; index++) {
		const item = pane.items[index];
		if (item?.kind !== 'message') continue;
		firstId = Math.min(firstId, item.id);
		lastId = Math.max(lastId, item.id);
	}
	const hits = hitsById(state.search.result?.hits, firstId, lastId);
	const bookmarks = new Set(state.bookmarks);
	const spotlight =
		state.mode === 'speakers' ? state.transcript.speakers[state.sidebar.selected]?.name : undefined;
	for (let index = view.top; index < end; index++) {
		const item = pane.items[index];
		const selected = index === view.cursor && state.mode !== 'speakers';
		if (item?.kind === 'separator') rows.push(separatorRow(item.label, layout.paneWidth, theme));
		else if (item?.kind === 'flood') {
			const flood = transcript.floods[item.flood];
			if (flood) rows.push(floodRow(flood, item.folded, selected, context));
		} else if (item?.kind === 'message') {
			const message = transcript.messages[item.id];
			if (!message) continue;
			const hit = hits.get(item.id);
			rows.push(
				...messageRows(message, context, {
					selected,
					bookmarked: bookmarks.has(item.id),
					ranges: hit?.textRanges ?? noRanges,
					speakerRanges: hit?.speakerRanges ?? noRanges,
					spotlight: message.speaker === spotlight,
				}),
			);
		}
	}
	return rows.slice(0, layout.paneHeight);
}

export function Pane({state, theme, hyperlinks}: ViewProps & {hyperlinks: boolean}) {
	const {layout} = state;
	return (
		<Rows
			rows={paneRows(state, theme, hyperlinks)}
			width={layout.paneWidth}
			height={layout.paneHeight}
		/>
	);
}
