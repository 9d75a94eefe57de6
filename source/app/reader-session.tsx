import fs from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import {render} from 'ink';
import {reelSelection} from '../cli/flag-values.js';
import type {Flags} from '../cli/flags.js';
import {loadKeyOverrides} from '../config/key-overrides.js';
import {fileKey, openStore, type Store} from '../config/store.js';
import {UsageError} from '../core/errors.js';
import type {Transcript} from '../core/transcript/types.js';
import {createKeyBindings} from '../input/keymap.js';
import {themesDir} from '../io/paths.js';
import {runInSlices, type StreamedOpen} from '../io/stream-transcript.js';
import {type FileStamp, watchTranscript} from '../io/watch-file.js';
import {cursorMessageId} from '../state/pane-navigation.js';
import type {Action} from '../state/reducer.js';
import {builtinThemes} from '../theme/builtin.js';
import {loadThemes, userThemesDir} from '../theme/load.js';
import {colorsDisabled} from '../theme/pick.js';
import {App} from '../ui/App.js';
import {supportsHyperlinks} from '../ui/hyperlinks.js';

// The interactive reader's side effects: config, themes, the alternate screen, signals.

const enterAlternateScreen = '\u001B[?1049h';
const leaveAlternateScreen = '\u001B[?25h\u001B[?1049l';

/** One line about what loading noticed: problems in the file, doubled messages folded. */
function loadNotice(transcript: Transcript): string | undefined {
	const parts: string[] = [];
	const {diagnostics, meta} = transcript;
	if (diagnostics.length > 0) {
		const plural = diagnostics.length === 1 ? '' : 's';
		parts.push(`${diagnostics.length} problem${plural} in this file (--json lists them)`);
	}
	if (meta.duplicatesFolded > 0) parts.push(`${meta.duplicatesFolded} doubled messages shown once`);
	return parts.length > 0 ? parts.join(' · ') : undefined;
}

function startActions(
	transcript: Transcript,
	flags: Flags,
	resumeAt: number | undefined,
): Action[] {
	const actions: Action[] = [];
	const notice = loadNotice(transcript);
	if (notice) actions.push({type: 'notice', text: notice});
	if (resumeAt !== undefined && resumeAt > 0 && resumeAt < transcript.messages.length) {
		const time = transcript.messages[resumeAt]?.time ?? '';
		actions.push({
			type: 'jump',
			id: resumeAt,
			notice: `resumed at ${time} (--no-resume starts at the top)`,
		});
	}
	if (flags.present)
		actions.push({type: 'open-present', selection: reelSelection(flags, transcript)});
	return actions;
}

function themeSetup(store: Store, flags: Flags) {
	const {themes, problems} = loadThemes({builtinDir: themesDir, userDir: userThemesDir(store.dir)});
	for (const problem of problems) process.stderr.write(`chatreel: ${problem}\n`);
	if (flags.theme !== undefined && !themes.has(flags.theme)) {
		throw new UsageError(
			`unknown theme "${flags.theme.slice(0, 40)}" (known: ${[...themes.keys()].join(', ')})`,
		);
	}
	const noColor = colorsDisabled(process.env, process.stdout);
	const saved = themes.has(store.prefs.theme) ? store.prefs.theme : 'dark';
	const themeName = noColor ? 'mono' : (flags.theme ?? saved);
	return {themes, themeName, noColor};
}

/** Messages parsed before the first frame besides the resume position: a screen and more. */
const FIRST_SCREEN_MESSAGES = 2000;

export async function runReader(
	open: (need: number) => StreamedOpen,
	file: string,
	flags: Flags,
	stamp?: FileStamp,
): Promise<number> {
	const store = openStore();
	const {themes, themeName, noColor} = themeSetup(store, flags);
	const keyFile = loadKeyOverrides(store.dir);
	for (const problem of keyFile.problems) process.stderr.write(`chatreel: ${problem}\n`);
	const resolved = path.resolve(file);
	const key = fileKey(resolved, fs.statSync(resolved).size);
	const saved = store.filePrefs(key);
	const prefs = store.prefs;
	const resume = flags.resume && prefs.resume && !flags.present ? saved?.position : undefined;
	// --present needs every talk: it waits for the whole file.
	const need = flags.present ? Number.POSITIVE_INFINITY : (resume ?? 0) + FIRST_SCREEN_MESSAGES;
	const {first: transcript, rest} = open(need);
	const actions = startActions(transcript, flags, resume);
	let position = saved?.position ?? 0;
	let bookmarks = saved?.bookmarks ?? [];
	const size = fs.statSync(resolved).size;
	const save = () => store.saveFile(key, {size, position, bookmarks});

	process.stdout.write(enterAlternateScreen);
	let restored = false;
	const restore = () => {
		if (restored) return;
		restored = true;
		process.stdout.write(leaveAlternateScreen);
	};
	const instance = render(
		<App
			transcript={transcript}
			themes={themes}
			fallbackTheme={builtinThemes.dark}
			hyperlinks={supportsHyperlinks(process.env, Boolean(process.stdout.isTTY))}
			init={{
				sidebar: prefs.sidebar,
				sidebarWidth: prefs.sidebarWidth,
				collapseFloods: prefs.collapseFloods,
				themeName,
				themeNames: noColor ? ['mono'] : [...themes.keys()],
				bookmarks,
				speed: flags.speed ?? prefs.speed,
				idleLimit: flags.idleLimit ?? prefs.idleLimit,
				keys: createKeyBindings(keyFile.overrides),
			}}
			startActions={actions}
			follow={flags.follow ? (onChange) => watchTranscript(resolved, onChange, stamp) : undefined}
			indexing={rest ? (on) => runInSlices(rest, on) : undefined}
			onQuit={(state) => {
				position = cursorMessageId(state);
				save();
				if (state.sidebar.shown !== prefs.sidebar) store.set('sidebar', state.sidebar.shown);
			}}
			onThemeChange={(name) => {
				if (name !== themeName && !noColor) store.set('theme', name);
			}}
			onBookmarksChange={(ids) => {
				if (ids === bookmarks) return;
				bookmarks = ids;
				save();
			}}
			onSpeedChange={(speed) => {
				if (speed !== (flags.speed ?? prefs.speed)) store.set('speed', speed);
			}}
		/>,
		// No frame waits behind Ink's default 30 fps throttle after a key; only changed lines
		// are written.
		{exitOnCtrlC: false, patchConsole: false, maxFps: 1000, incrementalRendering: true},
	);

	const stop = (code: number) => {
		instance.unmount();
		restore();
		process.exit(code);
	};
	// Before Ink puts the terminal in raw mode, Ctrl-C still arrives as SIGINT.
	process.once('SIGINT', () => stop(130));
	process.once('SIGTERM', () => stop(143));
	process.once('SIGHUP', () => stop(129));
	process.once('uncaughtException', (error) => {
		instance.unmount();
		restore();
		process.stderr.write(`chatreel: unexpected error: ${error.message}\n`);
		process.exit(1);
	});
	try {
		await instance.waitUntilExit();
	} finally {
		restore();
	}
	return 0;
}
