// Width-aware wrapping for terminal cells. Graphemes are measured one at a time and the
// walk stops as soon as enough lines exist, so a huge body costs only what is on screen.
import {graphemeCells, simpleCells, simpleUnitCells} from './cell-width.js';

const segmenter = new Intl.Segmenter(undefined, {granularity: 'grapheme'});

// C0/C1 controls other than the newline are never written to the terminal.
const controlPattern = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;

export type WrappedText = {
	lines: string[];
	/** Offset in `text` where each line starts, for highlighting matches. */
	starts: number[];
	/** Characters (UTF-16 units) of `text` not laid out because `maxLines` was reached. */
	rest: number;
};

/** Terminal cells one grapheme takes; a control counts as the one-cell space it becomes. */
function graphemeWidth(grapheme: string): number {
	const code = grapheme.charCodeAt(0);
	if (grapheme.length === 1 && code >= 0x20 && code < 0x7f) {
		return 1;
	}
	if (controlPattern.test(grapheme)) {
		return 1;
	}
	return graphemeCells(grapheme);
}

function cleanGrapheme(grapheme: string): string {
	return controlPattern.test(grapheme) ? ' ' : grapheme;
}

const window = 4096;

/** A unit no neighbour of its kind joins: a character of the table, a control other than CR. */
function alone(code: number): boolean {
	return (
		simpleUnitCells(code) > 0 || (code < 0x20 && code !== 0x0d) || (code >= 0x7f && code <= 0x9f)
	);
}

/**
 * Whether `text[start…end)` is one grapheme a unit, as the segmenter would cut it: every unit
 * alone, and the one after it too (a combining mark there would join the last).
 */
function aloneUnits(text: string, start: number, end: number): boolean {
	for (let index = start; index < end; index++) if (!alone(text.charCodeAt(index))) return false;
	return end === text.length || alone(text.charCodeAt(end));
}

/** Graphemes with their offsets, segmenting in windows: `Intl.Segmenter` copies its whole
 * input up front, which would make a huge body cost its full length. */
export function* graphemes(text: string): Generator<{segment: string; index: number}> {
	let start = 0;
	while (start < text.length) {
		const end = Math.min(text.length, start + window);
		const last = end === text.length;
		if (aloneUnits(text, start, end)) {
			for (let index = start; index < end; index++) yield {segment: text[index]!, index};
			start = end;
			continue;
		}
		let next = end;
		for (const {segment, index} of segmenter.segment(text.slice(start, end))) {
			// The window's final grapheme may continue past it: segment it again next time.
			if (!last && index > 0 && index + segment.length === end - start) {
				next = start + index;
				break;
			}
			yield {segment, index: start + index};
		}
		start = next;
	}
}

type Cell = {text: string; width: number; index: number};

function cellsToString(cells: Cell[]): string {
	return cells
		.map((cell) => cell.text)
		.join('')
		.trimEnd();
}

function isNewline(segment: string): boolean {
	return segment === '\n' || segment === '\r\n' || segment === '\r';
}

// Line-breaking rules for Chinese text (kinsoku): closing punctuation never starts a line and
// opening brackets never end one. URLs may break after `/`, `?` and `&`.
const noLineStart = new Set([...'。，、；：！？）」』】〕》〉”’…‥·．,.;:!?)]}%～〜—ー']);
const noLineEnd = new Set([...'（「『【〔《〈“‘([{']);
const breakAfter = new Set([...'/?&']);

/** True when the line may be broken between `before` and `after`. */
function mayBreakBetween(before: Cell, after: Cell): boolean {
	if (noLineStart.has(after.text) || noLineEnd.has(before.text)) {
		return false;
	}
	return (
		before.text === ' ' || before.width >= 2 || after.width >= 2 || breakAfter.has(before.text)
	);
}

/** Positions in `cells` where a line may be broken, in order. */
function breakPositions(cells: readonly Cell[]): number[] {
	const positions: number[] = [];
	for (let i = 1; i < cells.length; i++) {
		if (mayBreakBetween(cells[i - 1]!, cells[i]!)) {
			positions.push(i);
		}
	}
	return positions;
}

/**
 * Wraps `text` into lines no wider than `width` cells. Breaks after spaces, around wide
 * (CJK, emoji) characters and after `/ ? &`, never before closing or after opening
 * punctuation, hard-breaks words longer than a line, keeps the text's own line breaks, and
 * stops after `maxLines` lines, reporting how much of the text was left.
 */
