// Text from config files, theme files and the command line is echoed back to the terminal;
// control characters, escapes and bidi overrides must never reach it.

const UNSAFE =
	/[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\u2028\u2029]|[\uD800-\uDFFF]/gu;

/** One printable line: unsafe characters become `?`, long text is cut with `…`. */
export function cleanText(text: string, maxLength = 200): string {
	const clean = text.replace(UNSAFE, '?');
	const chars = [...clean];
	return chars.length > maxLength ? `${chars.slice(0, maxLength - 1).join('')}…` : clean;
}
