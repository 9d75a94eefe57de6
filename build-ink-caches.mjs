// An esbuild plugin for the bundle: Ink draws a frame without redoing what the last frame did.
// Ink 6 builds every frame from nothing: each Output has its own caches, every Text is measured
// with string-width and every screen row is serialised by diffing the styles of each pair of
// neighbouring cells. On a 120x35 screen that is ~10 ms a key in Ink alone, ~15 ms when the
// rows are new (a page down). The patched Output keeps the last frame's tokens, widths and
// row texts (a row whose cells did not change is not serialised again), measures graphemes
// once, starts rows from one shared blank cell and skips the style diff between cells with
// the same styles; Ink's text sizes stop growing with every row ever shown. Rows are tokenized
// without segmenting them (build-ink-widths.mjs), each set of styles is one array whose diffs
// are made once, and Text passes rows of styles and links on without sanitizing them.
// The frames are the same: the tests run the stock Ink, and test/build/ink-caches.test.ts
// checks that both draw the same frames.
import {readFile} from 'node:fs/promises';
import {widthsModule} from './build-ink-widths.mjs';

/** The caches: a frame's fall back on the last frame's, then drop them (two frames at most). */
const frameCaches = `// chatreel (build-ink-caches.mjs): caches kept from one frame to the next.
const blankCell = Object.freeze({type: 'char', value: ' ', fullWidth: false, styles: Object.freeze([])});
function sameStyles(a, b) {
    if (a === b) return true;
    if (a.length !== b.length) return false;
    for (let index = 0; index < a.length; index++) if (a[index] !== b[index]) return false;
    return true;
}
const noStyles = Object.freeze([]);
const openings = new WeakMap();
/** ansiCodesToString(styles), once for each array of styles. */
function opening(styles) {
    let text = openings.get(styles);
    if (text === undefined) {
        text = ansiCodesToString(styles);
        openings.set(styles, text);
    }
    return text;
}
const changes = new WeakMap();
/** ansiCodesToString(diffAnsiCodes(from, to)), once for each pair of arrays. */
function change(from, to) {
    let byTo = changes.get(from);
    if (byTo === undefined) {
        byTo = new WeakMap();
        changes.set(from, byTo);
    }
    let text = byTo.get(to);
    if (text === undefined) {
        text = ansiCodesToString(diffAnsiCodes(from, to));
        byTo.set(to, text);
    }
    return text;
}
/** styledCharsToString, without diffing neighbours whose styles are the same codes. */
function rowToString(chars) {
    let ret = '';
    let before;
    for (let index = 0; index < chars.length; index++) {
        const styles = chars[index].styles;
        if (index === 0) ret += opening(styles);
        else if (styles !== before && !sameStyles(before, styles)) ret += change(before, styles);
        ret += chars[index].value;
        before = styles;
    }
    if (before !== undefined) ret += change(before, noStyles);
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
/** Recent rows by their first cell that is not blank: cells come from rows tokenized once. */
const recentRows = new Map();
let recentCount = 0;
function firstMark(cells) {
    for (const cell of cells) if (cell !== blankCell) return cell;
    return blankCell;
}
function recentRow(cells) {
    const rows = recentRows.get(firstMark(cells));
    if (rows !== undefined) for (const row of rows) if (sameCells(row.cells, cells)) return row;
    return undefined;
}
function keepRow(row) {
    if (recentCount >= 600) {
        recentRows.clear();
        recentCount = 0;
    }
    const mark = firstMark(row.cells);
    const rows = recentRows.get(mark) ?? [];
    if (rows.length === 0) recentRows.set(mark, rows);
    if (rows.length >= 4) rows.shift();
    else recentCount++;
    rows.push(row);
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
    /**
     * The row's text; the last frame's when the row at that height holds the same cells, or a
     * recent row's with the same cells at any height (a scroll moves rows, b brings them back).
     */
    rowString(cells, y) {
        const before = this.previous?.rows[y];
        let row = before && sameCells(before.cells, cells) ? before : recentRow(cells);
        if (row === undefined) {
            row = {cells, text: rowToString(cells).trimEnd()};
            keepRow(row);
        }
        this.rows[y] = row;
        return row.text;
    }
    getStyledChars(line) {
        return this.cached('styledChars', line, styledChars);
    }
    getStringWidth(text) {
        return this.cached('widths', text, textWidth);
    }
    getWidestLine(text) {
        return this.cached('blockWidths', text, widestLine);
    }
    /** From this frame's map, else the previous frame's, else computed; kept for the next. */
    cached(name, key, compute) {
        const map = this[name];
        let value = map.get(key);
        if (value === undefined) {
            value = this.previous?.[name].get(key) ?? compute(key);
            map.set(key, value);
        }
        return value;
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
			"import { ansiCodesToString, diffAnsiCodes, styledCharsFromTokens, tokenize, } from '@alcalzone/ansi-tokenize';\nimport { styledChars, textWidth, widestLine } from 'chatreel-ink-widths';",
		],
		['caches = new OutputCaches();', 'caches = OutputCaches.next();'],
		[blankRow, '            for (let x = 0; x < this.width; x++) row.push(blankCell);'],
		[
			'            .map(line => {\n            // See https://github.com/vadimdemedes/ink/pull/564',
			'            .map((line, y) => {\n            // See https://github.com/vadimdemedes/ink/pull/564',
		],
		[
			'const characterWidth = Math.max(1, this.caches.getStringWidth(character.value));',
			'const characterWidth = character.cells ?? Math.max(1, this.caches.getStringWidth(character.value));',
		],
		[
			'const lineWithoutEmptyItems = line.filter(item => item !== undefined);',
			'const lineWithoutEmptyItems = line.includes(undefined) ? line.filter(item => item !== undefined) : line;',
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

/** Text whose only escape sequences are SGR and BEL-ended OSC ones: what sanitizeAnsi keeps. */
const styledOnly = `// chatreel (build-ink-caches.mjs): what every row of the reader is, kept without tokenizing.
function onlyStylesAndLinks(text) {
    for (let index = 0; index < text.length; index++) {
        const code = text.charCodeAt(index);
        if (code >= 0x80 && code <= 0x9f) return false;
        if (code !== 0x1b) continue;
        const next = text.charCodeAt(index + 1);
        if (next === 0x5b) {
            let end = index + 2;
            for (let c = text.charCodeAt(end); c === 0x3b || (c >= 0x30 && c <= 0x39); c = text.charCodeAt(++end));
            if (text.charCodeAt(end) !== 0x6d) return false;
            index = end;
        } else if (next === 0x5d) {
            const end = text.indexOf('\\u0007', index + 2);
            if (end === -1) return false;
            for (let inner = index + 2; inner < end; inner++) {
                const c = text.charCodeAt(inner);
                if (c === 0x1b || (c >= 0x80 && c <= 0x9f)) return false;
            }
            index = end;
        } else return false;
    }
    return true;
}
`;

/** ink/build/sanitize-ansi.js passing a row of styles and links on without tokenizing it. */
export function patchSanitizeAnsi(source) {
	const file = 'sanitize-ansi.js';
	const from = 'const sanitizeAnsi = (text) => {\n';
	return replaceOnce(
		source,
		from,
		`${styledOnly}${from}    if (onlyStylesAndLinks(text)) return text;\n`,
		file,
	);
}

const patches = {
	'sanitize-ansi.js': patchSanitizeAnsi,
	'output.js': patchOutput,
	'render-node-to-output.js': patchRenderNodeToOutput,
	'measure-text.js': patchMeasureText,
};

export const inkCaches = {
	name: 'ink-caches',
	setup(builder) {
		builder.onLoad(
			{
				filter:
					/[\\/]ink[\\/]build[\\/](output|render-node-to-output|measure-text|sanitize-ansi)\.js$/,
			},
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
