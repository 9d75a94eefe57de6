// The one table of keys, as data: every command with its keys, description and mode.
// Input handling, the `?` overlay and the README key table all come from it (through
// keymap.ts); test/input/keymap.test.ts keeps the README in step. The reader's own keys
// are in keymap-reading.ts.
import {readingKeys} from './keymap-reading.js';

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

export const keymap = [
	...readingKeys,
	{
		id: 'speaker-down',
		keys: ['j', 'down'],
		description: 'Next speaker',
		mode: 'speakers',
		short: 'move',
	},
	{
		id: 'speaker-up',
		keys: ['k', 'up'],
		description: 'Previous speaker',
		mode: 'speakers',
		short: 'move',
	},
	{id: 'speaker-first', keys: ['g', 'home'], description: 'First speaker', mode: 'speakers'},
	{id: 'speaker-last', keys: ['G', 'end'], description: 'Last speaker', mode: 'speakers'},
	{
		id: 'speaker-filter',
		keys: ['enter'],
		description: 'Show only this speaker, or the chosen ones (again: everyone)',
		mode: 'speakers',
		short: 'filter',
	},
	{
		id: 'speaker-choose',
		keys: ['space'],
		description: 'Choose this speaker too (again: unchoose)',
		mode: 'speakers',
		short: 'choose',
	},
	{
		id: 'speaker-find',
		keys: ['/'],
		description: 'Find a name as you type (also any unbound letter; pinyin initials work)',
		mode: 'speakers',
		short: 'find',
	},
	{
		id: 'focus-pane',
		keys: ['tab', 'escape'],
		description: 'Back to the messages',
		mode: 'speakers',
		short: 'back',
	},
	{
		id: 'toggle-sidebar',
		keys: ['s'],
		description: 'Hide the sidebar',
		mode: 'speakers',
		short: 'hide',
	},
	{id: 'help', keys: ['?'], description: 'Show this help', mode: 'speakers'},
	{id: 'quit', keys: ['q', 'ctrl-c'], description: 'Quit', mode: 'speakers', short: 'quit'},

	{
		id: 'input-submit',
		keys: ['enter'],
		description: 'Jump to the first hit from where you were, and close',
		mode: 'search',
		short: 'jump',
	},
	{
		id: 'search-list',
		keys: ['tab'],
		description: 'Show the hits as a list, best first',
		mode: 'search',
		short: 'list',
	},
	{
		id: 'input-cancel',
		keys: ['escape'],
		description: 'Cancel and go back',
		mode: 'search',
		short: 'cancel',
	},
	{id: 'input-backspace', keys: ['backspace'], description: 'Delete a character', mode: 'search'},
	{id: 'input-clear', keys: ['ctrl-u'], description: 'Clear the query', mode: 'search'},
	{id: 'quit', keys: ['ctrl-c'], description: 'Quit', mode: 'search'},

	{
		id: 'input-submit',
		keys: ['enter'],
		description: 'Keep this speaker selected',
		mode: 'find',
		short: 'keep',
	},
	{id: 'input-cancel', keys: ['escape'], description: 'Cancel', mode: 'find', short: 'cancel'},
	{id: 'input-backspace', keys: ['backspace'], description: 'Delete a character', mode: 'find'},
	{id: 'input-clear', keys: ['ctrl-u'], description: 'Clear the name', mode: 'find'},
	{id: 'quit', keys: ['ctrl-c'], description: 'Quit', mode: 'find'},

	{
		id: 'result-down',
		keys: ['down', 'ctrl-n'],
		description: 'Next hit in the list',
		mode: 'results',
		short: 'move',
	},
	{
		id: 'result-up',
		keys: ['up', 'ctrl-p'],
		description: 'Previous hit in the list',
		mode: 'results',
		short: 'move',
	},
	{
		id: 'result-jump',
		keys: ['enter'],
		description: 'Jump to the hit',
		mode: 'results',
		short: 'jump',
	},
	{id: 'close', keys: ['escape'], description: 'Close the list', mode: 'results', short: 'close'},
	{
		id: 'input-backspace',
		keys: ['backspace'],
		description: 'Delete a character of the filter',
		mode: 'results',
	},
	{id: 'input-clear', keys: ['ctrl-u'], description: 'Clear the filter', mode: 'results'},
	{id: 'quit', keys: ['ctrl-c'], description: 'Quit', mode: 'results'},

	{
		id: 'input-submit',
		keys: ['enter'],
		description: 'Jump to the time',
		mode: 'command',
		short: 'jump',
	},
	{id: 'input-cancel', keys: ['escape'], description: 'Cancel', mode: 'command', short: 'cancel'},
	{id: 'input-backspace', keys: ['backspace'], description: 'Delete a character', mode: 'command'},
	{id: 'input-clear', keys: ['ctrl-u'], description: 'Clear the line', mode: 'command'},
	{id: 'quit', keys: ['ctrl-c'], description: 'Quit', mode: 'command'},

	{id: 'bookmark-down', keys: ['j', 'down'], description: 'Next bookmark', mode: 'bookmarks'},
	{id: 'bookmark-up', keys: ['k', 'up'], description: 'Previous bookmark', mode: 'bookmarks'},
	{
		id: 'bookmark-jump',
		keys: ['enter'],
		description: 'Jump to the bookmark',
		mode: 'bookmarks',
		short: 'jump',
	},
	{
		id: 'close',
		keys: ['escape', "'", 'q'],
		description: 'Close the list',
		mode: 'bookmarks',
		short: 'close',
	},
	{id: 'help', keys: ['?'], description: 'Show this help', mode: 'bookmarks'},
	{id: 'quit', keys: ['ctrl-c'], description: 'Quit', mode: 'bookmarks'},

	{id: 'chapter-down', keys: ['j', 'down'], description: 'Next talk', mode: 'chapters'},
	{id: 'chapter-up', keys: ['k', 'up'], description: 'Previous talk', mode: 'chapters'},
	{
		id: 'chapter-play',
		keys: ['enter', 'p'],
		description: 'Present this talk',
		mode: 'chapters',
		short: 'present',
	},
	{
		id: 'close',
		keys: ['escape', 'q'],
		description: 'Close the list',
		mode: 'chapters',
		short: 'close',
	},
	{id: 'help', keys: ['?'], description: 'Show this help', mode: 'chapters'},
	{id: 'quit', keys: ['ctrl-c'], description: 'Quit', mode: 'chapters'},

	{
		id: 'help-down',
		keys: ['j', 'down'],
		description: 'Scroll help down',
		mode: 'help',
		short: 'scroll',
	},
	{id: 'help-up', keys: ['k', 'up'], description: 'Scroll help up', mode: 'help', short: 'scroll'},
	{
		id: 'help-page-down',
		keys: ['space', 'pagedown'],
		description: 'Scroll help a page down',
		mode: 'help',
	},
	{id: 'help-page-up', keys: ['b', 'pageup'], description: 'Scroll help a page up', mode: 'help'},
	{
		id: 'close',
		keys: ['escape', '?', 'q'],
		description: 'Close help',
		mode: 'help',
		short: 'close',
	},
	{id: 'quit', keys: ['ctrl-c'], description: 'Quit', mode: 'help'},

	{
		id: 'present-toggle',
		keys: ['space'],
		description: 'Pause or resume',
		mode: 'present',
		short: 'pause',
	},
	{
		id: 'present-next',
		keys: ['right', 'l'],
		description: 'Next message now',
		mode: 'present',
		short: 'step',
	},
	{
		id: 'present-prev',
		keys: ['left', 'h'],
		description: 'Back one message',
		mode: 'present',
		short: 'step',
	},
	{
		id: 'present-faster',
		keys: ['+', '='],
		description: 'Double the speed',
		mode: 'present',
		short: 'speed',
	},
	{
		id: 'present-slower',
		keys: ['-'],
		description: 'Halve the speed',
		mode: 'present',
		short: 'speed',
	},
	{
		id: 'present-seek',
		keys: ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'],
		description: 'Seek to 0-90 %',
		mode: 'present',
	},
	{id: 'present-home', keys: ['home'], description: 'First message', mode: 'present'},
	{id: 'present-end', keys: ['end'], description: 'Last message', mode: 'present'},
	{id: 'present-next-chapter', keys: [']'], description: 'Next talk (chapter)', mode: 'present'},
	{
		id: 'present-prev-chapter',
		keys: ['['],
		description: 'Previous talk (chapter)',
		mode: 'present',
	},
	{
		id: 'present-close',
		keys: ['q'],
		description: 'Back to the reader (started with --present: quit)',
		mode: 'present',
		short: 'close',
	},
	{
		id: 'present-exit',
		keys: ['escape'],
		description: 'Back to the reader',
		mode: 'present',
		short: 'reader',
	},
	{id: 'help', keys: ['?'], description: 'Show this help', mode: 'present', short: 'help'},
	{id: 'quit', keys: ['ctrl-c'], description: 'Quit', mode: 'present'},

	{
		id: 'message-down',
		keys: ['j', 'down', 'ctrl-e'],
		description: 'Scroll down a line',
		mode: 'message',
		short: 'scroll',
	},
	{
		id: 'message-up',
		keys: ['k', 'up', 'ctrl-y'],
		description: 'Scroll up a line',
		mode: 'message',
		short: 'scroll',
	},
	{
		id: 'message-page-down',
		keys: ['space', 'pagedown', 'ctrl-f'],
		description: 'Page down',
		mode: 'message',
	},
	{
		id: 'message-page-up',
		keys: ['b', 'pageup', 'ctrl-b'],
		description: 'Page up',
		mode: 'message',
	},
	{id: 'message-top', keys: ['g', 'home'], description: 'Top of the message', mode: 'message'},
	{id: 'message-bottom', keys: ['G', 'end'], description: 'End of the message', mode: 'message'},
	{
		id: 'close',
		keys: ['q', 'escape'],
		description: 'Back to the reader',
		mode: 'message',
		short: 'close',
	},
	{id: 'help', keys: ['?'], description: 'Show this help', mode: 'message'},
	{id: 'quit', keys: ['ctrl-c'], description: 'Quit', mode: 'message'},
] as const satisfies readonly Binding[];

export type CommandId = (typeof keymap)[number]['id'];
