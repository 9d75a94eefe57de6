// Bundled by ink-caches.test.ts with and without the bundle's Ink caches: draws the sample in
// the reader through a run of keys and saves every frame Ink wrote, as JSON.
import {EventEmitter} from 'node:events';
import {writeFileSync} from 'node:fs';
import {join} from 'node:path';
import process from 'node:process';
import {render} from 'ink';
import {openTranscript} from '../../source/io/open-transcript.js';
import {builtinThemes} from '../../source/theme/builtin.js';
import {loadThemes} from '../../source/theme/load.js';
import {App} from '../../source/ui/App.js';

class Terminal extends EventEmitter {
	isTTY = true;
	columns = 120;
	rows = 35;
	frames: string[] = [];
	write(text: string) {
		this.frames.push(text);
		this.emit('wrote');
		return true;
	}
}

class Keys extends EventEmitter {
	isTTY = true;
	queue: string[] = [];
	setRawMode() {}
	setEncoding() {}
	ref() {}
	unref() {}
	resume() {}
	pause() {}
	read() {
		return this.queue.shift() ?? null;
	}
	press(key: string) {
		this.queue.push(key);
		this.emit('readable');
	}
}

// Keys whose frames do not depend on timing (a search arrives in slices).
const keys = [
	'j',
	'j',
	' ',
	' ',
	'j',
	'b',
	'G',
	'k',
	'g',
	':18:33',
	'\r',
	'm',
	'j',
	'c',
	'\t',
	'j',
	'\t',
	'T',
	' ',
	'T',
	'j',
];
const stdout = new Terminal();
const stdin = new Keys();
// The bundle lives elsewhere: the repository's folder comes first.
const [root = '.', themeName = 'dark', out = 'frames.json'] = process.argv.slice(2);
const {themes} = loadThemes({builtinDir: join(root, 'themes')});
const instance = render(
	<App
		transcript={openTranscript(join(root, 'samples', '2018-08-27-WeChat.md'))}
		themes={themes}
		fallbackTheme={builtinThemes.dark}
		hyperlinks
		init={{sidebar: true, themeName}}
		config={{themeNames: [...themes.keys()]}}
	/>,
	{
		stdout: stdout as unknown as NodeJS.WriteStream,
		stdin: stdin as unknown as NodeJS.ReadStream,
		patchConsole: false,
		exitOnCtrlC: false,
		maxFps: 1000,
		incrementalRendering: true,
	},
);
/**
 * Until Ink has written since `before` frames and then been quiet for 60 ms: one key, one
 * frame. Counting from before the key (not from the call) keeps a frame written at once.
 */
function settle(before: number): Promise<void> {
	return new Promise((resolve) => {
		let quiet: NodeJS.Timeout | undefined;
		const done = () => {
			clearTimeout(quiet);
			clearTimeout(giveUp);
			stdout.off('wrote', wrote);
			resolve();
		};
		const wrote = () => {
			clearTimeout(quiet);
			quiet = setTimeout(done, 60);
		};
		const giveUp = setTimeout(done, 3000);
		stdout.on('wrote', wrote);
		if (stdout.frames.length > before) wrote();
	});
}
await settle(0);
for (const key of keys) {
	const before = stdout.frames.length;
	stdin.press(key);
	await settle(before);
}
instance.unmount();
writeFileSync(out, JSON.stringify(stdout.frames));
process.exit(0);
