import type {SearchHit} from '../core/search/search-types.js';
import type {MessageStore} from '../core/transcript/message-store.js';
import type {Message} from '../core/transcript/types.js';
import type {Segment} from '../layout/screen-line.js';
import type {Theme} from '../theme/types.js';
import {Rows} from './line.js';

// The search's hits as a list, best first: time, speaker and the matching words in context.

type ResultsListProps = {
	messages: MessageStore;
	hits: readonly SearchHit[];
	selected: number;
	title: string;
	width: number;
	height: number;
	theme: Theme;
};

/** Characters of context shown before the first match. */
const before = 12;

/** The message on one line from a little before its first match, the matches marked. */
export function hitContext(message: Message, hit: SearchHit): Segment[] {
	const text = message.text.replace(/\s+/gu, ' ');
	const flat = message.text.length === text.length;
	const first = flat ? (hit.textRanges[0]?.[0] ?? 0) : 0;
	const from = Math.max(0, first - before);
	const segments: Segment[] = from > 0 ? [{text: '…', role: 'dim'}] : [];
	let at = from;
	for (const [start, end] of flat ? hit.textRanges : []) {
		if (end <= at) continue;
		if (start > at) segments.push({text: text.slice(at, start), role: 'text'});
		segments.push({text: text.slice(Math.max(at, start), end), role: 'match'});
		at = end;
		if (at - from > 400) break;
	}
	segments.push({text: text.slice(at, at + 400), role: 'text'});
	return segments;
}

export function ResultsList({
	messages,
	hits,
	selected,
	title,
	width,
	height,
	theme,
}: ResultsListProps) {
	const rows: Segment[][] = [[{text: title, role: 'header', bold: true}]];
	const room = Math.max(1, height - 1);
	const top = Math.max(0, selected - (room - 1));
	hits.slice(top, top + room).forEach((hit, offset) => {
		const message = messages.get(hit.id);
		if (!message) return;
		const name = message.speaker || '(no name)';
		const head: Segment[] = [
			{text: top + offset === selected ? '▶' : ' ', role: 'accent'},
			{text: `${message.time} `, role: 'time'},
			{text: `${name.slice(0, 16)}  `, role: 'speaker', speaker: message.speaker},
		];
		const row = [...head, ...hitContext(message, hit)];
		rows.push(
			top + offset === selected
				? row.map((segment) =>
						segment.role === 'match' ? segment : {...segment, role: 'selection'},
					)
				: row,
		);
	});
	return <Rows rows={rows} width={width} height={height} theme={theme} />;
}
