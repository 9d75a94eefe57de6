import fs from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import {type Instance, render} from 'ink';
import {collectGarbage} from '../boot/gc-hook.js';
import {startupDone} from '../boot/startup-hook.js';
import {reelSelection} from '../cli/flag-values.js';
import type {Flags} from '../cli/flags.js';
import {loadKeyOverrides} from '../config/key-overrides.js';
import {fileKey, openStore, type Store} from '../config/store.js';
import type {LiveEvent} from '../core/transcript/live-transcript.js';
import type {Transcript} from '../core/transcript/types.js';
import {createKeyBindings} from '../input/keymap.js';
import {mouseOff, mouseOn} from '../input/mouse.js';
import {type LiveSource, openLiveFile} from '../io/live-file.js';
import {themesDir} from '../io/paths.js';
import {runInSlices, type StreamedOpen} from '../io/stream-transcript.js';
import {copyWithTool, openUrl, osc52} from '../io/system-actions.js';
import {defaults} from '../state/defaults.js';
import {cursorMessageId} from '../state/pane-navigation.js';
import type {Action} from '../state/reducer.js';
import {type Request, sidebarAutoWidth} from '../state/view-state.js';
import {builtinThemes} from '../theme/builtin.js';
import {loadThemes, userThemesDir} from '../theme/load.js';
import {colorsDisabled, pickTheme} from '../theme/pick.js';
import {App} from '../ui/App.js';
import {supportsHyperlinks} from '../ui/hyperlinks.js';
import {createFrameWriter, withFrameWriter} from './frame-writer.js';
import {layoutEngineReady} from './layout-engine.js';
import {preferenceSavers} from './preference-savers.js';

// The interactive reader's side effects: config, themes, the alternate screen, signals.

const enterAlternateScreen = '\u001B[?1049h';
const leaveAlternateScreen = '\u001B[?25h\u001B[?1049l';
const showCursor = '\u001B[?25h';
const clearScreen = '\u001B[2J\u001B[H';

/**
 * Ink's cursor helper (restore-cursor) writes `ESC[?25h` to stderr at exit, even when stderr
 * is a log file. The reader shows the cursor on stdout as it leaves the alternate screen,
 * so that one write is dropped.
 */
function dropCursorWritesToStderr(): void {
	const write = process.stderr.write.bind(process.stderr) as (...args: unknown[]) => boolean;
	process.stderr.write = ((chunk: unknown, ...rest: unknown[]) =>
		chunk === showCursor ? true : write(chunk, ...rest)) as typeof process.stderr.write;
}

/** `o`, `y`, `Y`: a browser for links; OSC 52 and a clipboard program for copies. */
async function perform(request: Request): Promise<string> {
	if (request.kind === 'open') return openUrl(request.url);
	// OSC 52 is written at the user's own request, and base64 carries nothing the terminal acts on.
	process.stdout.write(osc52(request.text));
	const tool = await copyWithTool(request.text);
	const count = [...request.text].length;
	return `copied the ${request.what} (${count} character${count === 1 ? '' : 's'}; OSC 52${tool ? ` and ${tool}` : ''})`;
}

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
	notices: readonly string[],
	warnings: readonly string[],
): Action[] {
	// -f opens at the end, like tail -f and less +F.
	const actions: Action[] = flags.follow ? [{type: 'command', id: 'last', key: 'G'}] : [];
	const notice = [...notices, loadNotice(transcript)].filter(Boolean).join(' · ');
	if (notice) actions.push({type: 'notice', text: notice});
	if (
		!flags.follow &&
		resumeAt !== undefined &&
		resumeAt > 0 &&
		resumeAt < transcript.messages.length
	) {
		const time = transcript.messages.timeOf(resumeAt);
		actions.push({
			type: 'jump',
			id: resumeAt,
			notice: `resumed at ${time} (--no-resume starts at the top)`,
		});
	}
	if (flags.present)
		actions.push({type: 'open-present', selection: reelSelection(flags, transcript)});
	// Problems found before the screen opened (a bad keys.json or theme) come last, so they show.
	if (warnings.length > 0)
		actions.push({type: 'notice', text: warnings.join(' · '), kind: 'error'});
	return actions;
}

