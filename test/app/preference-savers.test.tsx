import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {render} from 'ink-testing-library';
import {act} from 'react';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {preferenceSavers} from '../../source/app/preference-savers.js';
import {openStore} from '../../source/config/store.js';
import {builtinThemes} from '../../source/theme/builtin.js';
import {App} from '../../source/ui/App.js';
import {themes} from '../helpers/render-reader.js';
import {sample} from '../helpers/sample.js';

// A preference changed and changed back is saved as it ends, not as it was on the way.

let dir: string;
const saved = () => JSON.parse(fs.readFileSync(path.join(dir, 'config.json'), 'utf8'));

beforeEach(() => {
	dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chatreel-savers-'));
	process.env.CHATREEL_CONFIG_DIR = dir;
});
afterEach(() => {
	delete process.env.CHATREEL_CONFIG_DIR;
	fs.rmSync(dir, {recursive: true, force: true});
});

async function reader(keys: string[]) {
	const store = openStore({stderr: () => {}});
	const savers = preferenceSavers(store, {theme: 'dark', speed: 1, themeSaves: true});
	let app: ReturnType<typeof render> | undefined;
	await act(async () => {
		app = render(
			<App
				transcript={sample()}
				themes={themes}
				fallbackTheme={builtinThemes.dark}
				size={{width: 80, height: 24}}
				init={{sidebar: false, themeName: 'dark', speed: 1}}
				config={{themeNames: ['dark', 'light', 'high-contrast', 'solarized-dark', 'mono']}}
				onThemeChange={savers.theme}
				onSpeedChange={savers.speed}
			/>,
		);
	});
	for (const key of keys) {
		await act(async () => {
			app?.stdin.write(key);
		});
	}
	act(() => app?.unmount());
}

describe('preferences changed back to their start', () => {
	it('T five times comes back to dark, and dark is saved', async () => {
		await reader(['T', 'T', 'T', 'T', 'T']);
		expect(saved().theme).toBe('dark');
		expect(openStore({stderr: () => {}}).prefs.theme).toBe('dark');
	});

	it('speed + then - saves the start speed', async () => {
		await reader(['p', '+', '-', 'q']);
		expect(saved().speed).toBe(1);
	});

	it('a theme never changed is not written', async () => {
		await reader(['j']);
		expect(fs.existsSync(path.join(dir, 'config.json'))).toBe(false);
	});
});
