// Scroll maths over items of varying height. Every function looks at no more items than
// fit on a screen, so scrolling costs the same on 400 messages and on 1,000,000.

export type HeightOf = (index: number) => number;

export type Viewport = {top: number; cursor: number};

/** The smallest top that still fills the screen when it ends at the last item. */
export function maxTop(count: number, heightOf: HeightOf, height: number): number {
	let top = count - 1;
	let used = count > 0 ? heightOf(top) : 0;
	while (top > 0 && used + heightOf(top - 1) <= height) {
		top--;
		used += heightOf(top);
	}
	return Math.max(0, top);
}

/** Adjusts top so the cursor item is on screen, moving the view as little as possible. */
export function keepVisible(view: Viewport, heightOf: HeightOf, height: number): Viewport {
	const {cursor} = view;
	if (cursor < view.top) return {top: cursor, cursor};
	let top = cursor;
	let used = heightOf(cursor);
	while (top > view.top && used + heightOf(top - 1) <= height) {
		top--;
		used += heightOf(top);
	}
	return {top: Math.max(top, view.top === top ? top : top), cursor};
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

/** Lines the items from `top` fill, up to `height`: the items that are on screen. */
export function visibleRange(top: number, count: number, heightOf: HeightOf, height: number) {
	let end = top;
	let used = 0;
	while (end < count && used < height) {
		used += heightOf(end);
		end++;
	}
	return {start: top, end};
}
