// Named keys -> the bytes a real xterm sends for them.

const plainKeys: Record<string, string> = {
	enter: '\r',
	return: '\r',
	escape: '\x1b',
	esc: '\x1b',
	space: ' ',
	tab: '\t',
	'shift-tab': '\x1b[Z',
	backspace: '\x7f',
	delete: '\x1b[3~',
	pageup: '\x1b[5~',
	pagedown: '\x1b[6~',
	f1: '\x1bOP',
	f2: '\x1bOQ',
	f3: '\x1bOR',
	f4: '\x1bOS',
};

// Cursor keys depend on DECCKM: normal mode sends CSI, application mode sends SS3.
const cursorKeys: Record<string, string> = {
	up: 'A',
	down: 'B',
	right: 'C',
	left: 'D',
	home: 'H',
	end: 'F',
};

/**
 * Translates one key name to its byte sequence. Known names: enter, escape, up, down, left,
 * right, pageup, pagedown, home, end, space, tab, shift-tab, backspace, delete, f1–f4,
 * ctrl-a … ctrl-z, alt-<char>. Anything else is sent as literal text.
 */
export function keySequence(key: string, applicationCursorKeys = false): string {
	const plain = plainKeys[key];
	if (plain !== undefined) {
		return plain;
	}

	const cursor = cursorKeys[key];
	if (cursor !== undefined) {
		return `${applicationCursorKeys ? '\x1bO' : '\x1b['}${cursor}`;
	}

	const ctrl = /^ctrl-([a-z])$/.exec(key);
	if (ctrl) {
		return String.fromCharCode(ctrl[1]!.charCodeAt(0) - 96);
	}

	const alt = /^(?:alt|meta)-(.)$/u.exec(key);
	if (alt) {
		return `\x1b${alt[1]}`;
	}

	return key;
}
