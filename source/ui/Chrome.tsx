import {useMemo} from 'react';
import {activityBuckets, bucketOf, defaultRange} from '../core/analysis/timeline.js';
import {hitPosition} from '../core/search/hit-navigation.js';
import type {Transcript} from '../core/transcript/types.js';
import {modeTitles} from '../input/keymap.js';
import {displayWidth} from '../layout/wrap-text.js';
import {cursorMessageId, heightFunction} from '../state/pane-navigation.js';
import type {ViewState} from '../state/view-state.js';
import {fitSpans, Line, pairSpan, type Span} from './line.js';
import type {ViewProps} from './view-props.js';

// The header, the activity timeline, the status bar and the input line.

/** The day, or the first and last days of a history. */
function dateSpan(transcript: Transcript): string {
	const last = transcript.messages.at(-1)?.timestamp?.slice(0, 10);
	const first = transcript.meta.date;
	return last && first && last !== first ? `${first} – ${last}` : first;
}

export function Header({state, theme}: ViewProps) {
	const {meta, messages, speakers} = state.transcript;
	const {colors} = theme;
	const current = messages[cursorMessageId(state)];
	const left: Span[] = [{text: ` ${meta.title || 'transcript'}`, color: colors.header, bold: true}];
	if (state.filter !== undefined) {
		left.push({text: `  only: ${state.filter || '(no name)'}`, color: colors.accent, bold: true});
	}
	left.push(
		{text: `  ${dateSpan(state.transcript)}`, color: colors.dim},
		{text: `  ${messages.length} messages · ${speakers.length} speakers`, color: colors.dim},
	);
	const day = current?.timestamp?.slice(0, 10);
	const right = current ? `${day && day !== meta.date ? `${day} ` : ''}${current.time} ` : '';
	// The time under the cursor always shows; the title gives way on narrow screens.
	const room = Math.max(0, state.layout.width - displayWidth(right) - 1);
	const shown = fitSpans(left, room);
	return (
		<Line
			spans={[...shown, {text: ' '}, {text: right, color: colors.time, bold: true}]}
			width={state.layout.width}
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

/** Messages per slice of the day, like lnav's histogram; the part on screen is marked. */
export function Timeline({state, theme}: ViewProps) {
	const width = state.layout.width;
	const {range, counts, max} = useBuckets(state.transcript, width);
	const {first, last} = visibleSeconds(state);
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

function visibleSeconds(state: ViewState): {first?: number; last?: number} {
	const {items} = state.pane;
	const heightOf = heightFunction(state);
	let first: number | undefined;
	let last: number | undefined;
	let used = 0;
	for (let i = state.view.top; i < items.length && used < state.layout.paneHeight; i++) {
		used += heightOf(i);
		const item = items[i];
		const id =
			item?.kind === 'message'
				? item.id
				: item?.kind === 'flood'
					? state.transcript.floods[item.flood]?.firstId
					: undefined;
		const seconds = id === undefined ? undefined : state.transcript.messages[id]?.seconds;
		if (seconds === undefined) continue;
		first ??= seconds;
		last = seconds;
	}
	return {first, last};
}

const hints: Partial<Record<ViewState['mode'], string>> = {
	browse: '?:help /:search ::time s:speakers p:present q:quit',
	speakers: 'j/k:move Enter:filter Tab:back s:hide',
	search: 'Enter:jump Esc:cancel',
	command: '[YYYY-MM-DD] HH:MM[:SS] Enter:jump Esc:cancel',
	bookmarks: 'Enter:jump Esc:close',
	chapters: 'Enter:present Esc:close',
	help: 'j/k:scroll Esc:close',
	present: 'Space:pause ←/→:step +/-:speed q:back',
};

export function StatusBar({state, theme}: ViewProps) {
	const {colors} = theme;
	const id = cursorMessageId(state);
	const total = state.transcript.messages.length;
	const parts = [` ${modeTitles[state.mode].toUpperCase()} `, ` message ${id + 1}/${total}`];
	const result = state.search.result;
	if (result && result.query === state.search.query && state.search.query) {
		const {position, total: count} = hitPosition(result.hits, id);
		parts.push(`  /${state.search.query} ${position > 0 ? position : '-'}/${count}`);
	} else if (state.search.query) {
		parts.push(`  /${state.search.query} …`);
	}
	if (state.filter !== undefined) parts.push(`  only ${state.filter || '(no name)'}`);
	if (state.indexing !== undefined) parts.push(`  indexing ${state.indexing}%`);
	const left = parts.join('');
	const right = state.notice?.text ?? hints[state.mode] ?? '';
	const rightColor = state.notice?.kind === 'error' ? colors.warning : undefined;
	const gap = Math.max(1, state.layout.width - displayWidth(left) - displayWidth(right) - 1);
	return (
		<Line
			spans={[
				pairSpan(left, colors.status, {bold: true}),
				pairSpan(' '.repeat(gap), colors.status),
				pairSpan(`${right} `, colors.status, rightColor ? {color: rightColor, bold: true} : {}),
			]}
			width={state.layout.width}
		/>
	);
}

export function InputLine({state, theme}: ViewProps) {
	const prompt = state.mode === 'search' ? '/' : ':';
	const result = state.search.result;
	let info = '';
	if (state.mode === 'search' && state.search.query) {
		info = result?.query === state.search.query ? `  ${result.hits.length} hits` : '  searching…';
		if (state.indexing !== undefined) info += ' so far (indexing…)';
	}
	return (
		<Line
			spans={[
				{text: prompt, color: theme.colors.accent, bold: true},
				{text: state.input, color: theme.colors.text},
				{text: ' ', inverse: true},
				{text: info, color: theme.colors.dim},
			]}
			width={state.layout.width}
		/>
	);
}
