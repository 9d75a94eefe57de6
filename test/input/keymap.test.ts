import fs from 'node:fs';
import {describe, expect, it} from 'vitest';
import {keyNames} from '../../source/input/key-names.js';
import {commandFor, keyTableMarkdown} from '../../source/input/keymap.js';
import {keymap, modes} from '../../source/input/keymap-table.js';

const readmePath = new URL('../../README.md', import.meta.url);
const start = '<!-- keys:start (generated from source/input/keymap-table.ts) -->';
const end = '<!-- keys:end -->';

const noKey = {
	upArrow: false,
	downArrow: false,
	leftArrow: false,
	rightArrow: false,
	pageDown: false,
	pageUp: false,
	return: false,
	escape: false,
	ctrl: false,
	shift: false,
	tab: false,
	backspace: false,
	delete: false,
	meta: false,
};

describe('the keymap', () => {
	it('gives every binding a description and a known mode', () => {
		for (const binding of keymap) {
			expect(binding.description.length, binding.id).toBeGreaterThan(3);
			expect(modes).toContain(binding.mode);
		}
	});

	it('binds no key twice in one mode', () => {
		const seen = new Set<string>();
		for (const binding of keymap) {
			for (const key of binding.keys) {
				const slot = `${binding.mode} ${key}`;
				expect(seen.has(slot), slot).toBe(false);
				seen.add(slot);
			}
		}
	});

	it('resolves keys by mode', () => {
		expect(commandFor('browse', 'j')).toBe('cursor-down');
		expect(commandFor('speakers', 'j')).toBe('speaker-down');
		expect(commandFor('present', 'space')).toBe('present-toggle');
		expect(commandFor('search', 'j')).toBeUndefined();
	});

	it('is what the README lists', () => {
		const readme = fs.readFileSync(readmePath, 'utf8');
		const table = `${start}\n${keyTableMarkdown()}\n${end}`;
		if (process.env.UPDATE_README === '1') {
			const from = readme.indexOf(start);
			const to = readme.indexOf(end) + end.length;
			fs.writeFileSync(readmePath, readme.slice(0, from) + table + readme.slice(to));
			return;
		}
		// Stale? Run: UPDATE_README=1 npx vitest run test/input/keymap.test.ts
		expect(readme).toContain(table);
	});
});

describe('key names', () => {
	it('splits a burst of plain keys', () => {
		expect(keyNames('jjj', noKey)).toEqual(['j', 'j', 'j']);
	});

	it('splits typed text ending in Enter', () => {
		expect(keyNames('19:30\r', noKey)).toEqual(['1', '9', ':', '3', '0', 'enter']);
	});

	it('names special keys from Ink flags', () => {
		expect(keyNames('', {...noKey, upArrow: true})).toEqual(['up']);
		expect(keyNames('', {...noKey, escape: true})).toEqual(['escape']);
		expect(keyNames('', {...noKey, delete: true})).toEqual(['backspace']);
		expect(keyNames('d', {...noKey, ctrl: true})).toEqual(['ctrl-d']);
	});

	it('names space, control characters and CJK text', () => {
		expect(keyNames(' ', noKey)).toEqual(['space']);
		expect(keyNames('a\u0004', noKey)).toEqual(['a', 'ctrl-d']);
		expect(keyNames('退款', noKey)).toEqual(['退', '款']);
	});
});
