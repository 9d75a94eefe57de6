// Themes map semantic roles to colours; components never name a colour themselves.
// A colour is an Ink/chalk colour name, `#rrggbb`, or '' for the terminal's default.

import {cleanText} from './clean-text.js';
import {isThemeName} from './preferences.js';

export {builtinThemes} from './builtin-themes.js';
export {colorsDisabled, nextThemeName, pickTheme, speakerColor} from './theme-pick.js';

export type Color = string;
export type ColorPair = {fg: Color; bg: Color};

export type ThemeColors = {
	text: Color;
	dim: Color;
	time: Color;
	/** Speaker palette, at least one colour; see `speakerColor`. */
	speakers: Color[];
	match: ColorPair;
	flood: Color;
	border: Color;
	status: ColorPair;
	selection: ColorPair;
	link: Color;
	header: Color;
	accent: Color;
	/** Optional in theme files; defaults to `accent`. */
	warning: Color;
	/** Bookmark marks; optional in theme files, defaults to `accent`. */
	marker: Color;
	/** Timeline / progress bar; optional in theme files, defaults to `dim`. */
	timeline: Color;
};

export type Theme = {name: string; colors: ThemeColors};

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

const singleRoles = ['text', 'dim', 'time', 'flood', 'border', 'link', 'header', 'accent'] as const;
const pairRoles = ['match', 'status', 'selection'] as const;
const optionalRoles = {warning: 'accent', marker: 'accent', timeline: 'dim'} as const;
const knownRoles = new Set<string>([
	...singleRoles,
	...pairRoles,
	...Object.keys(optionalRoles),
	'speakers',
]);
const maxPalette = 32;

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

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const mustBeColor = 'must be a colour name or #rrggbb';

/** Checks a parsed theme file; `problem` names the file and the first bad field. */
export function validateTheme(json: unknown, fileName: string): {theme?: Theme; problem?: string} {
	const label = `theme ${cleanText(fileName, 100)}`;
	const fail = (field: string, message: string) => ({problem: `${label}: ${field} ${message}`});
	if (!isRecord(json)) return {problem: `${label}: must be a JSON object with "colors"`};
	const fallbackName = fileName.replace(/\.json$/i, '');
	const name = json.name ?? fallbackName;
	if (typeof name !== 'string' || !isThemeName(name)) {
		return fail('name', 'must be letters, digits, space, ".", "-" or "_" (at most 64)');
	}
	const raw = json.colors;
	if (!isRecord(raw)) return fail('colors', 'must be an object of roles');
	const unknown = Object.keys(raw).find((role) => !knownRoles.has(role));
	if (unknown !== undefined) return fail(`colors.${cleanText(unknown, 40)}`, 'is not a known role');
	const colors: Record<string, unknown> = {};
	for (const role of singleRoles) {
		if (!(role in raw)) return fail(`colors.${role}`, 'is missing');
		const color = parseColor(raw[role]);
		if (color === undefined) return fail(`colors.${role}`, mustBeColor);
		colors[role] = color;
	}
	for (const role of pairRoles) {
		const pair = raw[role];
		if (!isRecord(pair)) return fail(`colors.${role}`, 'must be an object with fg and bg');
		const extra = Object.keys(pair).find((key) => key !== 'fg' && key !== 'bg');
		if (extra !== undefined)
			return fail(`colors.${role}.${cleanText(extra, 40)}`, 'is not fg or bg');
		const fg = parseColor(pair.fg ?? null);
		const bg = parseColor(pair.bg ?? null);
		if (fg === undefined) return fail(`colors.${role}.fg`, mustBeColor);
		if (bg === undefined) return fail(`colors.${role}.bg`, mustBeColor);
		colors[role] = {fg, bg};
	}
	for (const [role, fallback] of Object.entries(optionalRoles)) {
		const color = role in raw ? parseColor(raw[role]) : colors[fallback];
		if (color === undefined) return fail(`colors.${role}`, mustBeColor);
		colors[role] = color;
	}
	const palette = raw.speakers;
	if (!Array.isArray(palette) || palette.length === 0 || palette.length > maxPalette) {
		return fail('colors.speakers', `must be a list of 1 to ${maxPalette} colours`);
	}
	const speakers: Color[] = [];
	for (const [index, value] of palette.entries()) {
		const color = parseColor(value);
		if (color === undefined) return fail(`colors.speakers[${index}]`, mustBeColor);
		speakers.push(color);
	}
	colors.speakers = speakers;
	return {theme: {name, colors: colors as ThemeColors}};
}
