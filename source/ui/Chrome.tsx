import {memo, useMemo} from 'react';
import {activityBuckets, bucketOf, defaultRange} from '../core/analysis/timeline.js';
import type {HitList} from '../core/search/hit-list.js';
import {hitPosition} from '../core/search/hit-navigation.js';
import type {Transcript} from '../core/transcript/types.js';
import {fitSegments, type Segment} from '../layout/screen-line.js';
import {displayWidth} from '../layout/wrap-text.js';
import type {Live, Notice} from '../state/view-state.js';
import type {Theme} from '../theme/types.js';
import {Line} from './line.js';

// The header, the activity timeline, the status bar and the input line.

/** The day, or the first and last days of a history. */
function dateSpan(transcript: Transcript): string {
	const last = transcript.messages.at(-1)?.timestamp?.slice(0, 10);
	const first = transcript.meta.date;
	return last && first && last !== first ? `${first} – ${last}` : first;
}

type HeaderProps = {
	transcript: Transcript;
	filter: string | undefined;
	cursorId: number;
	width: number;
	theme: Theme;
};

export function Header({transcript, filter, cursorId, width, theme}: HeaderProps) {
	const {meta, messages, speakers} = transcript;
	const current = messages.get(cursorId);
	const left: Segment[] = [{text: ` ${meta.title || 'transcript'}`, role: 'header', bold: true}];
	if (filter !== undefined) {
		left.push({text: `  only: ${filter || '(no name)'}`, role: 'accent', bold: true});
	}
	left.push(
		{text: `  ${dateSpan(transcript)}`, role: 'dim'},
		{text: `  ${messages.length} messages · ${speakers.length} speakers`, role: 'dim'},
	);
	const day = current?.timestamp?.slice(0, 10);
	const right = current ? `${day && day !== meta.date ? `${day} ` : ''}${current.time} ` : '';
	// The time under the cursor always shows; the title gives way on narrow screens.
	const room = Math.max(0, width - displayWidth(right) - 1);
	const shown = fitSegments(left, room);
	return (
		<Line
			segments={[...shown, {text: ' ', role: 'plain'}, {text: right, role: 'time', bold: true}]}
			width={width}
			theme={theme}
		/>
	);
}

const levels = ' ▁▂▃▄▅▆▇█';

function useBuckets(transcript: Transcript, width: number) {
	return useMemo(() => {
		const range = defaultRange(transcript.messages);
		const counts = activityBuckets(transcript.messages, width, range);
		return {range, counts, max: Math.max(1, ...counts)};
	}, [transcript, width]);
}

type TimelineProps = {
	transcript: Transcript;
	/** Clock seconds of the first and last message on screen. */
	first: number | undefined;
	last: number | undefined;
	width: number;
	theme: Theme;
};

/** Messages per slice of the day, like lnav's histogram; the part on screen is marked. */
function TimelineView({transcript, first, last, width, theme}: TimelineProps) {
	const {range, counts, max} = useBuckets(transcript, width);
	const from = first === undefined ? -1 : bucketOf(first, width, range);
	const to = last === undefined ? -1 : bucketOf(last, width, range);
	// One segment a run of columns in the same role, not one a column.
	const spans: Segment[] = [];
	counts.forEach((count, index) => {
		const level =
			count === 0 ? 0 : Math.max(1, Math.round((Math.sqrt(count) / Math.sqrt(max)) * 8));
		const bar = levels[level] ?? ' ';
		const shown = index >= from && index <= to;
		const role = shown ? 'selection' : 'timeline';
		const text = shown && bar === ' ' ? '·' : bar;
		const run = spans.at(-1);
		if (run?.role === role) run.text += text;
		else spans.push({text, role});
	});
	return <Line segments={spans} width={width} theme={theme} />;
}

/** Drawn again only when the part on screen (or the transcript, or the width) changes. */
export const Timeline = memo(TimelineView);

type StatusBarProps = {
	/** The mode's title. */
	title: string;
	cursorId: number;
	total: number;
	query: string;
	/** The hits of `query` (those the speaker filter shows), once they have arrived. */
	result: {hits: HitList} | undefined;
	filter: string | undefined;
	/** Following a live file: `FOLLOW`, and how many messages came in below the screen. */
	live?: Live;
	notice: Notice | undefined;
	/** Percent of a big file read so far, while it is read in the background. */
	indexing?: number;
	/** Keys for this mode, shown when there is no notice. */
	hint: string;
	width: number;
	theme: Theme;
};

export function StatusBar(props: StatusBarProps) {
	const {query, result, filter, notice, width, theme} = props;
	const parts = [` ${props.title.toUpperCase()} `, ` message ${props.cursorId + 1}/${props.total}`];
	if (result && query) {
		const {position, total: count} = hitPosition(result.hits, props.cursorId);
		parts.push(`  /${query} ${position > 0 ? position : '-'}/${count}`);
	} else if (query) {
		parts.push(`  /${query} …`);
	}
	if (filter !== undefined) parts.push(`  only ${filter || '(no name)'}`);
	if (props.indexing !== undefined) parts.push(`  indexing ${props.indexing}%`);
	const {live} = props;
	// Like less's "Waiting for data": the reader says it is following.
	if (live?.watching) parts.push(live.gone ? '  FOLLOW (file gone)' : '  FOLLOW');
	if (live && live.unseen > 0) parts.push(`  +${live.unseen} new`);
	const left = parts.join('');
	const right = notice?.text ?? props.hint;
	const gap = Math.max(1, width - displayWidth(left) - displayWidth(right) - 1);
	return (
		<Line
			segments={[
				{text: left, role: 'status', bold: true},
				{text: ' '.repeat(gap), role: 'status'},
				notice?.kind === 'error'
					? {text: `${right} `, role: 'statusError'}
					: {text: `${right} `, role: 'status'},
			]}
			width={width}
			theme={theme}
		/>
	);
}

type InputLineProps = {prompt: string; input: string; info: string; width: number; theme: Theme};

export function InputLine({prompt, input, info, width, theme}: InputLineProps) {
	return (
		<Line
			segments={[
				{text: prompt, role: 'accent', bold: true},
				{text: input, role: 'text'},
				{text: ' ', role: 'cursor'},
				{text: info, role: 'dim'},
			]}
			width={width}
			theme={theme}
		/>
	);
}
