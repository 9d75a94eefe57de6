// The one table of keys. Input handling, the `?` overlay and the README key table all
// come from it; test/input/keymap.test.ts keeps the README in step.

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
};

type Binding = {
	readonly id: string;
	readonly keys: readonly string[];
	readonly description: string;
	readonly mode: Mode;
	/** The word the status bar shows after the key (`q:quit`). */
	readonly short?: string;
};

export const keymap = [
	{id: 'cursor-down', keys: ['j', 'down'], description: 'Next message', mode: 'browse'},
	{id: 'cursor-up', keys: ['k', 'up'], description: 'Previous message', mode: 'browse'},
	{
		id: 'page-down',
		keys: ['space', 'pagedown', 'ctrl-f'],
		description: 'Page down',
		mode: 'browse',
	},
	{id: 'page-up', keys: ['b', 'pageup', 'ctrl-b'], description: 'Page up', mode: 'browse'},
	{id: 'half-down', keys: ['ctrl-d'], description: 'Half a page down', mode: 'browse'},
	{id: 'half-up', keys: ['ctrl-u'], description: 'Half a page up', mode: 'browse'},
	{id: 'first', keys: ['g', 'home'], description: 'First message', mode: 'browse'},
	{id: 'last', keys: ['G', 'end'], description: 'Last message', mode: 'browse'},
	{
		id: 'goto-time',
		keys: [':'],
		description: 'Jump to a time (19:30, 19:30:15)',
		mode: 'browse',
		short: 'time',
	},
	{id: 'prev-hour', keys: ['['], description: 'Previous hour', mode: 'browse'},
	{id: 'next-hour', keys: [']'], description: 'Next hour', mode: 'browse'},
	{id: 'prev-section', keys: ['{'], description: 'Previous talk or flood', mode: 'browse'},
	{id: 'next-section', keys: ['}'], description: 'Next talk or flood', mode: 'browse'},
	{id: 'search', keys: ['/'], description: 'Search', mode: 'browse', short: 'search'},
	{id: 'next-hit', keys: ['n'], description: 'Next search hit (time order)', mode: 'browse'},
	{id: 'prev-hit', keys: ['N'], description: 'Previous search hit (time order)', mode: 'browse'},
	{
		id: 'results-list',
		keys: ['L'],
		description: 'List the search hits, best first',
		mode: 'browse',
	},
	{id: 'next-day', keys: ['>'], description: 'Next day (a folder)', mode: 'browse'},
	{id: 'prev-day', keys: ['<'], description: 'Previous day (a folder)', mode: 'browse'},
	{
		id: 'open-link',
		keys: ['o'],
		description: 'Open the link of the message ($BROWSER, xdg-open, open)',
		mode: 'browse',
	},
	{id: 'copy-message', keys: ['y'], description: 'Copy the message text', mode: 'browse'},
	{id: 'copy-link', keys: ['Y'], description: 'Copy the link of the message', mode: 'browse'},
	{
		id: 'toggle-fold',
		keys: ['enter'],
		description: 'Expand or fold the flood under the cursor',
		mode: 'browse',
	},
	{id: 'toggle-all-folds', keys: ['c'], description: 'Fold or unfold all floods', mode: 'browse'},
	{
		id: 'toggle-acks',
		keys: ['a'],
		description: 'Hide or show every acknowledgement (签到, 收到, [强]…), floods included',
		mode: 'browse',
	},
	{
		id: 'toggle-sidebar',
		keys: ['s'],
		description: 'Go to the speaker sidebar (in it: hide it)',
		mode: 'browse',
		short: 'speakers',
	},
	{
		id: 'focus-sidebar',
		keys: ['tab'],
		description: 'Move focus to the speaker sidebar',
		mode: 'browse',
	},
	{
		id: 'clear',
		keys: ['escape'],
		description: 'Clear the speaker filter and search',
		mode: 'browse',
	},
	{
		id: 'toggle-bookmark',
		keys: ['m'],
		description: 'Bookmark the message (again to remove)',
		mode: 'browse',
	},
	{id: 'list-bookmarks', keys: ["'"], description: 'List bookmarks', mode: 'browse'},
	{id: 'cycle-theme', keys: ['T'], description: 'Next colour theme', mode: 'browse'},
	{
		id: 'present',
		keys: ['p'],
		description: 'Present the talk under the cursor (a list when there are several)',
		mode: 'browse',
		short: 'present',
	},
	{id: 'help', keys: ['?'], description: 'Show this help', mode: 'browse', short: 'help'},
	{id: 'quit', keys: ['q', 'ctrl-c'], description: 'Quit', mode: 'browse', short: 'quit'},

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
		id: 'present-exit',
		keys: ['q', 'escape'],
		description: 'Back to the reader',
		mode: 'present',
		short: 'back',
	},
	{id: 'quit', keys: ['ctrl-c'], description: 'Quit', mode: 'present'},
] as const satisfies readonly Binding[];

export type CommandId = (typeof keymap)[number]['id'];

export type {Binding};

/** Effective bindings: the table above, with a user's keys.json applied. */
export type KeyBindings = {
	commandFor(mode: Mode, key: string): CommandId | undefined;
	bindingsFor(mode: Mode): readonly Binding[];
};

