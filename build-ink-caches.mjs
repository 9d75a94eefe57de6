// An esbuild plugin for the bundle: Ink keeps what it measured and tokenized for one frame
// until the next one. Ink 6 rebuilds every frame from nothing (each Output has its own caches)
// and measures each Text with string-width, so a key costs ~10 ms in Ink alone on a
// 120x35 screen even when most rows only moved. The frames are the same; only the work of
// rows seen in the last frame is saved. Tests run the stock Ink (test/build/ checks both agree).
import {readFile} from 'node:fs/promises';

/** A frame's caches fall back on the last frame's, then drop them: two frames at most. */
const frameCaches = `// chatreel (build-ink-caches.mjs): caches kept from one frame to the next.
let lastCaches;
class OutputCaches {
    widths = new Map();
    blockWidths = new Map();
    styledChars = new Map();
    constructor(previous) {
        this.previous = previous;
    }
    static next() {
        const caches = new OutputCaches(lastCaches);
        if (lastCaches) lastCaches.previous = undefined;
        lastCaches = caches;
        return caches;
    }
    getStyledChars(line) {
        let cached = this.styledChars.get(line);
        if (cached === undefined) {
            cached = this.previous?.styledChars.get(line) ?? styledCharsFromTokens(tokenize(line));
            this.styledChars.set(line, cached);
        }
        return cached;
    }
    getStringWidth(text) {
        let cached = this.widths.get(text);
        if (cached === undefined) {
            cached = this.previous?.widths.get(text) ?? stringWidth(text);
            this.widths.set(text, cached);
        }
        return cached;
    }
    getWidestLine(text) {
        let cached = this.blockWidths.get(text);
        if (cached === undefined) {
            cached = this.previous?.blockWidths.get(text);
            if (cached === undefined) {
                cached = 0;
                for (const line of text.split('\\n')) {
                    cached = Math.max(cached, this.getStringWidth(line));
                }
            }
            this.blockWidths.set(text, cached);
        }
        return cached;
    }
}
`;

function changed(file, what) {
	return new Error(
		`build-ink-caches: ink/build/${file} is not the one this patch was written for ` +
			`(looked for ${JSON.stringify(what)}); update build-ink-caches.mjs`,
	);
}

/** Replaces `from` with `to`, which must be there exactly once. */
function replaceOnce(source, from, to, file) {
	const at = source.indexOf(from);
	if (at === -1 || source.indexOf(from, at + from.length) !== -1) throw changed(file, from);
	return source.slice(0, at) + to + source.slice(at + from.length);
}

/** ink/build/output.js with caches that outlive the frame. */
export function patchOutput(source) {
	const start = source.indexOf('class OutputCaches {');
	const end = source.indexOf('export default class Output {');
	if (start === -1 || end < start) throw changed('output.js', 'class OutputCaches {');
	const patched = source.slice(0, start) + frameCaches + source.slice(end);
	return replaceOnce(
		patched,
		'caches = new OutputCaches();',
		'caches = OutputCaches.next();',
		'output.js',
	);
}

/** ink/build/render-node-to-output.js measuring each Text through the frame's caches. */
export function patchRenderNodeToOutput(source) {
	return replaceOnce(
		source,
		'const currentWidth = widestLine(text);',
		'const currentWidth = output.caches.getWidestLine(text);',
		'render-node-to-output.js',
	);
}

const patches = {
	'output.js': patchOutput,
	'render-node-to-output.js': patchRenderNodeToOutput,
};

export const inkCaches = {
	name: 'ink-caches',
	setup(builder) {
		builder.onLoad(
			{filter: /[\\/]ink[\\/]build[\\/](output|render-node-to-output)\.js$/},
			async (args) => {
				const file = args.path.split(/[\\/]/).at(-1);
				const source = await readFile(args.path, 'utf8');
				return {contents: patches[file](source), loader: 'js'};
			},
		);
	},
};
