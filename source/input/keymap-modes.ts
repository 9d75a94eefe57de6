// The reader's modes, their titles in the help overlay, and the shape of a key binding.

export const modes = [
	'browse',
	'speakers',
	'find',
	'search',
	'results',
	'command',
	'bookmarks',
	'chapters',
	'help',
	'present',
	'message',
] as const;
export type Mode = (typeof modes)[number];

export const modeTitles: Record<Mode, string> = {
	browse: 'Reading',
	speakers: 'Speaker sidebar',
	find: 'Finding a name (sidebar)',
	search: 'Search box',
	results: 'Search results list',
	command: 'Command line (:)',
	bookmarks: 'Bookmark list',
	chapters: 'Talk list (chapters)',
	help: 'Help',
	present: 'Presentation',
	message: 'Whole message (Enter)',
};

export type Binding = {
	readonly id: string;
	readonly keys: readonly string[];
	readonly description: string;
	readonly mode: Mode;
	/** The word the status bar shows after the key (`q:quit`). */
	readonly short?: string;
};
