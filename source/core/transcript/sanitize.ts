// Makes text that strangers typed inert: no control character, escape sequence, bidi
// override or invisible character reaches the terminal. Transcript text and file names show
// each one as visible text (`^[`, `<U+202E>`, `<U+200B>`): sanitizeText, sanitizeLine. Echoes
// of config and theme files mask each one as `?`: maskLine.

const TAB_WIDTH = 4;

// C0 except \n and \t (handled apart), DEL, C1, bidi controls, line/paragraph separators,
// and (with the u flag) lone surrogates only.
const CONTROLS =
	'[\\u0000-\\u0008\\u000B-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069\\u2028\\u2029]|[\\uD800-\\uDFFF]';
// Invisible characters that could make two strings look alike or hide text: soft hyphen,
// grapheme joiner, Hangul fillers, Khmer and Mongolian invisibles, zero-width space and
// non-joiner, word joiner and invisible operators, deprecated format controls, BOM inside
// text, interlinear annotation, shorthand format and musical format controls, and tags.
// Emoji keep what they need: a zero-width joiner between two pictographs (👨‍👩‍👧), a
// variation selector after an emoji (❤️, 1️⃣) or an ideograph, and the tags of a subdivision flag (🏴 + gbsct).
const INVISIBLE = [
	'[\\u00AD\\u034F\\u115F\\u1160\\u17B4\\u17B5\\u180B-\\u180F\\u200B\\u200C\\u2060-\\u2064\\u206A-\\u206F\\u3164\\uFEFF\\uFFA0\\uFFF9-\\uFFFB\\u{1BCA0}-\\u{1BCA3}\\u{1D173}-\\u{1D17A}\\u{E0000}-\\u{E007F}]',
	'(?<![\\p{Extended_Pictographic}\\uFE0F\\u{1F3FB}-\\u{1F3FF}])\\u200D',
	'\\u200D(?!\\p{Extended_Pictographic})',
	'(?<!\\p{Emoji})[\\uFE00-\\uFE0F]',
	'(?<!\\p{Ideographic})[\\u{E0100}-\\u{E01EF}]',
].join('|');
// A subdivision flag (🏴 then two to six tag letters or digits, then the cancel tag) is kept whole.
const FLAG = '(\\u{1F3F4}[\\u{E0030}-\\u{E0039}\\u{E0061}-\\u{E007A}]{2,6}\\u{E007F})';
const UNSAFE_CORE = `${FLAG}|${CONTROLS}|${INVISIBLE}`;
const TEXT_TEST = new RegExp(`[\\t]|${CONTROLS}|${INVISIBLE}`, 'u');
const LINE_TEST = new RegExp(`[\\t\\n]|${CONTROLS}|${INVISIBLE}`, 'u');
const TEXT_REPLACE = new RegExp(UNSAFE_CORE, 'gu');
const LINE_REPLACE = new RegExp(`${FLAG}|[\\t\\n]|${CONTROLS}|${INVISIBLE}`, 'gu');
const INVISIBLE_REPLACE = new RegExp(`${FLAG}|${INVISIBLE}`, 'gu');

function visible(ch: string, flag?: string): string {
	if (flag) return flag;
	const code = ch.codePointAt(0) ?? 0;
	if (code === 0x7f) return '^?';
	if (code < 0x20) return `^${String.fromCharCode(code + 0x40)}`;
	if (code >= 0xd800 && code <= 0xdfff) return '\uFFFD';
	return `<U+${code.toString(16).toUpperCase().padStart(4, '0')}>`;
}

function inLine(ch: string, flag?: string): string {
	return ch === '\t' ? ' ' : visible(ch, flag);
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

/** `s` without the invisible characters the sanitizers show: to tell names that differ only by them. */
export function withoutInvisible(s: string): string {
	return s.replace(INVISIBLE_REPLACE, (_ch: string, flag?: string) => flag ?? '');
}

/** One short line for an error about a config or theme file: each unsafe character becomes `?`, long text is cut with `…`. */
export function maskLine(s: string, maxLength = 200): string {
	const masked = s.replace(LINE_REPLACE, '?');
	const chars = [...masked];
	return chars.length > maxLength ? `${chars.slice(0, maxLength - 1).join('')}…` : masked;
}
