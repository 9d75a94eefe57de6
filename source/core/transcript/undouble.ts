// Link titles whose every character the export doubled: `焦焦虑虑的的` reads `焦虑的`.

const MIN_PAIRS = 3;

/**
 * Returns `title` undoubled when every non-whitespace code point comes as an identical
 * pair, with at least three pairs of at least two distinct characters; otherwise `title`.
 *
 * Whitespace need not be doubled (the sample title `焦焦虑虑…？？\n` ends in one newline):
 * a whitespace run made of identical pairs is halved, any other run is kept as it is.
 * A run of one repeated character (`哈哈哈哈哈哈`, `......`) is left alone: it cannot be
 * told from natural repetition, and nothing is gained by halving it.
 */
export function undouble(title: string): string {
	const chars = Array.from(title);
	if (chars.length < MIN_PAIRS * 2) return title;
	let out = '';
	let pairs = 0;
	let first: string | undefined;
	let distinct = false;
	let i = 0;
	while (i < chars.length) {
		const ch = chars[i]!;
		if (/\s/u.test(ch)) {
			let end = i;
			while (end < chars.length && /\s/u.test(chars[end]!)) end++;
			out += halveRun(chars.slice(i, end));
			i = end;
			continue;
		}
		if (chars[i + 1] !== ch) return title;
		out += ch;
		pairs++;
		if (first === undefined) first = ch;
		else if (ch !== first) distinct = true;
		i += 2;
	}
	return pairs >= MIN_PAIRS && distinct ? out : title;
}

function halveRun(run: string[]): string {
	if (run.length % 2 !== 0) return run.join('');
	let half = '';
	for (let i = 0; i < run.length; i += 2) {
		if (run[i] !== run[i + 1]) return run.join('');
		half += run[i];
	}
	return half;
}
