// The dark and mono themes built in, so chatreel works even when themes/ is missing.
// A test checks they equal themes/dark.json and themes/mono.json.

import type {Theme} from './theme.js';

const dark: Theme = {
	name: 'dark',
	colors: {
		text: 'white',
		dim: 'gray',
		time: 'gray',
		speakers: [
			'cyan',
			'green',
			'yellow',
			'magenta',
			'blueBright',
			'redBright',
			'cyanBright',
			'greenBright',
			'yellowBright',
			'magentaBright',
		],
		match: {fg: 'black', bg: 'yellow'},
		flood: 'gray',
		border: 'gray',
		status: {fg: 'black', bg: 'cyan'},
		selection: {fg: 'whiteBright', bg: 'blue'},
		link: 'blueBright',
		header: 'whiteBright',
		accent: 'cyan',
		warning: 'yellow',
		marker: 'magentaBright',
		timeline: 'gray',
	},
};

const mono: Theme = {
	name: 'mono',
	colors: {
		text: '',
		dim: '',
		time: '',
		speakers: [''],
		match: {fg: '', bg: ''},
		flood: '',
		border: '',
		status: {fg: '', bg: ''},
		selection: {fg: '', bg: ''},
		link: '',
		header: '',
		accent: '',
		warning: '',
		marker: '',
		timeline: '',
	},
};

export const defaultThemeName = 'dark';

export const builtinThemes: Readonly<{dark: Theme; mono: Theme}> = {dark, mono};

/** The order `T` cycles through; other themes follow by name. */
export const builtinThemeOrder = [
	'dark',
	'light',
	'high-contrast',
	'solarized-dark',
	'mono',
] as const;
