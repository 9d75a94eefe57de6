// The one table of defaults: what a setting is until the user changes it (config/preferences)
// and what a reader starts with when it is not told otherwise (initialState, the presentation).
export const defaults = {
	theme: 'dark',
	sidebar: true,
	/** Columns, 12..60. */
	sidebarWidth: 24,
	collapseFloods: true,
	/** Presentation speed multiplier. */
	speed: 1,
	/** Longest pause replayed, in seconds. */
	idleLimit: 2,
	resume: true,
	/** Wheel and clicks in the reader (off: the terminal selects text as usual). */
	mouse: true,
} as const;
