// Loads themes/*.json shipped with chatreel and <configDir>/themes/*.json (user themes
// override built-in ones by name). A bad file is skipped with one line naming it.

import fs from 'node:fs';
import path from 'node:path';
import {errorCode} from '../config/file-lock.js';
import {maskLine} from '../core/transcript/sanitize.js';
import {builtinThemeOrder, builtinThemes} from './builtin.js';
import type {Theme} from './types.js';
import {validateTheme} from './validate.js';

const maxThemeBytes = 256 * 1024;

function readDir(dir: string, problems: string[]): Theme[] {
	let names: string[];
	try {
		names = fs.readdirSync(dir).filter((name) => name.toLowerCase().endsWith('.json'));
	} catch (error) {
		const code = errorCode(error);
		if (code !== 'ENOENT' && code !== 'ENOTDIR') {
			problems.push(`themes folder ${maskLine(dir, 300)} could not be read (${code ?? 'error'})`);
		}
		return [];
	}
	const themes: Theme[] = [];
	for (const name of names.sort()) {
		const label = `theme ${maskLine(name, 100)}`;
		const file = path.join(dir, name);
		let text: string;
		try {
			const stat = fs.statSync(file);
			if (!stat.isFile()) continue;
			if (stat.size > maxThemeBytes) {
				problems.push(`${label}: is larger than ${maxThemeBytes / 1024} KB`);
				continue;
			}
			text = fs.readFileSync(file, 'utf8');
		} catch (error) {
			problems.push(`${label}: could not be read (${errorCode(error) ?? 'error'})`);
			continue;
		}
		let json: unknown;
		try {
			json = JSON.parse(text);
		} catch {
			problems.push(`${label}: is not valid JSON`);
			continue;
		}
		const {theme, problem} = validateTheme(json, name);
		if (theme) themes.push(theme);
		else if (problem) problems.push(problem);
	}
	return themes;
}

/**
 * All themes, in `T` cycling order (built-in order, then others by name). Problem lines have
 * no `chatreel:` prefix. Never throws; the embedded dark and mono themes are always there.
 */
export function loadThemes(dirs: {builtinDir?: string; userDir?: string}): {
	themes: Map<string, Theme>;
	problems: string[];
} {
	const problems: string[] = [];
	const found = new Map<string, Theme>(Object.values(builtinThemes).map((t) => [t.name, t]));
	const sources = [dirs.builtinDir, dirs.userDir].filter((dir) => dir !== undefined);
	for (const dir of sources) {
		for (const theme of readDir(dir, problems)) found.set(theme.name, theme);
	}
	const order: string[] = builtinThemeOrder.filter((name) => found.has(name));
	const others = [...found.keys()].filter((name) => !order.includes(name)).sort();
	const themes = new Map<string, Theme>();
	for (const name of [...order, ...others]) themes.set(name, found.get(name)!);
	return {themes, problems};
}

/** Where a user's own theme files go. */
export function userThemesDir(configDir: string): string {
	return path.join(configDir, 'themes');
}
