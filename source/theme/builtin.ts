// The dark and mono themes built in, so chatreel works even when themes/ is missing.

import darkJson from '../../themes/dark.json' with {type: 'json'};
import monoJson from '../../themes/mono.json' with {type: 'json'};
import {defaults} from '../state/defaults.js';
import type {Theme} from './types.js';

// Bundled from the same files users see in themes/, so the two cannot drift apart.
const dark: Theme = darkJson;
const mono: Theme = monoJson;

export const defaultThemeName = defaults.theme;

export const builtinThemes: Readonly<{dark: Theme; mono: Theme}> = {dark, mono};

/** The order `T` cycles through; other themes follow by name. */
export const builtinThemeOrder = [
	'dark',
	'light',
	'high-contrast',
	'solarized-dark',
	'mono',
] as const;
