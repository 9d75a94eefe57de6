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
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** Until Ink has written and then been quiet for a while: one key, one frame. */
async function settle(): Promise<void> {
	const before = stdout.frames.length;
	for (let waited = 0; waited < 3000; waited += 10) {
		await sleep(10);
		if (stdout.frames.length > before && waited >= 60) return;
	}
}
await settle();
for (const key of keys) {
	stdin.press(key);
	await settle();
}
instance.unmount();
writeFileSync(out, JSON.stringify(stdout.frames));
process.exit(0);
