import {Box} from 'ink';
import {keyFor, statusHint} from '../input/keymap.js';
import {modeTitles} from '../input/keymap-table.js';
import {cursorMessageId} from '../state/pane-navigation.js';
import {rankedHits} from '../state/results-commands.js';
import {currentResult, searchQuery, shownHits, visibleSeconds} from '../state/selectors.js';
import {modeOf, type ReaderConfig, type ViewState} from '../state/view-state.js';
import type {Theme} from '../theme/types.js';
import {Header, InputLine, StatusBar, Timeline} from './Chrome.js';
import {MessageView} from './MessageView.js';
import {BookmarkList, ChapterList, HelpOverlay} from './Overlays.js';
import {Pane, paneProps} from './Pane.js';
import {ResultsList} from './ResultsList.js';
import {Sidebar} from './Sidebar.js';

type ReaderProps = {state: ViewState; config: ReaderConfig; theme: Theme; hyperlinks: boolean};

/** The words of the chapter list's title line, from the keys in force. */
function chapterTitle(count: number, config: ReaderConfig): string {
	const play = keyFor(config.keys, 'chapters', 'chapter-play');
	const close = keyFor(config.keys, 'chapters', 'close');
	const how = [play && `${play} presents`, close && `${close} closes`].filter(Boolean).join(', ');
	return `Talks (${count})${how ? `: ${how}` : ''}`;
}

/** How the header and status bar name the speaker filter. */
function filterLabel(filter: readonly string[] | undefined): string | undefined {
	if (filter === undefined) return undefined;
	return filter.length === 1 ? filter[0] || '(no name)' : `${filter.length} speakers`;
}

function hitCount(count: number): string {
	return count === 1 ? '1 hit' : `${count} hits`;
}

/** What the input line shows: the search box, the `:` line, the name finder, the list's filter. */
function inputLine(state: ViewState) {
	const {overlay, search, sidebar} = state;
	if (overlay?.kind === 'command') return {prompt: ':', text: overlay.input, info: ''};
	if (overlay?.kind === 'results') {
		const result = currentResult(search);
		const total = result ? shownHits(state.filter, state.transcript, result).length : 0;
		const shown = rankedHits(state, overlay.input).length;
		return {prompt: '> ', text: overlay.input, info: `  ${shown}/${total}`};
	}
	if (sidebar.find && state.focus === 'speakers') {
		return {prompt: 'find: ', text: sidebar.find.input, info: ''};
	}
	if (search.phase !== 'typing') return undefined;
	const result = currentResult(search);
	const info = !search.query
		? ''
		: !result
			? '  searching…'
			: result.error
				? `  ${result.error}`
				: `  ${hitCount(shownHits(state.filter, state.transcript, result).length)}`;
	const waiting = info && state.indexing !== undefined ? ' so far (indexing…)' : '';
	return {prompt: '/', text: search.input, info: info + waiting};
}

/** The body of the screen: the pane, or the overlay that covers it. */
function Body({state, config, theme, hyperlinks}: ReaderProps) {
	const {layout, overlay, transcript} = state;
	const size = {width: layout.width, height: layout.paneHeight, theme};
	switch (overlay?.kind) {
		case 'help':
			return <HelpOverlay keys={config.keys} top={overlay.top} {...size} />;
		case 'message': {
			const message = transcript.messages.get(overlay.id);
			return message ? (
				<MessageView message={message} top={overlay.top} hyperlinks={hyperlinks} {...size} />
			) : null;
		}
		case 'bookmarks':
			return (
				<BookmarkList
					messages={transcript.messages}
					bookmarks={state.bookmarks}
					selected={overlay.selected}
					{...size}
				/>
			);
		case 'chapters':
			return (
				<ChapterList
					transcript={transcript}
					talks={transcript.talks}
					selected={overlay.selected}
					title={chapterTitle(transcript.talks.length, config)}
					{...size}
				/>
			);
		case 'results':
			return (
				<ResultsList
					messages={transcript.messages}
					hits={rankedHits(state, overlay.input)}
					selected={overlay.selected}
					title={`Hits for /${searchQuery(state.search)}, best first`}
					{...size}
				/>
			);
		default:
			return <Pane {...paneProps(state, theme, hyperlinks)} />;
	}
}

/** The reading screen: header, timeline, pane (with sidebar), input line, status bar. */
export function Reader(props: ReaderProps) {
	const {state, config, theme} = props;
	const {layout, transcript} = state;
	const mode = modeOf(state);
	const cursorId = cursorMessageId(state);
	const covered =
		mode === 'help' ||
		mode === 'bookmarks' ||
		mode === 'chapters' ||
		mode === 'results' ||
		mode === 'message';
	const showSidebar = layout.sidebarWidth > 0 && !covered;
	const query = searchQuery(state.search);
	const input = inputLine(state);
	const current = currentResult(state.search);
	const shown = current && {hits: shownHits(state.filter, state.transcript, current)};
	const seconds = visibleSeconds(state);
	const hint = `${mode === 'command' ? '[YYYY-MM-DD] HH:MM[:SS] ' : ''}${statusHint(config.keys, mode)}`;
	return (
		<Box flexDirection="column" width={layout.width} height={layout.height}>
			<Header
				transcript={transcript}
				filter={filterLabel(state.filter)}
				cursorId={cursorId}
				width={layout.width}
				theme={theme}
			/>
			<Timeline
				transcript={transcript}
				first={seconds.first}
				last={seconds.last}
				width={layout.width}
				theme={theme}
			/>
			<Box flexDirection="row" height={layout.paneHeight}>
				<Body {...props} />
				{showSidebar ? (
					<Sidebar
						speakers={transcript.speakers}
						selected={state.sidebar.selected}
						focused={mode === 'speakers'}
						filter={state.filter}
						chosen={state.sidebar.chosen}
						width={layout.sidebarWidth}
						height={layout.paneHeight}
						theme={theme}
					/>
				) : null}
			</Box>
			{input ? (
				<InputLine
					prompt={input.prompt}
					input={input.text}
					info={input.info}
					width={layout.width}
					theme={theme}
				/>
			) : null}
			<StatusBar
				title={modeTitles[mode]}
				cursorId={cursorId}
				total={transcript.messages.length}
				query={query}
				result={shown}
				filter={filterLabel(state.filter)}
				live={state.live}
				notice={state.notice}
				indexing={state.indexing}
				hint={hint}
				width={layout.width}
				theme={theme}
			/>
		</Box>
	);
}
