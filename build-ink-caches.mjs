// An esbuild plugin for the bundle: Ink draws a frame without redoing what the last frame did.
// Ink 6 builds every frame from nothing: each Output has its own caches, every Text is measured
// with string-width and every screen row is serialised by diffing the styles of each pair of
// neighbouring cells. On a 120x35 screen that is ~10 ms a key in Ink alone, ~15 ms when the
// rows are new (a page down). The patched Output keeps the last frame's tokens, widths and
// row texts (a row whose cells did not change is not serialised again), measures graphemes
// once, starts rows from one shared blank cell and skips the style diff between cells with
// the same styles; Ink's text sizes stop growing with every row ever shown.
// The frames are the same: the tests run the stock Ink, and test/build/ink-caches.test.ts
// checks that both draw the same frames.
import {readFile} from 'node:fs/promises';
import {fileURLToPath} from 'node:url';

// The reader's own table of common graphemes: no string-width regexes in the first frame.
const cellWidth = fileURLToPath(new URL('./source/layout/cell-width.ts', import.meta.url));

/** Widths, shared by the patched files: string-width's, each grapheme measured once. */
const widthsModule = `import stringWidth from 'string-width';
import stripAnsi from 'strip-ansi';
import {quickCells} from ${JSON.stringify(cellWidth)};
const graphemeWidths = new Map();
const graphemes = new Intl.Segmenter();
/** string-width adds up the widths of the graphemes of the text. */
export function textWidth(text) {
    let string = text;
    if (string.includes('\\u001B') || string.includes('\\u009B')) string = stripAnsi(string);
    if (/^[\\u0020-\\u007E]*$/.test(string)) return string.length;
    let width = 0;
    for (const {segment} of graphemes.segment(string)) {
        let cached = quickCells(segment) ?? graphemeWidths.get(segment);
        if (cached === undefined) {
            if (graphemeWidths.size >= 100000) graphemeWidths.clear();
            cached = stringWidth(segment);
            graphemeWidths.set(segment, cached);
        }
        width += cached;
    }
    return width;
}
const textWidths = new Map();
/** widest-line, with textWidth; Ink measures each Text twice (layout, then drawing). */
export function widestLine(text) {
    let width = textWidths.get(text);
    if (width === undefined) {
        width = 0;
        for (const line of text.split('\\n')) width = Math.max(width, textWidth(line));
        if (textWidths.size >= 5000) textWidths.clear();
        textWidths.set(text, width);
    }
    return width;
}
`;

/** The caches: a frame's fall back on the last frame's, then drop them (two frames at most). */
const frameCaches = `// chatreel (build-ink-caches.mjs): caches kept from one frame to the next.
const blankCell = Object.freeze({type: 'char', value: ' ', fullWidth: false, styles: Object.freeze([])});
function sameStyles(a, b) {
    if (a === b) return true;
    if (a.length !== b.length) return false;
    for (let index = 0; index < a.length; index++) if (a[index] !== b[index]) return false;
    return true;
}
/** styledCharsToString, without diffing neighbours whose styles are the same codes. */
function rowToString(chars) {
    let ret = '';
    for (let index = 0; index < chars.length; index++) {
        const char = chars[index];
        if (index === 0) ret += ansiCodesToString(char.styles);
        else {
            const before = chars[index - 1].styles;
            if (!sameStyles(before, char.styles)) ret += ansiCodesToString(diffAnsiCodes(before, char.styles));
        }
        ret += char.value;
        if (index === chars.length - 1) ret += ansiCodesToString(diffAnsiCodes(char.styles, []));
    }
    return ret;
}
/** Cells that print the same: the same cell, or the blank half of the same wide character. */
function sameCells(a, b) {
    if (a.length !== b.length) return false;
    for (let index = 0; index < a.length; index++) {
        const x = a[index];
        const y = b[index];
        if (x !== y && !(x.value === '' && y.value === '' && x.styles === y.styles)) return false;
    }
    return true;
}
let lastCaches;
class OutputCaches {
    widths = new Map();
    blockWidths = new Map();
    styledChars = new Map();
    /** Each screen row of this frame: its cells and what they print. */
    rows = [];
    constructor(previous) {
        this.previous = previous;
    }
    static next() {
        const caches = new OutputCaches(lastCaches);
        if (lastCaches) lastCaches.previous = undefined;
        lastCaches = caches;
        return caches;
    }
    /** The row's text; the last frame's when the row at that height holds the same cells. */
    rowString(cells, y) {
        const before = this.previous?.rows[y];
        const text = before && sameCells(before.cells, cells) ? before.text : rowToString(cells).trimEnd();
        this.rows[y] = {cells, text};
        return text;
    }
    getStyledChars(line) {
        let cached = this.styledChars.get(line);
        if (cached === undefined) {
            cached = this.previous?.styledChars.get(line) ?? styledCharsFromTokens(tokenize(line));
            this.styledChars.set(line, cached);
        }
        return cached;
    }
    getStringWidth(text) {
        let cached = this.widths.get(text);
        if (cached === undefined) {
            cached = this.previous?.widths.get(text) ?? textWidth(text);
            this.widths.set(text, cached);
        }
        return cached;
    }
    getWidestLine(text) {
        let cached = this.blockWidths.get(text);
        if (cached === undefined) {
            cached = this.previous?.blockWidths.get(text) ?? widestLine(text);
            this.blockWidths.set(text, cached);
        }
        return cached;
    }
}
`;

