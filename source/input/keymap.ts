// Key bindings in force (the table with a user's keys.json applied), and every word about
// keys: labels, status-bar hints, the README key table.

import {
	type Binding,
	type CommandId,
	keymap,
	type Mode,
	modes,
	modeTitles,
} from './keymap-table.js';

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
		'present-close',
		'present-exit',
		'help',
	],
	message: [['message-down', 'message-up'], 'close'],
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
