import type {SearchResult} from '../../source/core/search/search-types.js';
import type {Message} from '../../source/core/transcript/types.js';
import {message as factoryMessage, formatClock} from './message-factory.js';

/** A message with only what search reads filled in meaningfully. */
export function message(id: number, speaker: string, text: string): Message {
	const seconds = 8 * 3600 + id * 17;
	return {...factoryMessage(id, formatClock(seconds), speaker, text, seconds), kind: 'text'};
}

export function messages(rows: ReadonlyArray<readonly [string, string]>): Message[] {
	return rows.map(([speaker, text], id) => message(id, speaker, text));
}

/** Everything a search result says, its lazily worked-out parts included (for toEqual). */
export function materialized(result: SearchResult) {
	return {
		query: result.query,
		best: result.best,
		error: result.error,
		hits: result.hits.map((hit) => ({
			id: hit.id,
			score: hit.score,
			textRanges: hit.textRanges,
			speakerRanges: hit.speakerRanges,
		})),
	};
}