function changed(file, what) {
	return new Error(
		`build-ink-caches: ink/build/${file} is not the one this patch was written for ` +
			`(looked for ${JSON.stringify(what.slice(0, 80))}); update build-ink-caches.mjs`,
	);
}

/** Replaces `from` with `to`, which must be there exactly once. */
function replaceOnce(source, from, to, file) {
	const at = source.indexOf(from);
	if (at === -1 || source.indexOf(from, at + from.length) !== -1) throw changed(file, from);
	return source.slice(0, at) + to + source.slice(at + from.length);
}

const blankRow = `            for (let x = 0; x < this.width; x++) {
                row.push({
                    type: 'char',
                    value: ' ',
                    fullWidth: false,
                    styles: [],
                });
            }`;

/** ink/build/output.js with the caches above. */
export function patchOutput(source) {
	const file = 'output.js';
	const start = source.indexOf('class OutputCaches {');
	const end = source.indexOf('export default class Output {');
	if (start === -1 || end < start) throw changed(file, 'class OutputCaches {');
	let patched = source.slice(0, start) + frameCaches + source.slice(end);
	const replacements = [
		[
			"import { styledCharsFromTokens, styledCharsToString, tokenize, } from '@alcalzone/ansi-tokenize';",
			"import { ansiCodesToString, diffAnsiCodes, styledCharsFromTokens, tokenize, } from '@alcalzone/ansi-tokenize';\nimport { textWidth, widestLine } from 'chatreel-ink-widths';",
		],
		['caches = new OutputCaches();', 'caches = OutputCaches.next();'],
		[blankRow, '            for (let x = 0; x < this.width; x++) row.push(blankCell);'],
		[
			'            .map(line => {\n            // See https://github.com/vadimdemedes/ink/pull/564',
			'            .map((line, y) => {\n            // See https://github.com/vadimdemedes/ink/pull/564',
		],
		[
			'return styledCharsToString(lineWithoutEmptyItems).trimEnd();',
			'return this.caches.rowString(lineWithoutEmptyItems, y);',
		],
	];
	for (const [from, to] of replacements) patched = replaceOnce(patched, from, to, file);
	return patched;
}

/** ink/build/render-node-to-output.js measuring each Text through the frame's caches. */
export function patchRenderNodeToOutput(source) {
	return replaceOnce(
		source,
		'const currentWidth = widestLine(text);',
		'const currentWidth = output.caches.getWidestLine(text);',
		'render-node-to-output.js',
	);
}

/**
 * ink/build/measure-text.js measuring graphemes once, and keeping fewer texts: Ink keeps the
 * size of every text it ever laid out, which grows with every row scrolled past.
 */
export function patchMeasureText(source) {
	const file = 'measure-text.js';
	let patched = replaceOnce(
		source,
		"import widestLine from 'widest-line';",
		"import { widestLine } from 'chatreel-ink-widths';",
		file,
	);
	patched = replaceOnce(
		patched,
		'cache.set(text, dimensions);',
		'if (cache.size >= 5000) cache.clear();\n    cache.set(text, dimensions);',
		file,
	);
	return patched;
}

const patches = {
	'output.js': patchOutput,
	'render-node-to-output.js': patchRenderNodeToOutput,
	'measure-text.js': patchMeasureText,
};

export const inkCaches = {
	name: 'ink-caches',
	setup(builder) {
		builder.onLoad(
			{filter: /[\\/]ink[\\/]build[\\/](output|render-node-to-output|measure-text)\.js$/},
			async (args) => {
				const file = args.path.split(/[\\/]/).at(-1);
				const source = await readFile(args.path, 'utf8');
				return {contents: patches[file](source), loader: 'js'};
			},
		);
		// The widths module resolves its packages from Ink's own folder.
		builder.onResolve({filter: /^chatreel-ink-widths$/}, (args) => ({
			path: 'chatreel-ink-widths',
			namespace: 'ink-caches',
			pluginData: {resolveDir: args.resolveDir},
		}));
		builder.onLoad({filter: /.*/, namespace: 'ink-caches'}, (args) => ({
			contents: widthsModule,
			loader: 'js',
			resolveDir: args.pluginData.resolveDir,
		}));
	},
};
