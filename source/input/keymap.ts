// The one table of keys. Input handling, the `?` overlay and the README key table all
// come from it; test/input/keymap.test.ts keeps the README in step.

export const modes = [
	'browse',
	'speakers',
	'search',
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
	search: 'Search box',
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
	{id: 'goto-time', keys: [':'], description: 'Jump to a time (19:30, 19:30:15)', mode: 'browse'},
	{id: 'prev-hour', keys: ['['], description: 'Previous hour', mode: 'browse'},
	{id: 'next-hour', keys: [']'], description: 'Next hour', mode: 'browse'},
	{id: 'prev-section', keys: ['{'], description: 'Previous talk or flood', mode: 'browse'},
	{id: 'next-section', keys: ['}'], description: 'Next talk or flood', mode: 'browse'},
	{id: 'search', keys: ['/'], description: 'Search', mode: 'browse'},
	{id: 'next-hit', keys: ['n'], description: 'Next search hit', mode: 'browse'},
	{id: 'prev-hit', keys: ['N'], description: 'Previous search hit', mode: 'browse'},
	{
		id: 'toggle-fold',
		keys: ['enter'],
		description: 'Expand or fold the flood under the cursor',
		mode: 'browse',
	},
	{id: 'toggle-all-folds', keys: ['c'], description: 'Fold or unfold all floods', mode: 'browse'},
	{
		id: 'toggle-sidebar',
		keys: ['s'],
		description: 'Go to the speaker sidebar (in it: hide it)',
		mode: 'browse',
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
	},
	{id: 'help', keys: ['?'], description: 'Show this help', mode: 'browse'},
	{id: 'quit', keys: ['q', 'ctrl-c'], description: 'Quit', mode: 'browse'},

	{id: 'speaker-down', keys: ['j', 'down'], description: 'Next speaker', mode: 'speakers'},
	{id: 'speaker-up', keys: ['k', 'up'], description: 'Previous speaker', mode: 'speakers'},
	{id: 'speaker-first', keys: ['g', 'home'], description: 'First speaker', mode: 'speakers'},
	{id: 'speaker-last', keys: ['G', 'end'], description: 'Last speaker', mode: 'speakers'},
	{
		id: 'speaker-filter',
		keys: ['enter'],
		description: 'Show only this speaker (again: everyone)',
		mode: 'speakers',
	},
	{
		id: 'focus-pane',
		keys: ['tab', 'escape'],
		description: 'Back to the messages',
		mode: 'speakers',
	},
	{id: 'toggle-sidebar', keys: ['s'], description: 'Hide the sidebar', mode: 'speakers'},
	{id: 'quit', keys: ['q', 'ctrl-c'], description: 'Quit', mode: 'speakers'},

	{
		id: 'input-submit',
		keys: ['enter'],
		description: 'Jump to the best hit and close',
		mode: 'search',
	},
	{
		id: 'input-cancel',
		keys: ['escape', 'ctrl-c'],
		description: 'Cancel and go back',
		mode: 'search',
	},
	{id: 'input-backspace', keys: ['backspace'], description: 'Delete a character', mode: 'search'},
	{id: 'input-clear', keys: ['ctrl-u'], description: 'Clear the query', mode: 'search'},

	{id: 'input-submit', keys: ['enter'], description: 'Jump to the time', mode: 'command'},
	{id: 'input-cancel', keys: ['escape', 'ctrl-c'], description: 'Cancel', mode: 'command'},
	{id: 'input-backspace', keys: ['backspace'], description: 'Delete a character', mode: 'command'},
	{id: 'input-clear', keys: ['ctrl-u'], description: 'Clear the line', mode: 'command'},

	{id: 'bookmark-down', keys: ['j', 'down'], description: 'Next bookmark', mode: 'bookmarks'},
	{id: 'bookmark-up', keys: ['k', 'up'], description: 'Previous bookmark', mode: 'bookmarks'},
	{id: 'bookmark-jump', keys: ['enter'], description: 'Jump to the bookmark', mode: 'bookmarks'},
	{id: 'close', keys: ['escape', "'", 'q'], description: 'Close the list', mode: 'bookmarks'},

	{id: 'chapter-down', keys: ['j', 'down'], description: 'Next talk', mode: 'chapters'},
	{id: 'chapter-up', keys: ['k', 'up'], description: 'Previous talk', mode: 'chapters'},
	{id: 'chapter-play', keys: ['enter', 'p'], description: 'Present this talk', mode: 'chapters'},
	{id: 'close', keys: ['escape', 'q'], description: 'Close the list', mode: 'chapters'},

	{
		id: 'help-down',
		keys: ['j', 'down', 'space', 'pagedown'],
		description: 'Scroll help down',
		mode: 'help',
	},
	{id: 'help-up', keys: ['k', 'up', 'b', 'pageup'], description: 'Scroll help up', mode: 'help'},
	{id: 'close', keys: ['escape', '?', 'q'], description: 'Close help', mode: 'help'},

	{id: 'present-toggle', keys: ['space'], description: 'Pause or resume', mode: 'present'},
	{id: 'present-next', keys: ['right', 'l'], description: 'Next message now', mode: 'present'},
	{id: 'present-prev', keys: ['left', 'h'], description: 'Back one message', mode: 'present'},
	{id: 'present-faster', keys: ['+', '='], description: 'Double the speed', mode: 'present'},
	{id: 'present-slower', keys: ['-'], description: 'Halve the speed', mode: 'present'},
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
	{id: 'present-exit', keys: ['q', 'escape'], description: 'Back to the reader', mode: 'present'},
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
