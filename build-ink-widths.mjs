// The module the bundle's patched Ink files share (build-ink-caches.mjs): widths measured once
// a grapheme, rows tokenized without segmenting them when each of their characters is a
// grapheme of its own, and the hook through which the reader prepares the rows of the page it
// expects next (source/ui/page-prefetch.ts).
import {fileURLToPath} from 'node:url';

// The reader's own table of common graphemes: no string-width regexes in the first frame.
const cellWidth = fileURLToPath(new URL('./source/layout/cell-width.ts', import.meta.url));

/** Widths, shared by the patched files: string-width's, each grapheme measured once. */
export const widthsModule = `import stringWidth from 'string-width';
import stripAnsi from 'strip-ansi';
import {reduceAnsiCodesIncremental, tokenize} from '@alcalzone/ansi-tokenize';
import {quickCells, simpleCells, simpleUnitCells} from ${JSON.stringify(cellWidth)};
const graphemeWidths = new Map();
const graphemes = new Intl.Segmenter();
/**
 * Cells of a row painted with plain SGR codes (at most three digits a parameter, which
 * strip-ansi removes whole) around characters of the table; undefined for anything else.
 */
function styledCells(text) {
    let cells = 0;
    for (let index = 0; index < text.length; index++) {
        const code = text.charCodeAt(index);
        if (code === 0x1b) {
            if (text.charCodeAt(index + 1) !== 0x5b) return undefined;
            let digits = 0;
            let at = index + 2;
            for (; ; at++) {
                const c = text.charCodeAt(at);
                if (c >= 0x30 && c <= 0x39 && digits < 3) digits++;
                else if (c === 0x3b && digits > 0) digits = 0;
                else break;
            }
            if (text.charCodeAt(at) !== 0x6d || (digits === 0 && at > index + 2)) return undefined;
            index = at;
        } else {
            const unit = simpleUnitCells(code);
            if (unit === 0) return undefined;
            cells += unit;
        }
    }
    return cells;
}
/** string-width adds up the widths of the graphemes of the text. */
export function textWidth(text) {
    const styled = styledCells(text);
    if (styled !== undefined) return styled;
    let string = text;
    if (string.includes('\\u001B') || string.includes('\\u009B')) string = stripAnsi(string);
    if (/^[\\u0020-\\u007E]*$/.test(string)) return string.length;
    const simple = simpleCells(string);
    if (simple !== undefined) return simple;
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
/** tokenize's answers for the escape sequences and characters met so far. */
const pieces = new Map();
function piece(text) {
    let tokens = pieces.get(text);
    if (tokens === undefined) {
        if (pieces.size >= 20000) pieces.clear();
        tokens = tokenize(text);
        pieces.set(text, tokens);
    }
    return tokens;
}
/** Where the escape sequence at \`at\` ends, as tokenize reads it: -1 for any other. */
function escapeEnd(text, at) {
    const next = text.charCodeAt(at + 1);
    if (next === 0x5b) {
        for (let index = at + 2; index < text.length; index++) {
            const code = text.charCodeAt(index);
            if (code === 0x6d) return index + 1;
            if (code !== 0x3b && (code < 0x30 || code > 0x39)) return -1;
        }
        return -1;
    }
    if (next === 0x5d && text.startsWith('\\u001B]8;', at)) {
        const params = text.indexOf(';', at + 4);
        const end = params === -1 ? -1 : text.indexOf('\\u0007', params + 1);
        return end === -1 ? -1 : end + 1;
    }
    return -1;
}
/**
 * tokenize(text), without segmenting it when each of its characters is a grapheme whatever
 * surrounds it: escape sequences and characters are tokenized one by one, and remembered.
 */
function quickTokens(text) {
    const tokens = [];
    let index = 0;
    while (index < text.length) {
        const code = text.charCodeAt(index);
        if (code === 0x1b) {
            const end = escapeEnd(text, index);
            if (end === -1) return tokenize(text);
            for (const token of piece(text.slice(index, end))) {
                if (token.type !== 'ansi') return tokenize(text);
                tokens.push(token);
            }
            index = end;
        } else {
            if (simpleUnitCells(code) === 0) return tokenize(text);
            tokens.push(piece(text[index])[0]);
            index++;
        }
    }
    return tokens;
}
/**
 * styledCharsFromTokens: each character with the codes in force. The characters of a run
 * share one array of codes (no one changes it), not a copy each.
 */
function styledCharsOf(tokens) {
    let codes = noCodes;
    const chars = [];
    for (const token of tokens) {
        if (token.type === 'ansi') codes = sharedCodes(reduceAnsiCodesIncremental(codes, [token]));
        else if (token.type === 'char') {
            const {type, value, fullWidth} = token;
            chars.push({type, value, fullWidth, styles: codes, cells: charCells(value)});
        }
    }
    return chars;
}
/** The cells Output gives a character (at least one), measured once for each character. */
const cellsOfChar = new Map();
function charCells(value) {
    let cells = cellsOfChar.get(value);
    if (cells === undefined) {
        if (cellsOfChar.size >= 20000) cellsOfChar.clear();
        cells = Math.max(1, textWidth(value));
        cellsOfChar.set(value, cells);
    }
    return cells;
}
const noCodes = Object.freeze([]);
/** One array for each set of codes: rows compare and diff them by identity. */
const codeSets = new Map();
function sharedCodes(codes) {
    if (codes.length === 0) return noCodes;
    let key = '';
    for (const code of codes) key += code.code.length + ':' + code.code + code.endCode.length + ':' + code.endCode;
    let shared = codeSets.get(key);
    if (shared === undefined) {
        if (codeSets.size >= 5000) codeSets.clear();
        shared = Object.freeze(codes);
        codeSets.set(key, shared);
    }
    return shared;
}
/** Rows of recent frames and of frames the reader prepared, as Ink's styled characters. */
const styledLines = new Map();
export function styledChars(line) {
    let chars = styledLines.get(line);
    if (chars === undefined) {
        chars = styledCharsOf(quickTokens(line));
        if (styledLines.size >= 1000) styledLines.clear();
        styledLines.set(line, chars);
    }
    return chars;
}
/** The reader measures and tokenizes the rows of the page it expects next while idle. */
globalThis[Symbol.for('chatreel.ink-prepare')] = (lines) => {
    for (const line of lines) {
        widestLine(line);
        styledChars(line);
    }
};
`;
