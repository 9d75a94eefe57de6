import {describe, expect, it} from 'vitest';
import {
	defaultPreferences,
	defaultSettings,
	type FileState,
	fileKey,
	maxRememberedFiles,
	pruneFiles,
	settableKeyNames,
	settableKeys,
	validatePreferences,
} from '../../source/config/preferences.js';

const state = (seenAt: string): FileState => ({size: 10, position: 3, bookmarks: [], seenAt});

describe('validatePreferences', () => {
	it('gives the documented defaults for an empty object', () => {
		const {value, problems} = validatePreferences({});
		expect(problems).toEqual([]);
		expect(value).toEqual({
			theme: 'dark',
			sidebar: true,
			sidebarWidth: 24,
			collapseFloods: true,
			speed: 1,
			idleLimit: 2,
			resume: true,
			mouse: true,
			files: {},
		});
	});

	it('keeps valid values and reports each bad one by key', () => {
		const {value, problems} = validatePreferences({
			theme: 'light',
			sidebar: 'yes',
			sidebarWidth: 61,
			speed: 0.25,
			idleLimit: Number.NaN,
			unknown: 1,
		});
		expect(value.theme).toBe('light');
		expect(value.speed).toBe(0.25);
		expect(value.sidebar).toBe(true);
		expect(value.sidebarWidth).toBe(24);
		expect(problems).toEqual([
			'sidebar must be true or false',
			'sidebarWidth must be a whole number from 12 to 60',
			'idleLimit must be a number from 0.1 to 60',
		]);
		expect(value).not.toHaveProperty('unknown');
	});

	it('rejects things that are not objects', () => {
		for (const input of [null, [], 'x', 3]) {
			expect(validatePreferences(input).problems).toEqual(['the file is not a JSON object']);
		}
	});

	it('drops bad file entries and cleans bookmarks', () => {
		const {value, problems} = validatePreferences({
			files: {
				good: {size: 5, position: 2, bookmarks: [9, 1, 9], seenAt: '2024-01-01T00:00:00Z'},
				'bad\u001b[31m': {size: -1, position: 0, bookmarks: [], seenAt: '2024-01-01'},
			},
		});
		expect(value.files.good?.bookmarks).toEqual([1, 9]);
		expect(Object.keys(value.files)).toEqual(['good']);
		expect(problems).toEqual(['files["bad?[31m"]: size must be a whole number of bytes']);
	});
});

describe('pruneFiles', () => {
	it('keeps the most recently seen entries', () => {
		const files: Record<string, FileState> = {};
		for (let i = 0; i < maxRememberedFiles + 5; i++) {
			files[`f${i}`] = state(new Date(Date.UTC(2024, 0, 1, 0, i)).toISOString());
		}
		const kept = pruneFiles(files);
		expect(Object.keys(kept)).toHaveLength(maxRememberedFiles);
		expect(kept.f0).toBeUndefined();
		expect(kept.f4).toBeUndefined();
		expect(kept.f5).toBeDefined();
	});
});

describe('settableKeys', () => {
	it('describes every setting, and only settings', () => {
		expect(settableKeyNames.sort()).toEqual(Object.keys(defaultSettings).sort());
		for (const key of settableKeyNames) expect(settableKeys[key].description).not.toBe('');
	});
});

describe('fileKey', () => {
	it('changes when the size changes', () => {
		expect(fileKey('/a/b.md', 10)).not.toBe(fileKey('/a/b.md', 11));
		expect(defaultPreferences().files).toEqual({});
	});
});
