// Where everything goes on screen, from the terminal size alone; tested as a pure function.
export const minimumSize = {width: 40, height: 12} as const;

export type ScreenLayout = {
	width: number;
	height: number;
	tooSmall: boolean;
	/** Rows of the pane (between the timeline and the status bar). */
	paneHeight: number;
	paneWidth: number;
	sidebarWidth: number;
	/** Columns of the time gutter and of the speaker column inside the pane. */
	timeWidth: number;
	speakerWidth: number;
	/** Columns left for message text. */
	textWidth: number;
};

export type LayoutOptions = {sidebar: boolean; sidebarWidth: number; inputLine: boolean};

export function screenLayout(width: number, height: number, options: LayoutOptions): ScreenLayout {
	const tooSmall = width < minimumSize.width || height < minimumSize.height;
	// Header, timeline, status bar; the input line takes a row of its own.
	const chrome = 3 + (options.inputLine ? 1 : 0);
	const paneHeight = Math.max(1, height - chrome);
	const sidebarWidth = options.sidebar
		? Math.max(12, Math.min(options.sidebarWidth, Math.floor(width / 2)))
		: 0;
	const paneWidth = Math.max(1, width - sidebarWidth);
	const timeWidth = 8;
	const speakerWidth = Math.max(6, Math.min(18, Math.floor(paneWidth / 5)));
	// time, space, speaker, ' │ '
	const textWidth = Math.max(4, paneWidth - timeWidth - 1 - speakerWidth - 3);
	return {
		width,
		height,
		tooSmall,
		paneHeight,
		paneWidth,
		sidebarWidth,
		timeWidth,
		speakerWidth,
		textWidth,
	};
}
