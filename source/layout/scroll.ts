// Scroll maths over items of varying height. Every function looks at no more items than
// fit on a screen, so scrolling costs the same on 400 messages and on 1,000,000.
// The top of the pane is a line position: an item and how many of its lines are above the
// pane (a message taller than the pane is read line by line).

export type HeightOf = (index: number) => number;

/** `offset`: lines of the top item scrolled above the pane (0 when absent). */
export type Viewport = {top: number; cursor: number; offset?: number};

export type LinePos = {item: number; line: number};

export function topOf(view: Viewport): LinePos {
	return {item: view.top, line: view.offset ?? 0};
}

export function comparePos(a: LinePos, b: LinePos): number {
	return a.item === b.item ? a.line - b.line : a.item - b.item;
}

/** The position `lines` screen lines after `pos` (before it when negative), within the items. */
export function advance(pos: LinePos, lines: number, count: number, heightOf: HeightOf): LinePos {
	if (count === 0) return {item: 0, line: 0};
	let {item, line} = pos;
	let left = lines;
	while (left > 0) {
		const room = heightOf(item) - 1 - line;
		if (left <= room) return {item, line: line + left};
		if (item >= count - 1) return {item, line: heightOf(item) - 1};
		left -= room + 1;
		item++;
		line = 0;
	}
	while (left < 0) {
		if (-left <= line) return {item, line: line + left};
		if (item <= 0) return {item: 0, line: 0};
		left += line + 1;
		item--;
		line = heightOf(item) - 1;
	}
	return {item, line};
}

/** The last top that still fills the pane: the last line of the last item at the bottom. */
export function maxTopPos(count: number, heightOf: HeightOf, height: number): LinePos {
	if (count === 0) return {item: 0, line: 0};
	const last = {item: count - 1, line: heightOf(count - 1) - 1};
	return advance(last, -(height - 1), count, heightOf);
}

function clampTop(pos: LinePos, count: number, heightOf: HeightOf, height: number): LinePos {
	const limit = maxTopPos(count, heightOf, height);
	const top = comparePos(pos, limit) > 0 ? limit : pos;
	return {item: top.item, line: Math.max(0, Math.min(top.line, heightOf(top.item) - 1))};
}

/** A viewport with its top at `pos` (kept where the pane is still full). */
export function withTop(
	view: Viewport,
	pos: LinePos,
	count: number,
	heightOf: HeightOf,
	height: number,
): Viewport {
	const top = clampTop(pos, count, heightOf, height);
	return {top: top.item, offset: top.line, cursor: view.cursor};
}

/**
 * The screen row where `item` starts, counted from the top of the pane (negative above it),
 * walking at most `limit` lines: farther rows come back as `limit` or `-limit`.
 */
export function rowOf(top: LinePos, item: number, heightOf: HeightOf, limit: number): number {
	let row = -top.line;
	if (item >= top.item) {
		for (let i = top.item; i < item; i++) {
			row += heightOf(i);
			if (row >= limit) return limit;
		}
		return row;
	}
	for (let i = top.item - 1; i >= item; i--) {
		row -= heightOf(i);
		if (row <= -limit) return -limit;
	}
	return row;
}

/**
 * Scrolls as little as possible to show the cursor item: all of it when it fits, otherwise
 * its first line (a tall item already on screen is left where it is, for line scrolling).
 */
export function keepVisible(
	view: Viewport,
	heightOf: HeightOf,
	height: number,
	count: number,
	/** A tall item cut at the top shows its first line (the cursor has just moved onto it). */
	showStart = false,
): Viewport {
	const {cursor} = view;
	const h = heightOf(cursor);
	let top = topOf(view);
	top = {item: top.item, line: Math.max(0, Math.min(top.line, heightOf(top.item) - 1))};
	const row = rowOf(top, cursor, heightOf, height + h);
	const tall = h > height;
	const start = {item: cursor, line: 0};
	const bottomAligned = advance({item: cursor, line: h - 1}, -(height - 1), count, heightOf);
	if (row < 0) {
		if (showStart || !(tall && row + h > 0)) top = start;
	} else if (row >= height) {
		top = tall ? start : bottomAligned;
	} else if (row + h > height && !tall) {
		top = bottomAligned;
	}
	return withTop(view, top, count, heightOf, height);
}

/** Lines a jump keeps above its target (vim's and lnav's context): a quarter of the pane. */
export function contextLines(height: number): number {
	return Math.min(Math.floor(height / 2), Math.max(2, Math.floor(height / 4)));
}

/**
 * Shows the cursor item after a jump (a search hit, a time): left where it is when all of it
 * is on screen, otherwise with `contextLines` of what comes before it above it (fewer at the
 * start of the items, or when the item would not fit; a taller item starts at the top).
 */
export function showInContext(
	view: Viewport,
	heightOf: HeightOf,
	height: number,
	count: number,
	/** Place it even when it is on screen (the pane was just rebuilt around it). */
	place = false,
): Viewport {
	const {cursor} = view;
	const h = heightOf(cursor);
	const top = topOf(view);
	const row = rowOf(top, cursor, heightOf, height + h);
	if (!place && row >= 0 && row + h <= height) return withTop(view, top, count, heightOf, height);
	const above = Math.max(0, Math.min(contextLines(height), height - h));
	const pos = advance({item: cursor, line: 0}, -above, count, heightOf);
	return withTop(view, pos, count, heightOf, height);
}

/** Lines the items from `top` fill, up to `height`: the items that are on screen. */
export function visibleRange(
	top: number,
	count: number,
	heightOf: HeightOf,
	height: number,
	offset = 0,
) {
	let end = top;
	let used = -offset;
	while (end < count && used < height) {
		used += heightOf(end);
		end++;
	}
	return {start: top, end};
}

/** The item holding the screen line `row` (0 is the top of the pane). */
export function itemAtRow(view: Viewport, row: number, count: number, heightOf: HeightOf): number {
	return advance(topOf(view), row, count, heightOf).item;
}

/** Index of the item that ends `lines` lines after `from` (walking forward or back). */
export function itemAfterLines(
	from: number,
	lines: number,
	count: number,
	heightOf: HeightOf,
	direction: 1 | -1,
): number {
	let index = from;
	let used = 0;
	while (used < lines) {
		const next = index + direction;
		if (next < 0 || next >= count) break;
		used += heightOf(direction === 1 ? index : next);
		index = next;
	}
	return index;
}

/** The smallest top item that still fills the screen when it ends at the last item. */
export function maxTop(count: number, heightOf: HeightOf, height: number): number {
	return maxTopPos(count, heightOf, height).item;
}
