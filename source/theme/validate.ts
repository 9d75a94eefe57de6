// Checks a theme file: every role present, every colour one chatreel can draw.

import {isThemeName} from '../config/preferences.js';
import {maskLine} from '../core/transcript/sanitize.js';
import {parseColor} from './colors.js';
import type {Color, Theme, ThemeColors} from './types.js';

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

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const mustBeColor = 'must be a colour name or #rrggbb';

/** Checks a parsed theme file; `problem` names the file and the first bad field. */
export function validateTheme(json: unknown, fileName: string): {theme?: Theme; problem?: string} {
	const label = `theme ${maskLine(fileName, 100)}`;
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
	if (unknown !== undefined) return fail(`colors.${maskLine(unknown, 40)}`, 'is not a known role');
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
			return fail(`colors.${role}.${maskLine(extra, 40)}`, 'is not fg or bg');
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