/** `command-id` (every mode it is bound in) or `mode.command-id` → the keys that replace its own. */
export type KeyOverrides = Readonly<Record<string, readonly string[]>>;

export function createKeyBindings(overrides: KeyOverrides = {}): KeyBindings {
	const effective = keymap.map((binding) => {
		const keys = overrides[`${binding.mode}.${binding.id}`] ?? overrides[binding.id];
		return {binding: {...binding, keys: keys ?? binding.keys}, overridden: keys !== undefined};
	});
	// A key a user gives to one command is taken from any other command of the same mode.
	const owner = new Map<string, Binding>();
	for (const {binding, overridden} of effective) {
		for (const key of binding.keys) {
			const slot = `${binding.mode} ${key}`;
			if (overridden || !owner.has(slot)) owner.set(slot, binding);
		}
	}
	const shown = effective.map(({binding}) => ({
		...binding,
		keys: binding.keys.filter((key) => owner.get(`${binding.mode} ${key}`) === binding),
	}));
	return {
		commandFor: (mode, key) => owner.get(`${mode} ${key}`)?.id as CommandId | undefined,
		bindingsFor: (mode) => shown.filter((binding) => binding.mode === mode),
	};
}

export const defaultKeyBindings = createKeyBindings();

export function commandFor(mode: Mode, key: string): CommandId | undefined {
	return defaultKeyBindings.commandFor(mode, key);
}

export function bindingsFor(mode: Mode): readonly Binding[] {
	return defaultKeyBindings.bindingsFor(mode);
}

const keyLabels: Record<string, string> = {
	space: 'Space',
	enter: 'Enter',
	escape: 'Esc',
	tab: 'Tab',
	backspace: 'Backspace',
	up: '↑',
	down: '↓',
	left: '←',
	right: '→',
	pageup: 'PgUp',
	pagedown: 'PgDn',
	home: 'Home',
	end: 'End',
};

export function keyLabel(key: string): string {
	if (keyLabels[key]) return keyLabels[key];
	if (key.startsWith('ctrl-')) return `Ctrl-${key.slice(5)}`;
	return key;
}

export function keysLabel(keys: readonly string[]): string {
	if (keys.length === 10 && keys[0] === '0') return '0-9';
	return keys.map(keyLabel).join(' ');
}

/** The key shown for a command in a mode (`q`, `Ctrl-c`), or undefined when it has none. */
export function keyFor(bindings: KeyBindings, mode: Mode, id: CommandId): string | undefined {
	const key = bindings.bindingsFor(mode).find((binding) => binding.id === id)?.keys[0];
	return key === undefined ? undefined : keyLabel(key);
}

type Hint = CommandId | readonly [CommandId, CommandId];

/** The commands the status bar names in each mode, in order; a pair shares one word. */
const statusHints: Record<Mode, readonly Hint[]> = {
	browse: ['help', 'search', 'goto-time', 'toggle-sidebar', 'present', 'quit'],
	speakers: [['speaker-down', 'speaker-up'], 'speaker-filter', 'focus-pane', 'toggle-sidebar'],
	find: ['input-submit', 'input-cancel'],
	search: ['input-submit', 'search-list', 'input-cancel'],
	results: [['result-down', 'result-up'], 'result-jump', 'close'],
	command: ['input-submit', 'input-cancel'],
	bookmarks: ['bookmark-jump', 'close'],
	chapters: ['chapter-play', 'close'],
	help: [['help-down', 'help-up'], 'close'],
	present: [
		'present-toggle',
		['present-prev', 'present-next'],
		['present-faster', 'present-slower'],
		'present-exit',
	],
};

/** `?:help /:search … q:quit` from the bindings in force; unbound commands are left out. */
export function statusHint(bindings: KeyBindings, mode: Mode): string {
	const parts: string[] = [];
	for (const hint of statusHints[mode]) {
		const ids: readonly CommandId[] = typeof hint === 'string' ? [hint] : hint;
		const keys = ids.map((id) => keyFor(bindings, mode, id));
		if (keys.some((key) => key === undefined)) continue;
		const binding = bindings.bindingsFor(mode).find((b) => b.id === ids[0]);
		parts.push(`${keys.join('/')}:${binding?.short ?? ids[0]}`);
	}
	return parts.join(' ');
}

/** The README's key table, one section per mode. */
export function keyTableMarkdown(): string {
	const out: string[] = [];
	for (const mode of modes) {
		out.push(
			`**${modeTitles[mode]}** (\`${mode}\`)`,
			'',
			'| keys | command | id |',
			'| --- | --- | --- |',
		);
		for (const binding of bindingsFor(mode)) {
			const keys = keysLabel(binding.keys)
				.split(' ')
				.map((k) => `\`${k === '|' ? '\\|' : k}\``)
				.join(' ');
			out.push(`| ${keys} | ${binding.description} | \`${binding.id}\` |`);
		}
		out.push('');
	}
	return out.join('\n').trimEnd();
}

/** Lines of the help overlay: a title and a blank line per mode, a line per binding. */
export const helpLineCount = keymap.length + modes.length * 2;
