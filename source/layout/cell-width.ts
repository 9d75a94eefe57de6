// Cells of one grapheme for the common scripts (Latin, Cyrillic, CJK, kana, Hangul, box
// drawing, punctuation) without string-width: its Unicode property regexes take ~20 ms to
// compile on first use, which would land in the first frame. The answers are string-width's
// own (test/layout/cell-width.test.ts compares every code point of these ranges).
import stringWidth from 'string-width';

/** [first, last, cells] code points (all in the BMP), in order. */
const ranges: readonly (readonly [number, number, number])[] = [
	[0x20, 0x7e, 1],
	[0xa0, 0xac, 1],
	[0xae, 0x24f, 1],
	[0x370, 0x482, 1],
	[0x48a, 0x4ff, 1],
	[0x2000, 0x200a, 1],
	[0x2010, 0x2029, 1],
	[0x202f, 0x205f, 1],
	[0x2190, 0x21ff, 1],
	[0x2500, 0x25fc, 1],
	[0x2f00, 0x2fd5, 2],
	[0x3000, 0x3029, 2],
	[0x302e, 0x303e, 2],
	[0x3041, 0x3096, 2],
	[0x309b, 0x30ff, 2],
	[0x3105, 0x312f, 2],
	[0x3131, 0x3163, 2],
	[0x3165, 0x318e, 2],
	[0x3190, 0x31e5, 2],
	[0x31ef, 0x321e, 2],
	[0x3220, 0x3247, 2],
	[0x3250, 0x4dbf, 2],
	[0x4e00, 0x9fff, 2],
	[0xac00, 0xd7a3, 2],
	[0xf900, 0xfaff, 2],
	[0xfe30, 0xfe4f, 2],
	[0xff01, 0xff60, 2],
	[0xff61, 0xff9f, 1],
	[0xffa1, 0xffdf, 1],
	[0xffe0, 0xffe6, 2],
	[0xffe7, 0xffef, 1],
];

/** Every code point the table covers: for the test. */
export const quickRanges = ranges;

/** Cells of a grapheme that is one of the code points above; undefined for any other. */
export function quickCells(grapheme: string): number | undefined {
	if (grapheme.length !== 1) return undefined;
	const code = grapheme.charCodeAt(0);
	let low = 0;
	let high = ranges.length - 1;
	while (low <= high) {
		const mid = (low + high) >> 1;
		const [first, last, cells] = ranges[mid]!;
		if (code < first) high = mid - 1;
		else if (code > last) low = mid + 1;
		else return cells;
	}
	return undefined;
}

/** Cells of one grapheme, as string-width counts them. */
export function graphemeCells(grapheme: string): number {
	return quickCells(grapheme) ?? stringWidth(grapheme);
}

/**
 * Code units of the table that join no neighbour into one grapheme (a halfwidth kana voicing
 * mark extends the kana before it): text made only of the others is one grapheme a unit.
 */
const joiners = new Set([0x302e, 0x302f, 0xff9e, 0xff9f]);
let unitCells: Uint8Array | undefined;

/** Cells of each UTF-16 unit that is a whole grapheme in any text; 0 for the others. */
function unitTable(): Uint8Array {
	if (!unitCells) {
		unitCells = new Uint8Array(0x10000);
		for (const [first, last, cells] of ranges) unitCells.fill(cells, first, last + 1);
		for (const unit of joiners) unitCells[unit] = 0;
	}
	return unitCells;
}

/** Cells of `unit` when it is a grapheme of its own whatever surrounds it; 0 otherwise. */
export function simpleUnitCells(unit: number): number {
	return unitTable()[unit]!;
}

/**
 * Cells of `text` when every unit of it is a grapheme of the table, without segmenting it
 * (Intl.Segmenter is the cost of measuring a screen); undefined when one is not.
 */
export function simpleCells(text: string): number | undefined {
	const table = unitTable();
	let total = 0;
	for (let index = 0; index < text.length; index++) {
		const cells = table[text.charCodeAt(index)]!;
		if (cells === 0) return undefined;
		total += cells;
	}
	return total;
}
