// Makes text that strangers typed inert: no control character, escape sequence or bidi
// override reaches the terminal. Transcript text and file names show each one as visible text
// (`^[`, `<U+202E>`): sanitizeText, sanitizeLine. Echoes of config and theme files mask
// each one as `?`: maskLine.

const TAB_WIDTH = 4;

// C0 except \n and \t (handled apart), DEL, C1, bidi controls, line/paragraph separators,
// and (with the u flag) lone surrogates only.
const UNSAFE_CORE =
	'[\\u0000-\\u0008\\u000B-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069\\u2028\\u2029]|[\\uD800-\\uDFFF]';
const TEXT_TEST = new RegExp(`[\\t]|${UNSAFE_CORE}`, 'u');
const LINE_TEST = new RegExp(`[\\t\\n]|${UNSAFE_CORE}`, 'u');
const TEXT_REPLACE = new RegExp(UNSAFE_CORE, 'gu');
const LINE_REPLACE = new RegExp(`[\\t\\n]|${UNSAFE_CORE}`, 'gu');

function visible(ch: string): string {
	const code = ch.codePointAt(0) ?? 0;
	if (code === 0x7f) return '^?';
	if (code < 0x20) return `^${String.fromCharCode(code + 0x40)}`;
	if (code >= 0xd800 && code <= 0xdfff) return '\uFFFD';
	return `<U+${code.toString(16).toUpperCase().padStart(4, '0')}>`;
}

function inLine(ch: string): string {
	return ch === '\t' ? ' ' : visible(ch);
}

/** Expands tabs to the next multiple of four columns, counting code points from the last newline. */
function expandTabs(s: string): string {
	return s
		.split('\n')
		.map((line) => {
			if (!line.includes('\t')) return line;
			let out = '';
			let column = 0;
			for (const ch of line) {
				if (ch === '\t') {
					const pad = TAB_WIDTH - (column % TAB_WIDTH);
					out += ' '.repeat(pad);
					column += pad;
				} else {
					out += ch;
					column++;
				}
			}
			return out;
		})
		.join('\n');
}

/**
 * Whether `s` holds anything the sanitizers would change. With `line`, a newline counts too
 * (as it does for `sanitizeLine`).
 */
export function hasUnsafe(s: string, line = false): boolean {
	return (line ? LINE_TEST : TEXT_TEST).test(s);
}

/** Multi-line text: keeps `\n`, expands tabs, shows every other control as inert text. */
export function sanitizeText(s: string): string {
	if (!TEXT_TEST.test(s)) return s;
	const shown = s.replace(TEXT_REPLACE, visible);
	return shown.includes('\t') ? expandTabs(shown) : shown;
}

/** Single-line fields (speaker names, file names): like `sanitizeText`, and `\n` shows as `^J`, a tab as one space. */
export function sanitizeLine(s: string): string {
	if (!LINE_TEST.test(s)) return s;
	return s.replace(LINE_REPLACE, inLine);
}

/** One short line for an error about a config or theme file: each unsafe character becomes `?`, long text is cut with `…`. */
export function maskLine(s: string, maxLength = 200): string {
	const masked = s.replace(LINE_REPLACE, '?');
	const chars = [...masked];
	return chars.length > maxLength ? `${chars.slice(0, maxLength - 1).join('')}…` : masked;
}
