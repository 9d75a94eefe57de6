import {Box} from 'ink';
import {Header, InputLine, StatusBar, Timeline} from './Chrome.js';
import {BookmarkList, ChapterList, HelpOverlay} from './Overlays.js';
import {Pane} from './Pane.js';
import {Sidebar} from './Sidebar.js';
import type {ViewProps} from './view-props.js';

/** The reading screen: header, timeline, pane (with sidebar), input line, status bar. */
export function Reader({state, theme, hyperlinks}: ViewProps & {hyperlinks: boolean}) {
	const {layout} = state;
	let body = <Pane state={state} theme={theme} hyperlinks={hyperlinks} />;
	if (state.mode === 'help') body = <HelpOverlay state={state} theme={theme} top={state.helpTop} />;
	if (state.mode === 'bookmarks') body = <BookmarkList state={state} theme={theme} />;
	if (state.mode === 'chapters') body = <ChapterList state={state} theme={theme} />;
	const overlay = state.mode === 'help' || state.mode === 'bookmarks' || state.mode === 'chapters';
	const showSidebar = layout.sidebarWidth > 0 && !overlay;
	return (
		<Box flexDirection="column" width={layout.width} height={layout.height}>
			<Header state={state} theme={theme} />
			<Timeline state={state} theme={theme} />
			<Box flexDirection="row" height={layout.paneHeight}>
				{body}
				{showSidebar ? <Sidebar state={state} theme={theme} height={layout.paneHeight} /> : null}
			</Box>
			{state.mode === 'search' || state.mode === 'command' ? (
				<InputLine state={state} theme={theme} />
			) : null}
			<StatusBar state={state} theme={theme} />
		</Box>
	);
}