export function wrapText(
	text: string,
	width: number,
	maxLines = Number.POSITIVE_INFINITY,
): WrappedText {
	const lines: string[] = [];
	const starts: number[] = [];
	if (width < 1 || maxLines < 1) {
		return {lines, starts, rest: text.length};
	}
	let lineStart = 0;
	const pushLine = (line: Cell[]) => {
		starts.push(line[0]?.index ?? lineStart);
		lines.push(cellsToString(line));
	};
	let cells: Cell[] = [];
	let used = 0;
	// Positions in `cells` where the line may be broken (the tail moves to the next line).
	let breaks: number[] = [];
	let afterNewline = false;
	for (const {segment, index} of graphemes(text)) {
		if (isNewline(segment)) {
			pushLine(cells);
			lineStart = index + segment.length;
			if (lines.length >= maxLines) {
				return {lines, starts, rest: text.length - lineStart};
			}
			cells = [];
			used = 0;
			breaks = [];
			afterNewline = true;
			continue;
		}
		afterNewline = false;
		let cell: Cell = {text: cleanGrapheme(segment), width: graphemeWidth(segment), index};
		if (cell.width > width) {
			cell = {text: '?', width: 1, index};
		}
		const isSpace = cell.text === ' ';
		const previous = cells.at(-1);
		if (used + cell.width > width) {
			let tail: Cell[] = [];
			if (isSpace || (previous && mayBreakBetween(previous, cell))) {
				// Break right here; an overflowing space ends the line and is dropped.
			} else {
				const breakAt = breaks.at(-1) ?? 0;
				if (breakAt > 0) {
					tail = cells.slice(breakAt);
					cells = cells.slice(0, breakAt);
				}
			}
			pushLine(cells);
			while (tail[0]?.text === ' ') {
				tail.shift();
			}
			lineStart = tail[0]?.index ?? index + (isSpace ? segment.length : 0);
			if (lines.length >= maxLines) {
				return {lines, starts, rest: text.length - (tail[0]?.index ?? index)};
			}
			cells = tail;
			used = tail.reduce((sum, c) => sum + c.width, 0);
			breaks = breakPositions(cells);
			if (isSpace) {
				continue;
			}
		}
		const last = cells.at(-1);
		if (last && mayBreakBetween(last, cell)) {
			breaks.push(cells.length);
		}
		cells.push(cell);
		used += cell.width;
	}
	if (cells.length > 0 || afterNewline || lines.length === 0) {
		pushLine(cells);
	}
	return {lines, starts, rest: 0};
}

const printableAscii = /^[\u0020-\u007e]*$/;

/** Cells `text` takes on screen; only call it on what will be shown. */
export function displayWidth(text: string): number {
	// Printable ASCII is one cell a character: no need to segment it.
	if (printableAscii.test(text)) return text.length;
	const simple = simpleCells(text);
	if (simple !== undefined) return simple;
	let total = 0;
	for (const {segment} of graphemes(text)) {
		total += graphemeWidth(segment);
	}
	return total;
}

/** One line of at most `width` cells, ending in `…` when the text did not fit. */
export function truncateToWidth(text: string, width: number): string {
	if (width < 1) {
		return '';
	}
	// Text that fits as it is (no controls to clean) comes back as it is.
	const simple = printableAscii.test(text) ? text.length : simpleCells(text);
	if (simple !== undefined && simple <= width) return text;
	const cells: Cell[] = [];
	let used = 0;
	for (const {segment, index} of graphemes(text)) {
		const cell: Cell = isNewline(segment)
			? {text: ' ', width: 1, index}
			: {text: cleanGrapheme(segment), width: graphemeWidth(segment), index};
		if (used + cell.width > width) {
			while (cells.length > 0 && used + 1 > width) {
				used -= cells.pop()?.width ?? 0;
			}
			return `${cells.map((c) => c.text).join('')}…`;
		}
		cells.push(cell);
		used += cell.width;
	}
	return cells.map((c) => c.text).join('');
}

/** Exactly `width` cells: truncated with `…` when too wide, padded with spaces otherwise. */
export function padToWidth(text: string, width: number): string {
	const fitted = truncateToWidth(text, width);
	const missing = width - displayWidth(fitted);
	return missing > 0 ? fitted + ' '.repeat(missing) : fitted;
}
