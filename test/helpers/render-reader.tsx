import {render} from 'ink-testing-library';
import {act} from 'react';
import type {Transcript} from '../../source/core/transcript/types.js';
import {type CommandId, keymap} from '../../source/input/keymap-table.js';
import {themesDir} from '../../source/io/paths.js';
import type {Action} from '../../source/state/reducer.js';
import type {InitOptions, ReaderConfig} from '../../source/state/view-state.js';
import {builtinThemes} from '../../source/theme/builtin.js';
import {loadThemes} from '../../source/theme/load.js';
import {App, type AppProps} from '../../source/ui/App.js';
import {stripAnsi} from './strip-ansi.js';

(globalThis as {IS_REACT_ACT_ENVIRONMENT?: boolean}).IS_REACT_ACT_ENVIRONMENT = true;

const sequences: Record<string, string> = {
	enter: '\r',
	escape: '\u001B',
	space: ' ',
	tab: '\t',
	backspace: '\u007F',
	up: '\u001B[A',
	down: '\u001B[B',
	right: '\u001B[C',
	left: '\u001B[D',
	pageup: '\u001B[5~',
	pagedown: '\u001B[6~',
	home: '\u001B[H',
	end: '\u001B[F',
};

export function keySequence(key: string): string {
	if (sequences[key]) return sequences[key];
	if (key.startsWith('ctrl-')) return String.fromCharCode(key.charCodeAt(5) - 96);
	return key;
}

/** The first key bound to a command in a mode, as the terminal would send it. */
export function commandKey(id: CommandId, mode = 'browse'): string {
	const binding = keymap.find((b) => b.id === id && b.mode === mode);
	if (!binding) throw new Error(`no binding for ${id} in ${mode}`);
	return keySequence(binding.keys[0] ?? '');
}

export const themes = loadThemes({builtinDir: themesDir}).themes;

export type ReaderOptions = {
	width: number;
	height: number;
	init?: Omit<InitOptions, 'width' | 'height'>;
	config?: Partial<ReaderConfig>;
	startActions?: Action[];
	themeName?: string;
	indexing?: AppProps['indexing'];
	/** Stands in for opening links and copying (app/reader-session.tsx's perform). */
	perform?: AppProps['perform'];
	/** Prepare the pages next to the screen while idle, as the CLI does. */
	prefetchPages?: boolean;
	onIndexBuilt?: AppProps['onIndexBuilt'];
};

export async function renderReader(transcript: Transcript, options: ReaderOptions) {
	let instance: ReturnType<typeof render> | undefined;
	await act(async () => {
		instance = render(
			<App
				transcript={transcript}
				themes={themes}
				fallbackTheme={builtinThemes.dark}
				size={{width: options.width, height: options.height}}
				init={{
					sidebar: false,
					themeName: options.themeName ?? 'dark',
					...options.init,
				}}
				config={{themeNames: [...themes.keys()], ...options.config}}
				startActions={options.startActions}
				indexing={options.indexing}
				perform={options.perform}
				prefetchPages={options.prefetchPages}
				onIndexBuilt={options.onIndexBuilt}
			/>,
		);
	});
	const app = instance!;
	// ink-testing-library's stdout is 100 columns wide; frames wider than that need more.
	Object.defineProperty(app.stdout, 'columns', {
		value: Math.max(100, options.width),
		configurable: true,
	});
	Object.defineProperty(app.stdout, 'rows', {value: options.height, configurable: true});
	await act(async () => {
		app.stdout.emit('resize');
	});
	const frame = () => stripAnsi(app.lastFrame() ?? '');
	const write = async (data: string) => {
		await act(async () => {
			app.stdin.write(data);
		});
	};
	return {
		app,
		frame,
		rawFrame: () => app.lastFrame() ?? '',
		lines: () => frame().split('\n'),
		write,
		press: async (id: CommandId, mode?: string) => write(commandKey(id, mode)),
		/** Lets pending work (the search's slices) run until the frame matches. */
		waitFor: async (predicate: (frame: string) => boolean, turns = 200) => {
			for (let i = 0; i < turns; i++) {
				if (predicate(frame())) return frame();
				await act(async () => {
					await new Promise((resolve) => setImmediate(resolve));
				});
			}
			throw new Error(`frame never matched:\n${frame()}`);
		},
		unmount: () => {
			act(() => app.unmount());
		},
	};
}
