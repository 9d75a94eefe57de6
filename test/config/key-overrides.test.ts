import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {loadKeyOverrides, validateKeyOverrides} from '../../source/config/key-overrides.js';
import {createKeyBindings} from '../../source/input/keymap.js';
import {cursorMessageId} from '../../source/state/pane-navigation.js';
import {createReducer} from '../../source/state/reducer.js';
import {initialState} from '../../source/state/view-state.js';
import {sample} from '../helpers/sample.js';

const dirs: string[] = [];
afterAll(() => {
	for (const dir of dirs) fs.rmSync(dir, {recursive: true, force: true});
});

describe('keys.json', () => {
	it('takes command ids, in every mode or in one', () => {
		const {overrides, problems} = validateKeyOverrides({
			'cursor-down': ['x', 'down'],
			'speakers.speaker-filter': ['f'],
		});
		expect(problems).toEqual([]);
		const keys = createKeyBindings(overrides);
		expect(keys.commandFor('browse', 'x')).toBe('cursor-down');
		expect(keys.commandFor('browse', 'j')).toBeUndefined();
		expect(keys.commandFor('speakers', 'f')).toBe('speaker-filter');
		expect(keys.commandFor('speakers', 'enter')).toBeUndefined();
	});

	it('takes a key away from the command that had it', () => {
		const keys = createKeyBindings(validateKeyOverrides({'cursor-down': ['n']}).overrides);
		expect(keys.commandFor('browse', 'n')).toBe('cursor-down');
		const nextHit = keys.bindingsFor('browse').find((binding) => binding.id === 'next-hit');
		expect(nextHit?.keys).toEqual([]);
	});

	it('reports what it cannot use, one line each, and keeps the rest', () => {
		const {overrides, problems} = validateKeyOverrides({
			'no-such-command': ['x'],
			quit: 'q',
			first: ['\u001b[31m'],
			last: ['G', 'end'],
		});
		expect(Object.keys(overrides)).toEqual(['last']);
		expect(problems).toHaveLength(3);
		for (const line of problems) expect(line).not.toMatch(/\u001B/);
	});

	it('names the key it does not know', () => {
		const {problems} = validateKeyOverrides({'cursor-down': ['j', 'ctrl-down']});
		expect(problems).toHaveLength(1);
		expect(problems[0]).toContain('"ctrl-down" is not a key name');
	});

	it('is read from the config directory and survives a broken file', () => {
		const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chatreel-keys-'));
		dirs.push(dir);
		expect(loadKeyOverrides(dir)).toEqual({overrides: {}, problems: []});
		fs.writeFileSync(path.join(dir, 'keys.json'), '{"cursor-down": ["x"]');
		expect(loadKeyOverrides(dir).problems[0]).toContain('not valid JSON');
		fs.writeFileSync(path.join(dir, 'keys.json'), '{"cursor-down": ["x"]}');
		expect(loadKeyOverrides(dir).overrides).toEqual({'cursor-down': ['x']});
	});

	it('drives the reader', () => {
		const keys = createKeyBindings({'cursor-down': ['x']});
		const state = initialState(sample(), {width: 80, height: 24, sidebar: false});
		const reducer = createReducer({keys});
		expect(cursorMessageId(reducer(state, {type: 'keys', keys: ['x', 'x']}))).toBe(2);
		expect(cursorMessageId(reducer(state, {type: 'keys', keys: ['j']}))).toBe(0);
	});
});
