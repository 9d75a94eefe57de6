import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {themesDir} from '../../source/io/paths.js';
import {builtinThemes} from '../../source/theme/builtin.js';
import {inkColor} from '../../source/theme/colors.js';
import {loadThemes} from '../../source/theme/load.js';
import {colorsDisabled, nextThemeName, pickTheme} from '../../source/theme/pick.js';
import {speakerColor} from '../../source/theme/speaker-colors.js';
import type {Theme} from '../../source/theme/types.js';
import {validateTheme} from '../../source/theme/validate.js';

const builtinDir = fileURLToPath(new URL('../../themes', import.meta.url));
const readTheme = (name: string): {name: string; colors: Record<string, unknown>} =>
	JSON.parse(fs.readFileSync(path.join(builtinDir, `${name}.json`), 'utf8'));

let userDir: string;
beforeEach(() => {
	userDir = fs.mkdtempSync(path.join(os.tmpdir(), 'chatreel-themes-'));
});
afterEach(() => {
	fs.rmSync(userDir, {recursive: true, force: true});
});

describe('built-in themes', () => {
	it('all validate, in cycling order', () => {
		const {themes, problems} = loadThemes({builtinDir});
		expect(problems).toEqual([]);
		expect([...themes.keys()]).toEqual([
			'dark',
			'light',
			'high-contrast',
			'solarized-dark',
			'mono',
		]);
		for (const file of fs.readdirSync(builtinDir)) {
			expect(
				validateTheme(JSON.parse(fs.readFileSync(path.join(builtinDir, file), 'utf8')), file),
			).toMatchObject({theme: {name: file.replace('.json', '')}});
		}
	});

	it('embedded dark and mono equal their files', () => {
		expect(validateTheme(readTheme('dark'), 'dark.json').theme).toEqual(builtinThemes.dark);
		expect(validateTheme(readTheme('mono'), 'mono.json').theme).toEqual(builtinThemes.mono);
	});

	it('mono has no colour at all', () => {
		const flat = JSON.stringify(builtinThemes.mono.colors);
		expect(flat.match(/"[^"]+"(?=[,}\]])/g)).toBeNull();
		expect(inkColor(builtinThemes.mono.colors.text)).toBeUndefined();
	});

	it('solarized uses the real solarized values', () => {
		const colors = JSON.stringify(readTheme('solarized-dark').colors);
		for (const hex of ['#839496', '#586e75', '#268bd2', '#2aa198', '#859900', '#b58900']) {
			expect(colors).toContain(hex);
		}
	});

	it('work without a themes folder', () => {
		const {themes, problems} = loadThemes({builtinDir: path.join(userDir, 'missing')});
		expect(problems).toEqual([]);
		expect([...themes.keys()]).toEqual(['dark', 'mono']);
	});

	it('finds the shipped themes/ folder from the package root', () => {
		expect(path.resolve(themesDir)).toBe(path.resolve(builtinDir));
	});
});

describe('validateTheme', () => {
	const base = () => structuredClone(readTheme('dark'));
	const problemFor = (mutate: (json: {name?: string; colors: Record<string, unknown>}) => void) => {
		const json = base();
		mutate(json);
		return validateTheme(json, 'light.json').problem;
	};

	it.each([
		[
			(j: {colors: Record<string, unknown>}) => {
				j.colors.match = {fg: 'black', bg: 'purple'};
			},
			'theme light.json: colors.match.bg must be a colour name or #rrggbb',
		],
		[
			(j: {colors: Record<string, unknown>}) => {
				delete j.colors.text;
			},
			'theme light.json: colors.text is missing',
		],
		[
			(j: {colors: Record<string, unknown>}) => {
				j.colors.speakers = [];
			},
			'theme light.json: colors.speakers must be a list of 1 to 32 colours',
		],
		[
			(j: {colors: Record<string, unknown>}) => {
				j.colors.speakers = ['red', '#12345'];
			},
			'theme light.json: colors.speakers[1] must be a colour name or #rrggbb',
		],
		[
			(j: {colors: Record<string, unknown>}) => {
				j.colors.txet = 'red';
			},
			'theme light.json: colors.txet is not a known role',
		],
		[
			(j: {colors: Record<string, unknown>}) => {
				j.colors.status = 'red';
			},
			'theme light.json: colors.status must be an object with fg and bg',
		],
		[
			(j: {colors: Record<string, unknown>}) => {
				j.colors.status = {fg: 'red', background: 'red'};
			},
			'theme light.json: colors.status.background is not fg or bg',
		],
	])('names the file and the field (%#)', (mutate, problem) => {
		expect(problemFor(mutate)).toBe(problem);
	});

	it('rejects non-objects and bad names', () => {
		expect(validateTheme([], 'x.json').problem).toBe(
			'theme x.json: must be a JSON object with "colors"',
		);
		expect(validateTheme({...base(), name: '../evil'}, 'x.json').problem).toMatch(
			/^theme x\.json: name must be/,
		);
	});

	it('normalises colours and fills optional roles', () => {
		const json = base();
		json.colors.text = 'BlueBright';
		json.colors.dim = '#ABCDEF';
		json.colors.border = null;
		json.colors.accent = 'grey';
		delete json.colors.warning;
		delete json.colors.timeline;
		const theme = validateTheme(json, 'x.json').theme!;
		expect(theme.colors).toMatchObject({
			text: 'blueBright',
			dim: '#abcdef',
			border: '',
			accent: 'gray',
			warning: 'gray',
			timeline: '#abcdef',
		});
	});
});

describe('loadThemes with user themes', () => {
	it('lets a user theme override a built-in one and adds new ones after', () => {
		const dark = readTheme('dark');
		fs.writeFileSync(
			path.join(userDir, 'dark.json'),
			JSON.stringify({...dark, colors: {...dark.colors, text: 'red'}}),
		);
		fs.writeFileSync(path.join(userDir, 'a-mine.json'), JSON.stringify({colors: dark.colors}));
		const {themes, problems} = loadThemes({builtinDir, userDir});
		expect(problems).toEqual([]);
		expect(themes.get('dark')?.colors.text).toBe('red');
		expect([...themes.keys()].at(-1)).toBe('a-mine');
	});

	it('skips a bad file with one line and keeps the built-in theme', () => {
		fs.writeFileSync(path.join(userDir, 'dark.json'), '{"colors": ');
		fs.writeFileSync(path.join(userDir, 'light.json'), JSON.stringify({colors: {text: 1}}));
		fs.writeFileSync(path.join(userDir, 'notes.txt'), 'ignored');
		const {themes, problems} = loadThemes({builtinDir, userDir});
		expect(problems).toEqual([
			'theme dark.json: is not valid JSON',
			'theme light.json: colors.text must be a colour name or #rrggbb',
		]);
		expect(themes.get('dark')).toEqual(builtinThemes.dark);
		expect(themes.get('light')?.colors.text).toBe('#1f2328');
	});
});

describe('pickTheme', () => {
	const {themes} = loadThemes({builtinDir});

	it('uses the named theme, or the default with a warning', () => {
		expect(pickTheme('light', themes, {noColor: false}).name).toBe('light');
		expect(pickTheme(undefined, themes, {noColor: false}).name).toBe('dark');
		const warnings: string[] = [];
		expect(pickTheme('neon', themes, {noColor: false, warn: (l) => warnings.push(l)}).name).toBe(
			'dark',
		);
		expect(warnings).toEqual([
			'unknown theme "neon" (known: dark, light, high-contrast, solarized-dark, mono); using dark',
		]);
	});

	it('uses mono when colour is off, even with no theme files', () => {
		expect(pickTheme('light', themes, {noColor: true}).name).toBe('mono');
		expect(pickTheme('light', new Map(), {noColor: true})).toBe(builtinThemes.mono);
	});

	it('colorsDisabled follows NO_COLOR, FORCE_COLOR, TERM and the stream', () => {
		expect(colorsDisabled({NO_COLOR: '1'})).toBe(true);
		expect(colorsDisabled({NO_COLOR: ''})).toBe(false);
		expect(colorsDisabled({NO_COLOR: '1', FORCE_COLOR: '1'})).toBe(true);
		expect(colorsDisabled({FORCE_COLOR: '0'})).toBe(true);
		expect(colorsDisabled({TERM: 'dumb'})).toBe(true);
		expect(colorsDisabled({FORCE_COLOR: '1', TERM: 'dumb'})).toBe(false);
		expect(colorsDisabled({}, {hasColors: () => false})).toBe(true);
		expect(colorsDisabled({}, {hasColors: () => true})).toBe(false);
	});
});

describe('speakerColor and nextThemeName', () => {
	const theme: Theme = builtinThemes.dark;

	it('is stable and spreads names over the palette', () => {
		const names = ['Eric-Silot-SG', '横烟秋', 'alice', 'bob', 'carol', 'dave', 'erin', 'frank'];
		const colors = names.map((name) => speakerColor(theme, name));
		expect(names.map((name) => speakerColor(theme, name))).toEqual(colors);
		expect(new Set(colors).size).toBeGreaterThan(3);
		expect(speakerColor(builtinThemes.mono, 'alice')).toBe('');
	});

	it('is FNV-1a of the UTF-8 name modulo the palette size', () => {
		// Published FNV-1a 32-bit vectors: "a" → 0xe40c292c, "foobar" → 0xbf9cf968.
		const speakers = Array.from({length: 32}, (_, i) => `#0000${i.toString(16).padStart(2, '0')}`);
		const wide: Theme = {...theme, colors: {...theme.colors, speakers}};
		expect(speakerColor(wide, 'a')).toBe(speakers[0xe40c292c % 32]);
		expect(speakerColor(wide, 'foobar')).toBe(speakers[0xbf9cf968 % 32]);
	});

	it('cycles through all themes and wraps', () => {
		const {themes} = loadThemes({builtinDir});
		const seen = ['dark'];
		for (let i = 0; i < 5; i++) seen.push(nextThemeName(seen.at(-1)!, themes));
		expect(seen).toEqual(['dark', 'light', 'high-contrast', 'solarized-dark', 'mono', 'dark']);
		expect(nextThemeName('gone', themes)).toBe('dark');
	});
});