/** Themes for the run; `warnings` are the problems found (bad theme files, an unknown --theme). */
function themeSetup(store: Store, flags: Flags) {
	const {themes, problems} = loadThemes({builtinDir: themesDir, userDir: userThemesDir(store.dir)});
	const warnings = [...problems];
	const noColor = colorsDisabled(process.env, process.stdout);
	const saved = themes.has(store.prefs.theme) ? store.prefs.theme : defaults.theme;
	const wanted = flags.theme ?? saved;
	const theme = pickTheme(wanted, themes, {noColor, warn: (line) => warnings.push(line)});
	return {themes, themeName: theme.name, noColor, warnings};
}

export type ReaderIo = {
	/** Where keys come from: stdin, or the terminal (/dev/tty) when stdin carried the transcript. */
	keys: NodeJS.ReadStream;
	/** Lines for the status line at start (a folder's skipped files). */
	notices?: readonly string[];
	/** The source opened with -f (a file or standard input). */
	live?: LiveSource;
};

/** F on a file opened without -f: it is opened to follow on the first F. */
function followLater(file: string) {
	let source: LiveSource | undefined;
	return (onEvent: (event: LiveEvent) => void) => {
		if (!source) {
			try {
				source = openLiveFile(file);
			} catch {
				onEvent({kind: 'gone'});
				return () => {};
			}
			onEvent({kind: 'grew', transcript: source.first});
		}
		return source.subscribe(onEvent);
	};
}

/**
 * Messages parsed before the first frame besides the resume position: a screen and more
 * (the rest comes in slices after it; each day of a folder read before it is ~5 ms).
 */
const FIRST_SCREEN_MESSAGES = 500;

/**
 * `open(need)` reads at least `need` messages (or all) for the first screen; the rest, if
 * any, is indexed in slices. `file` is undefined for standard input: nothing to resume or
 * bookmark against.
 */
