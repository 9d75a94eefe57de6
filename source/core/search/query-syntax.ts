// What the reader types in the search box, read like fzf's extended search: plain words are
// one fuzzy query (fuse.js, pinyin); `'word` is an exact word, `^word` a start, `word$` an
// end, `!word` a word the message must not hold, a space between them is AND. `/regex/` is a
// regular expression. A leading `@` searches the speakers' names instead of the text.

/** Which strings of a message a search looks at. */
export type SearchField = 'text' | 'speaker' | 'both';

export type Term = {
	/** Lower-cased. */
	text: string;
	kind: 'fuzzy' | 'exact' | 'prefix' | 'suffix';
	negate: boolean;
};

export type ParsedQuery =
	| {kind: 'empty'; field: SearchField}
	| {kind: 'plain'; text: string; field: SearchField}
	| {kind: 'extended'; terms: Term[]; field: SearchField}
	| {kind: 'regex'; regex?: RegExp; error?: string; field: SearchField};

/** Longest regular expression accepted. */
export const maxRegexLength = 200;
/** A regular expression sees at most this much of each message, so a bad one stays cheap. */
export const regexTextLimit = 2000;

// A group that repeats and is itself repeated, `(a+)+` or `(a|aa)*`: the classic
// catastrophic-backtracking shape.
const nestedRepeat =
	/\((?:[^()\\]|\\.)*(?:[+*]|\{\d+,?\d*\})(?:[^()\\]|\\.)*\)\s*(?:[+*]|\{\d+,?\d*\})/u;

function isSpecial(word: string): boolean {
	return /^[!'^]/.test(word) || (word.length > 1 && word.endsWith('$'));
}

function term(word: string): Term | undefined {
	let rest = word;
	const negate = rest.startsWith('!');
	if (negate) rest = rest.slice(1);
	let kind: Term['kind'] = negate ? 'exact' : 'fuzzy';
	if (rest.startsWith("'")) {
		kind = 'exact';
		rest = rest.slice(1);
	} else if (rest.startsWith('^')) {
		kind = 'prefix';
		rest = rest.slice(1);
	} else if (rest.length > 1 && rest.endsWith('$')) {
		kind = 'suffix';
		rest = rest.slice(0, -1);
	}
	return rest.length === 0 ? undefined : {text: rest.toLowerCase(), kind, negate};
}

export function compileRegex(source: string): {regex?: RegExp; error?: string} {
	if (source.length > maxRegexLength) {
		return {error: `regex longer than ${maxRegexLength} characters`};
	}
	if (nestedRepeat.test(source)) return {error: 'regex repeats a repeated group: refused'};
	try {
		return {regex: new RegExp(source, 'giu')};
	} catch (error) {
		return {
			error: `bad regex: ${(error as Error).message.replace(/^Invalid regular expression: /, '')}`,
		};
	}
}

export function parseQuery(query: string, defaultField: SearchField = 'both'): ParsedQuery {
	let rest = query.trim();
	let field = defaultField;
	if (rest.startsWith('@')) {
		field = 'speaker';
		rest = rest.slice(1).trim();
	}
	if (rest.length === 0) return {kind: 'empty', field};
	if (rest.length > 2 && rest.startsWith('/') && rest.endsWith('/')) {
		return {kind: 'regex', field, ...compileRegex(rest.slice(1, -1))};
	}
	const words = rest.split(/\s+/u);
	if (!words.some(isSpecial)) return {kind: 'plain', text: rest, field};
	const terms = words.map(term).filter((each): each is Term => each !== undefined);
	if (terms.length === 0) return {kind: 'empty', field};
	return {kind: 'extended', terms, field};
}

/** Whether a lower-cased string satisfies a literal term (not a fuzzy one). */
export function literalMatches(term: Term, lower: string): boolean {
	switch (term.kind) {
		case 'prefix':
			return lower.startsWith(term.text);
		case 'suffix':
			return lower.endsWith(term.text);
		default:
			return lower.includes(term.text);
	}
}
