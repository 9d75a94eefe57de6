// fzf's extended terms and `/regex/` queries (query-syntax.ts), over the same index as the
// plain search. Literal terms narrow the candidates through the character index first.
import {candidatesWithAll, distinctCodes} from './char-index.js';
import {collectHits, finishHits} from './collect-hits.js';
import {mergeRanges, occurrences} from './highlight-ranges.js';
import {HitList} from './hit-list.js';
import {literalMatches, type ParsedQuery, regexTextLimit, type Term} from './query-syntax.js';
import {plainFound} from './search-engine.js';
import {lowerSpeaker, lowerText, type SearchIndex} from './search-index.js';
import type {CharRange, SearchHit, SearchOptions, SearchResult} from './search-types.js';

type Extended = Extract<ParsedQuery, {kind: 'extended'}>;
type Regex = Extract<ParsedQuery, {kind: 'regex'}>;

const sliceSize = 2000;

function literalRanges(term: Term, lower: string): CharRange[] {
	if (term.kind === 'prefix') return lower.startsWith(term.text) ? [[0, term.text.length]] : [];
	if (term.kind === 'suffix') {
		return lower.endsWith(term.text) ? [[lower.length - term.text.length, lower.length]] : [];
	}
	return occurrences(lower, term.text);
}

export function* extendedSearch(
	index: SearchIndex,
	query: string,
	parsed: Extended,
	options: SearchOptions,
): Generator<void, SearchResult, void> {
	const {terms, field} = parsed;
	const fields = (position: number): string[] => [
		field === 'speaker' ? '' : lowerText(index, position),
		field === 'text' ? '' : lowerSpeaker(index, position),
	];
	const literal = terms.filter((term) => term.kind !== 'fuzzy' && !term.negate);
	const fuzzy = terms.filter((term) => term.kind === 'fuzzy');
	const positions =
		literal.length > 0
			? candidatesWithAll(index.chars, distinctCodes(literal.map((term) => term.text).join('')))
			: Int32Array.from({length: index.size}, (_, i) => i);
	// Each fuzzy word is a plain search of its own; a message must satisfy all of them.
	const fuzzyHits: Array<Map<number, SearchHit>> = [];
	for (const term of fuzzy) {
		const found = yield* plainFound(index, term.text, field);
		const result = yield* collectHits(index, term.text, term.text, found, {}, field);
		fuzzyHits.push(new Map(result.hits.map((hit) => [hit.id, hit])));
	}
	const hits: SearchHit[] = [];
	for (let from = 0; from < positions.length; from += sliceSize) {
		for (const position of positions.slice(from, from + sliceSize)) {
			const id = index.source.id(position);
			if (fuzzyHits.some((map) => !map.has(id))) continue;
			const [text, speaker] = fields(position) as [string, string];
			const ok = terms.every((term) => {
				if (term.kind === 'fuzzy') return true;
				const holds =
					literalMatches(term, text) || (speaker !== '' && literalMatches(term, speaker));
				return term.negate ? !holds : holds;
			});
			if (!ok) continue;
			const textRanges: CharRange[] = [];
			const speakerRanges: CharRange[] = [];
			for (const term of literal) {
				if (text) textRanges.push(...literalRanges(term, text));
				if (speaker) speakerRanges.push(...literalRanges(term, speaker));
			}
			let score = 0.3 * (text.length / (text.length + 40));
			for (const map of fuzzyHits) {
				const hit = map.get(id)!;
				textRanges.push(...hit.textRanges);
				speakerRanges.push(...hit.speakerRanges);
				score = Math.max(score, hit.score);
			}
			hits.push({
				id,
				score,
				textRanges: mergeRanges(textRanges),
				speakerRanges: mergeRanges(speakerRanges),
			});
		}
		yield;
	}
	return finishHits(query, hits, options);
}

function regexRanges(regex: RegExp, value: string): CharRange[] {
	const ranges: CharRange[] = [];
	const text = value.slice(0, regexTextLimit);
	regex.lastIndex = 0;
	for (let match = regex.exec(text); match && ranges.length < 100; match = regex.exec(text)) {
		const end = match.index + match[0].length;
		if (end > match.index) ranges.push([match.index, end]);
		else regex.lastIndex = match.index + 1;
	}
	return ranges;
}

/** Messages whose text (or name, with `@`) matches; only the first 2,000 characters are tried. */
export function* regexSearch(
	index: SearchIndex,
	query: string,
	parsed: Regex,
	options: SearchOptions,
): Generator<void, SearchResult, void> {
	const {regex, field} = parsed;
	if (!regex) return {query, hits: HitList.empty, best: -1, error: parsed.error ?? 'bad regex'};
	const hits: SearchHit[] = [];
	const {source, size} = index;
	for (let from = 0; from < size; from += sliceSize) {
		const to = Math.min(size, from + sliceSize);
		for (let position = from; position < to; position++) {
			const text = source.text(position);
			const textRanges = field === 'speaker' ? [] : regexRanges(regex, text);
			const speakerRanges = field === 'text' ? [] : regexRanges(regex, source.speaker(position));
			if (textRanges.length === 0 && speakerRanges.length === 0) continue;
			const length = Math.min(text.length, regexTextLimit);
			const id = source.id(position);
			hits.push({id, score: 0.3 * (length / (length + 40)), textRanges, speakerRanges});
		}
		yield;
	}
	return finishHits(query, hits, options);
}