export async function runReader(
	open: (need: number) => StreamedOpen,
	file: string | undefined,
	flags: Flags,
	io: ReaderIo,
): Promise<number> {
	dropCursorWritesToStderr();
	// Lines from the store (a save that failed) show as notices while the reader is up,
	// and again on stderr once it has left the alternate screen.
	let inReader = false;
	const later: string[] = [];
	let showNotice: ((text: string) => void) | undefined;
	const report = (line: string) => {
		if (!inReader) {
			process.stderr.write(`${line}\n`);
			return;
		}
		later.push(line);
		showNotice?.(line.replace(/^chatreel: /, ''));
	};
	const store = openStore({stderr: report});
	const {themes, themeName, noColor, warnings} = themeSetup(store, flags);
	const keyFile = loadKeyOverrides(store.dir);
	warnings.push(...keyFile.problems);
	// On stderr too: it stays on the main screen, under the reader, and is there after it.
	for (const warning of warnings) process.stderr.write(`chatreel: ${warning}\n`);
	const resolved = file === undefined ? undefined : path.resolve(file);
	const size = resolved === undefined ? 0 : fs.statSync(resolved).size;
	const key = resolved === undefined ? undefined : fileKey(resolved, size);
	const saved = key === undefined ? undefined : store.filePrefs(key);
	const prefs = store.prefs;
	const resume = flags.resume && prefs.resume && !flags.present ? saved?.position : undefined;
	// --present needs every talk: it waits for the whole file.
	const need = flags.present ? Number.POSITIVE_INFINITY : (resume ?? 0) + FIRST_SCREEN_MESSAGES;
	const {first: transcript, rest} = open(need);
	const actions = startActions(transcript, flags, resume, io.notices ?? [], warnings);
	let position = saved?.position ?? 0;
	let bookmarks = saved?.bookmarks ?? [];
	const save = () => {
		if (key !== undefined) store.saveFile(key, {size, position, bookmarks});
	};

	await layoutEngineReady();

	// The sidebar preference is for wide terminals: below sidebarAutoWidth it starts hidden,
	// and what s does there is not saved (a narrow window does not hide it everywhere).
	const wide = (process.stdout.columns || 80) >= sidebarAutoWidth;
	const startSidebar = wide && prefs.sidebar;
	const savers = preferenceSavers(store, {
		theme: themeName,
		speed: flags.speed ?? prefs.speed,
		themeSaves: !noColor,
	});

	// The mouse changes how the terminal selects text: a preference, and --no-mouse for a run.
	const mouse = flags.mouse && prefs.mouse;
	// A signal ends the reader as q does: the position is saved, the terminal restored. The
	// handlers come first: a signal with none kills at once, the alternate screen still up.
	let instance: Instance | undefined;
	const stop = (code: number) => {
		instance?.unmount();
		save();
		restore();
		process.exit(code);
	};
	// Before Ink puts the terminal in raw mode, Ctrl-C still arrives as SIGINT.
	process.once('SIGINT', () => stop(130));
	process.once('SIGTERM', () => stop(143));
	process.once('SIGHUP', () => stop(129));
	process.stdout.write(enterAlternateScreen + (mouse ? mouseOn : ''));
	inReader = true;
	// A terminal that shrinks reflows the old frame; Ink then erases too few lines, and what is
	// left shows twice. The whole (alternate) screen is cleared first; Ink draws it again.
	const frames = createFrameWriter(process.stdout);
	const clearOnResize = () => {
		process.stdout.write(clearScreen);
		frames.invalidate();
	};
	process.stdout.on('resize', clearOnResize);
	let restored = false;
	const restore = () => {
		if (restored) return;
		restored = true;
		process.stdout.off('resize', clearOnResize);
		process.stdout.write((mouse ? mouseOff : '') + leaveAlternateScreen);
		inReader = false;
		for (const line of later.splice(0)) process.stderr.write(`${line}\n`);
	};
	const ink = render(
		<App
			transcript={transcript}
			themes={themes}
			fallbackTheme={builtinThemes.dark}
			hyperlinks={supportsHyperlinks(process.env, Boolean(process.stdout.isTTY))}
			prefetchPages
			init={{
				sidebar: startSidebar,
				sidebarWidth: prefs.sidebarWidth,
				collapseFloods: prefs.collapseFloods,
				themeName,
				bookmarks,
				speed: flags.speed ?? prefs.speed,
				live: io.live || resolved ? {watching: flags.follow} : undefined,
			}}
			config={{
				keys: createKeyBindings(keyFile.overrides),
				themeNames: noColor ? ['mono'] : [...themes.keys()],
				idleLimit: flags.idleLimit ?? prefs.idleLimit,
				presenting: flags.present,
			}}
			startActions={actions}
			follow={io.live ? io.live.subscribe : resolved ? followLater(resolved) : undefined}
			indexing={rest ? (on) => runInSlices(rest, on) : undefined}
			notices={(show) => {
				showNotice = show;
				return () => {
					showNotice = undefined;
				};
			}}
			perform={perform}
			onPositionChange={(id) => {
				position = id;
			}}
			onQuit={(state) => {
				position = cursorMessageId(state);
				save();
				// Saved when the user changed it on a wide terminal, not when the width chose it.
				if (wide && state.sidebar.shown !== startSidebar) store.set('sidebar', state.sidebar.shown);
			}}
			onThemeChange={savers.theme}
			onBookmarksChange={(ids) => {
				if (ids === bookmarks) return;
				bookmarks = ids;
				save();
			}}
			onSpeedChange={savers.speed}
			onIndexBuilt={collectGarbage}
		/>,
		// No frame waits behind Ink's default 30 fps throttle after a key; only changed rows are
		// written (frame-writer.ts: Ink redraws a full screen whole).
		{
			stdout: withFrameWriter(process.stdout, frames),
			exitOnCtrlC: false,
			patchConsole: false,
			stdin: io.keys,
			maxFps: 1000,
			incrementalRendering: true,
		},
	);
	instance = ink;
	// The first frame is out: the loader keeps what compiled so far for the next start.
	setImmediate(startupDone);

	process.once('uncaughtException', (error) => {
		ink.unmount();
		restore();
		process.stderr.write(`chatreel: unexpected error: ${error.message}\n`);
		process.exit(1);
	});
	try {
		await ink.waitUntilExit();
	} finally {
		restore();
		// A /dev/tty stream of our own would keep the process alive.
		if (io.keys !== process.stdin) io.keys.destroy();
	}
	return 0;
}
