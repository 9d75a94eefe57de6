// Colour names a theme may use, and how they reach Ink.

import type {Color} from './types.js';

export const colorNames = [
	'black',
	'red',
	'green',
	'yellow',
	'blue',
	'magenta',
	'cyan',
	'white',
	'gray',
	'blackBright',
	'redBright',
	'greenBright',
	'yellowBright',
	'blueBright',
	'magentaBright',
	'cyanBright',
	'whiteBright',
] as const;

const byLowerName = new Map<string, string>(colorNames.map((name) => [name.toLowerCase(), name]));
byLowerName.set('grey', 'gray');

/** The canonical colour, or undefined when `value` is not one. `null` means default. */
export function parseColor(value: unknown): Color | undefined {
	if (value === null || value === '') return '';
	if (typeof value !== 'string') return undefined;
	if (/^#[0-9a-f]{6}$/i.test(value)) return value.toLowerCase();
	return byLowerName.get(value.toLowerCase());
}

/** For Ink's `color`/`backgroundColor` props: '' (terminal default) becomes undefined. */
export function inkColor(color: Color): string | undefined {
	return color === '' ? undefined : color;
}
