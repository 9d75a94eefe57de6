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

export type LayoutOptions = {
	sidebar: boolean;
	sidebarWidth: number;
	inputLine: boolean;
	/** Cells the speaker names want (see nameColumnWidth); the column stays within its bounds. */
	nameWidth?: number;
};

/** The speaker column's bounds, in cells. */
export const nameColumn = {min: 8, max: 20} as const;

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
	// The names' own width within bounds, and never more than a fifth of the pane: text first.
	const wanted = options.nameWidth ?? Math.floor(paneWidth / 5);
	const bounded = Math.max(nameColumn.min, Math.min(nameColumn.max, wanted));
	const speakerWidth = Math.max(6, Math.min(bounded, Math.floor(paneWidth / 5)));
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

/**
 * The width the speaker column wants for a day: the widest name among the speakers who post
 * 90 % of its messages (a single long name of a one-off poster does not widen it).
 */
export function nameColumnWidth(
	speakers: readonly {count: number; width: number}[],
	share = 0.9,
): number {
	const total = speakers.reduce((sum, speaker) => sum + speaker.count, 0);
	const sorted = [...speakers].sort((a, b) => b.count - a.count);
	let seen = 0;
	let widest = 0;
	for (const speaker of sorted) {
		if (seen >= total * share && widest > 0) break;
		widest = Math.max(widest, speaker.width);
		seen += speaker.count;
	}
	return Math.max(nameColumn.min, Math.min(nameColumn.max, widest));
}
