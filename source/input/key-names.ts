// Turns one Ink input event into key names. Ink hands over a run of plain characters
// as one event ('jjj', or a burst of typing ending in '\r'), so each character counts.

export type InkKey = {
	upArrow: boolean;
	downArrow: boolean;
	leftArrow: boolean;
	rightArrow: boolean;
	pageDown: boolean;
	pageUp: boolean;
	home?: boolean;
	end?: boolean;
	return: boolean;
	escape: boolean;
	ctrl: boolean;
	shift: boolean;
	tab: boolean;
	backspace: boolean;
	delete: boolean;
	meta: boolean;
};

const flagNames: Array<[keyof InkKey, string]> = [
	['upArrow', 'up'],
	['downArrow', 'down'],
	['leftArrow', 'left'],
	['rightArrow', 'right'],
	['pageDown', 'pagedown'],
	['pageUp', 'pageup'],
	['home', 'home'],
	['end', 'end'],
	['return', 'enter'],
	['escape', 'escape'],
	['tab', 'tab'],
	['backspace', 'backspace'],
	// Most terminals send DEL (0x7f) for the backspace key; Ink names it 'delete'.
	['delete', 'backspace'],
];

function charName(char: string): string {
	const code = char.codePointAt(0) ?? 0;
	if (char === '\r' || char === '\n') return 'enter';
	if (char === '\t') return 'tab';
	if (char === ' ') return 'space';
	if (code === 0x7f || code === 0x08) return 'backspace';
	if (code === 0x1b) return 'escape';
	if (code > 0 && code < 0x1b) return `ctrl-${String.fromCharCode(code + 96)}`;
	return char;
}

export function keyNames(input: string, key: InkKey): string[] {
	if (key.ctrl && input.length === 1 && /[a-z]/.test(input)) return [`ctrl-${input}`];
	if (input.length === 0 || key.escape) {
		for (const [flag, name] of flagNames) if (key[flag]) return [name];
		return input.length === 0 ? [] : ['escape'];
	}
	if (key.meta && input.length === 1) return [`meta-${input}`];
	return Array.from(input, charName);
}

/** Key names that stand for a printable character (for text boxes). */
export function keyText(name: string): string | undefined {
	if (name === 'space') return ' ';
	if ([...name].length === 1 && (name.codePointAt(0) ?? 0) >= 0x20) return name;
	return undefined;
}
