import {Box, useApp} from 'ink';
import {useCallback, useEffect, useMemo, useReducer, useState} from 'react';
import type {Transcript} from '../core/transcript/types.js';
import {keyFor, statusHint} from '../input/keymap.js';
import type {LiveEvent} from '../state/follow.js';
import {cursorMessageId} from '../state/pane-navigation.js';
import type {PresentAction} from '../state/present-state.js';
import {type Action, createReducer, type Reducer} from '../state/reducer.js';
import {presentState, searchQuery, searchResult} from '../state/selectors.js';
import {
	type InitOptions,
	initialState,
	type ReaderConfig,
	type Request,
	readerConfig,
	type ViewState,
} from '../state/view-state.js';
import {inkColor} from '../theme/colors.js';
import type {Theme} from '../theme/types.js';
import {TooSmall} from './Overlays.js';
import {usePagePrefetch} from './page-prefetch.js';
import {Presentation} from './present/Presentation.js';
import {useReplayTimer} from './present/use-replay-timer.js';
import {Reader} from './Reader.js';
import {ReaderSearch} from './reader-search.js';
import {useKeyInput} from './use-key-input.js';
import {useSearchRunner} from './use-search-runner.js';
import {useTerminalSize} from './use-terminal-size.js';

export type AppEvents = {
	/** Called when the reader quits, with the final state (to save position and bookmarks). */
	onQuit?: (state: ViewState) => void;
	onThemeChange?: (name: string) => void;
	onBookmarksChange?: (ids: number[]) => void;
	onSpeedChange?: (speed: number) => void;
	/** The message under the cursor, each time it changes (saved if a signal ends the reader). */
	onPositionChange?: (id: number) => void;
	/** Opens a link or copies text; resolves to the notice to show, rejects with an error one. */
	perform?: (request: Request) => Promise<string>;
};

export type AppProps = AppEvents & {
	transcript: Transcript;
	themes: ReadonlyMap<string, Theme>;
	fallbackTheme: Theme;
	init: Omit<InitOptions, 'width' | 'height'>;
	/** Keys, theme order, presentation limits: fixed for the run. */
	config?: Partial<ReaderConfig>;
	/** A fixed size (tests); otherwise the terminal's, following resizes. */
	size?: {width: number; height: number};
	hyperlinks?: boolean;
	/** Actions to apply once at start: resume at a message, open the presentation. */
	startActions?: Action[];
	/** A big file still being read: progress in percent, then the whole transcript. */
	indexing?: (on: {
		progress(percent: number): void;
		done(transcript: Transcript): void;
	}) => () => void;
	/**
	 * A source to follow (a file, or a pipe with -f): subscribed while the reader follows
	 * (F starts and stops), it reports each change; the returned function unsubscribes.
	 */
	follow?: (onEvent: (event: LiveEvent) => void) => () => void;
	/** Lines to show as error notices as they come (a settings save that failed). */
	notices?: (show: (text: string) => void) => () => void;
	/** Lay out and paint the next and the previous page while idle (page-prefetch.ts). */
	prefetchPages?: boolean;
	/**
	 * The search index of the whole transcript is built: the big builds (the open, the index)
	 * are over and their garbage can go. Called again after a rebuild.
	 */
	onIndexBuilt?: () => void;
};

function init(props: AppProps, reducer: Reducer, size: {width: number; height: number}): ViewState {
	const live = props.init.live ?? (props.follow ? {watching: true} : undefined);
	const state = initialState(props.transcript, {...props.init, ...size, live});
	if (props.indexing) state.indexing = 0;
	return (props.startActions ?? []).reduce(reducer, state);
}

export function App(props: AppProps) {
	const size = useTerminalSize(props.size);
	// Configuration is read once, like the initial state.
	const [config] = useState(() => readerConfig(props.config));
	// The search lives as long as the reader; the reducer asks it for quick answers.
	const [search] = useState(() => new ReaderSearch());
	const reducer = useMemo(() => createReducer(config, search.searchNow), [config, search]);
	const [state, dispatch] = useReducer(reducer, size, (s) => init(props, reducer, s));
	const {exit} = useApp();
	const theme = props.themes.get(state.themeName) ?? props.fallbackTheme;

	useKeyInput(dispatch);
	const hyperlinks = props.hyperlinks ?? false;
	usePagePrefetch(props.prefetchPages ?? false, state, reducer, theme, hyperlinks);
	useSearchRunner(
		search,
		state.transcript,
		searchQuery(state.search),
		searchResult(state.search)?.query,
		dispatch,
		state.indexing === undefined ? props.onIndexBuilt : undefined,
	);
	const presentDispatch = useCallback(
		(action: PresentAction) => dispatch({type: 'present', action}),
		[],
	);
	const present = presentState(state);
	useReplayTimer(present, presentDispatch);

	useEffect(() => {
		if (size.width !== state.layout.width || size.height !== state.layout.height) {
			dispatch({type: 'resize', width: size.width, height: size.height});
		}
	}, [size, state.layout.width, state.layout.height]);

	const {indexing} = props;
	useEffect(
		() =>
			indexing?.({
				progress: (percent) => dispatch({type: 'indexing', percent}),
				done: (transcript) => dispatch({type: 'indexed', transcript}),
			}),
		[indexing],
	);
	const {perform} = props;
	const request = state.request;
	useEffect(() => {
		if (!request) return;
		if (!perform) {
			dispatch({type: 'notice', text: 'opening and copying need a terminal', kind: 'error'});
			return;
		}
		perform(request).then(
			(text) => dispatch({type: 'notice', text}),
			(error: Error) => dispatch({type: 'notice', text: error.message, kind: 'error'}),
		);
	}, [request, perform]);

	const {follow} = props;
	const watching = state.live?.watching ?? false;
	useEffect(
		() => (watching ? follow?.((event) => dispatch({type: 'live', event})) : undefined),
		[follow, watching],
	);

	const {notices} = props;
	useEffect(() => notices?.((text) => dispatch({type: 'notice', text, kind: 'error'})), [notices]);

	const {onThemeChange, onBookmarksChange, onSpeedChange, onQuit, onPositionChange} = props;
	const position = cursorMessageId(state);
	useEffect(() => onPositionChange?.(position), [position, onPositionChange]);
	useEffect(() => onThemeChange?.(state.themeName), [state.themeName, onThemeChange]);
	useEffect(() => onBookmarksChange?.(state.bookmarks), [state.bookmarks, onBookmarksChange]);
	useEffect(() => onSpeedChange?.(state.speed), [state.speed, onSpeedChange]);
	useEffect(() => {
		if (!state.quit) return;
		onQuit?.(state);
		exit();
	}, [state, onQuit, exit]);

	// A theme with its own background (light) paints it under everything.
	const background = theme.colors.background ? inkColor(theme.colors.background) : undefined;
	if (state.layout.tooSmall) {
		const quitKey = keyFor(config.keys, 'browse', 'quit');
		return (
			<Box backgroundColor={background}>
				<TooSmall width={size.width} height={size.height} theme={theme} quitKey={quitKey} />
			</Box>
		);
	}
	if (present) {
		return (
			<Box
				flexDirection="column"
				width={size.width}
				height={size.height}
				backgroundColor={background}
			>
				<Presentation
					state={present}
					transcript={state.transcript}
					theme={theme}
					width={size.width}
					height={size.height}
					hint={statusHint(config.keys, 'present')}
				/>
			</Box>
		);
	}
	return (
		<Box width={size.width} height={size.height} backgroundColor={background}>
			<Reader state={state} config={config} theme={theme} hyperlinks={hyperlinks} />
		</Box>
	);
}
