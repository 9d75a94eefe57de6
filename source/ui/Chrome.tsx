import {useMemo} from 'react';
import {activityBuckets, bucketOf, defaultRange} from '../core/analysis/timeline.js';
import {hitPosition} from '../core/search/hit-navigation.js';
import type {SearchResult} from '../core/search/search-types.js';
import type {Transcript} from '../core/transcript/types.js';
import {displayWidth} from '../layout/wrap-text.js';
import type {Notice} from '../state/view-state.js';
import type {Theme} from '../theme/types.js';
import {fitSpans, Line, pairSpan, type Span} from './line.js';

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
	const {colors} = theme;
	const current = messages[cursorId];
	const left: Span[] = [{text: ` ${meta.title || 'transcript'}`, color: colors.header, bold: true}];
	if (filter !== undefined) {
		left.push({text: `  only: ${filter || '(no name)'}`, color: colors.accent, bold: true});
	}
	left.push(
		{text: `  ${dateSpan(transcript)}`, color: colors.dim},
		{text: `  ${messages.length} messages · ${speakers.length} speakers`, color: colors.dim},
	);
	const day = current?.timestamp?.slice(0, 10);
	const right = current ? `${day && day !== meta.date ? `${day} ` : ''}${current.time} ` : '';
	// The time under the cursor always shows; the title gives way on narrow screens.
	const room = Math.max(0, width - displayWidth(right) - 1);
	const shown = fitSpans(left, room);
	return (
		<Line
			spans={[...shown, {text: ' '}, {text: right, color: colors.time, bold: true}]}
			width={width}
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
	seconds: {first?: number; last?: number};
	width: number;
	theme: Theme;
};

/** Messages per slice of the day, like lnav's histogram; the part on screen is marked. */
export function Timeline({transcript, seconds, width, theme}: TimelineProps) {
	const {range, counts, max} = useBuckets(transcript, width);
	const {first, last} = seconds;
	const from = first === undefined ? -1 : bucketOf(first, width, range);
	const to = last === undefined ? -1 : bucketOf(last, width, range);
	const spans: Span[] = counts.map((count, index) => {
		const level =
			count === 0 ? 0 : Math.max(1, Math.round((Math.sqrt(count) / Math.sqrt(max)) * 8));
		const text = levels[level] ?? ' ';
		if (index >= from && index <= to)
			return pairSpan(text === ' ' ? '·' : text, theme.colors.selection);
		return {text, color: theme.colors.timeline};
	});
	return <Line spans={spans} width={width} />;
}

type StatusBarProps = {
	/** The mode's title. */
	title: string;
	cursorId: number;
	total: number;
	query: string;
	/** The result of `query`, once it has arrived. */
	result: SearchResult | undefined;
	filter: string | undefined;
	notice: Notice | undefined;
	/** Keys for this mode, shown when there is no notice. */
	hint: string;
	width: number;
	theme: Theme;
};

export function StatusBar(props: StatusBarProps) {
	const {query, result, filter, notice, width, theme} = props;
	const {colors} = theme;
	const parts = [` ${props.title.toUpperCase()} `, ` message ${props.cursorId + 1}/${props.total}`];
	if (result && query) {
		const {position, total: count} = hitPosition(result.hits, props.cursorId);
		parts.push(`  /${query} ${position > 0 ? position : '-'}/${count}`);
	} else if (query) {
		parts.push(`  /${query} …`);
	}
	if (filter !== undefined) parts.push(`  only ${filter || '(no name)'}`);
	const left = parts.join('');
	const right = notice?.text ?? props.hint;
	const rightColor = notice?.kind === 'error' ? colors.warning : undefined;
	const gap = Math.max(1, width - displayWidth(left) - displayWidth(right) - 1);
	return (
		<Line
			spans={[
				pairSpan(left, colors.status, {bold: true}),
				pairSpan(' '.repeat(gap), colors.status),
				pairSpan(`${right} `, colors.status, rightColor ? {color: rightColor, bold: true} : {}),
			]}
			width={width}
		/>
	);
}

type InputLineProps = {prompt: string; input: string; info: string; width: number; theme: Theme};

export function InputLine({prompt, input, info, width, theme}: InputLineProps) {
	return (
		<Line
			spans={[
				{text: prompt, color: theme.colors.accent, bold: true},
				{text: input, color: theme.colors.text},
				{text: ' ', inverse: true},
				{text: info, color: theme.colors.dim},
			]}
			width={width}
		/>
	);
}
