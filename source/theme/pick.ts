// Choosing the theme for a run, cycling with `T`, and colouring speakers.

import {maskLine} from '../core/transcript/sanitize.js';
import {builtinThemes, defaultThemeName} from './builtin.js';
import type {Theme} from './types.js';

type ColorStream = {isTTY?: boolean; hasColors?: (count?: number) => boolean};

/**
 * True when output must carry no colour: `NO_COLOR` set (and not empty), `FORCE_COLOR=0`,
 * `TERM=dumb`, or a stream that reports no colour support. `FORCE_COLOR` otherwise wins.
 */
export function colorsDisabled(env: NodeJS.ProcessEnv, stream?: ColorStream): boolean {
	if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return true;
	const force = env.FORCE_COLOR;
	if (force === '0' || force === 'false') return true;
	if (force !== undefined) return false;
	if (env.TERM === 'dumb') return true;
	if (stream?.hasColors) return !stream.hasColors();
	return false;
}

/**
 * The theme to use: mono when colour is off, else `name` (or the default when `name` is
 * undefined). An unknown name gives the default and one line to `warn` (no `chatreel:` prefix).
 */
export function pickTheme(
	name: string | undefined,
	themes: ReadonlyMap<string, Theme>,
	options: {noColor: boolean; warn?: (line: string) => void},
): Theme {
	const fallback = themes.get(defaultThemeName) ?? builtinThemes.dark;
	if (options.noColor) return themes.get('mono') ?? builtinThemes.mono;
	if (name === undefined) return fallback;
	const theme = themes.get(name);
	if (theme) return theme;
	const known = [...themes.keys()].join(', ');
	options.warn?.(`unknown theme "${maskLine(name, 64)}" (known: ${known}); using ${fallback.name}`);
	return fallback;
}

/** The theme after `current` in the map's order (wrapping); the first when `current` is unknown. */
export function nextThemeName(current: string, themes: ReadonlyMap<string, Theme>): string {
	const names = [...themes.keys()];
	const index = names.indexOf(current);
	return names[(index + 1) % names.length] ?? current;
}
