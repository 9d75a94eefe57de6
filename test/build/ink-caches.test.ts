import {spawnSync} from 'node:child_process';
import {mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {createRequire} from 'node:module';
import {tmpdir} from 'node:os';
import {dirname, join} from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {build} from 'esbuild';
import fc from 'fast-check';
import stringWidth from 'string-width';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {
	inkCaches,
	patchMeasureText,
	patchOutput,
	patchRenderNodeToOutput,
	patchSanitizeAnsi,
} from '../../build-ink-caches.mjs';
import {noDevtools} from '../../build-no-devtools.mjs';
import {childEnv} from '../terminal/child-env.js';

// The bundle's Ink keeps its caches from one frame to the next (build-ink-caches.mjs); the
// tests run the stock Ink. Both must draw the same frames.

const inkBuild = dirname(createRequire(import.meta.url).resolve('ink'));
const outputFile = join(inkBuild, 'output.js');

type Op = {x: number; y: number; text: string; transformers?: ((line: string) => string)[]};
type Frame = {width: number; height: number; ops: Op[]; clip?: {x1: number; x2: number}};
type OutputClass = new (options: {
	width: number;
	height: number;
}) => {
	write(x: number, y: number, text: string, options: {transformers: unknown[]}): void;
	clip(clip: {x1?: number; x2?: number; y1?: number; y2?: number}): void;
	unclip(): void;
	get(): {output: string; height: number};
	caches: {getWidestLine(text: string): number; getStringWidth(text: string): number};
};

const dir = mkdtempSync(join(tmpdir(), 'chatreel-ink-caches-'));
afterAll(() => rmSync(dir, {recursive: true, force: true}));

/** One of Ink's files bundled on its own, stock or patched: its default export. */
async function bundleInkFile<T>(file: string, name: string, patched: boolean): Promise<T> {
	const outfile = join(dir, `${name}-${patched ? 'patched' : 'stock'}.mjs`);
	await build({
		entryPoints: [join(inkBuild, file)],
		outfile,
		bundle: true,
		platform: 'node',
		format: 'esm',
		plugins: patched ? [inkCaches] : [],
		logLevel: 'silent',
	});
	return ((await import(pathToFileURL(outfile).href)) as {default: T}).default;
}

const bundleOutput = (patched: boolean) =>
	bundleInkFile<OutputClass>('output.js', 'output', patched);

type Sanitize = (text: string) => string;

/** Ink's sanitizeAnsi (what its Text does to its children). */
const bundleSanitize = (patched: boolean) =>
	bundleInkFile<Sanitize>('sanitize-ansi.js', 'sanitize', patched);

let Stock: OutputClass;
let Patched: OutputClass;
let stockSanitize: Sanitize;
let patchedSanitize: Sanitize;
beforeAll(async () => {
	Stock = await bundleOutput(false);
	Patched = await bundleOutput(true);
	stockSanitize = await bundleSanitize(false);
	patchedSanitize = await bundleSanitize(true);
});

function draw(Output: OutputClass, frame: Frame): string {
	const output = new Output({width: frame.width, height: frame.height});
	if (frame.clip) output.clip(frame.clip);
	for (const op of frame.ops)
		output.write(op.x, op.y, op.text, {transformers: op.transformers ?? []});
	if (frame.clip) output.unclip();
	return output.get().output;
}

const sgr = (code: number, text: string) => `\u001B[${code}m${text}\u001B[39m`;
const rows = [
	`${sgr(90, '19:30:08')} ${sgr(36, 'Eric-Silot-SG')} ${sgr(90, '│')} 再次强行拉回来，正好也进入到`,
	`\u001B[1m\u001B[48;5;59m${sgr(90, '08:49:51')}\u001B[22m ▌ 最近团队内经常有工程师\u001B[49m`,
	`${sgr(90, '── 09:00 ')}${'─'.repeat(60)}`,
	`\u001B]8;;https://example.com\u0007${sgr(34, 'https://example.com')}\u001B]8;;\u0007 👍🏽 e\u0301`,
	'plain ascii text, nothing else',
	`${sgr(33, '天庭银行-看门的')}\n${sgr(31, 'second line of a block')}`,
];

/** Frames that scroll `rows` by one, with a sidebar column; one row changed; clipped; narrower. */
function frames(): Frame[] {
	const out: Frame[] = [];
	for (let shift = 0; shift < 8; shift++) {
		const ops: Op[] = [];
		for (let y = 0; y < 10; y++) {
			ops.push({x: 0, y, text: rows[(y + shift) % rows.length]!});
			ops.push({x: 70, y, text: sgr(95, `│ ${y} 凤凰牌老熊-群管理`)});
		}
		ops.push({x: 0, y: 9, text: 'status', transformers: [(line) => `\u001B[1m${line}\u001B[22m`]});
		out.push({width: 100, height: 10, ops});
		// The same frame with one row changed: the others are drawn from the last frame.
		const cursor = ops.map((op) =>
			op.y === 3 && op.x === 0 ? {...op, text: sgr(36, op.text)} : op,
		);
		out.push({width: 100, height: 10, ops: cursor});
		out.push({width: 100, height: 10, ops: cursor});
		out.push({width: 100, height: 10, ops, clip: {x1: 5, x2: 60}});
		out.push({width: 60, height: 10, ops});
	}
	return out;
}

describe('the bundle’s Ink caches', () => {
	it('apply to the installed Ink', () => {
		const output = patchOutput(readFileSync(outputFile, 'utf8'));
		expect(output).toContain('caches = OutputCaches.next();');
		const render = patchRenderNodeToOutput(
			readFileSync(join(inkBuild, 'render-node-to-output.js'), 'utf8'),
		);
		expect(render).toContain('output.caches.getWidestLine(text)');
		const measure = patchMeasureText(readFileSync(join(inkBuild, 'measure-text.js'), 'utf8'));
		expect(measure).toContain("from 'chatreel-ink-widths'");
	});

	it('say which file changed when Ink no longer matches', () => {
		expect(() => patchOutput('export default class Output {}')).toThrow(/output\.js/);
		expect(() => patchRenderNodeToOutput('')).toThrow(/render-node-to-output\.js/);
		expect(() => patchMeasureText('')).toThrow(/measure-text\.js/);
	});

	it('draw every frame as the stock Ink does, frame after frame', () => {
		const all = frames();
		// Twice, so the second pass draws from what the first one kept.
		for (const frame of [...all, ...all]) expect(draw(Patched, frame)).toBe(draw(Stock, frame));
	});

	it('measure any text as string-width does', () => {
		const pieces = fc.oneof(
			fc.string({unit: 'grapheme', maxLength: 8}),
			fc.string({unit: 'binary', maxLength: 8}),
			fc.constantFrom(
				'\u001B[31m',
				'\u001B[1m',
				'\u001B[m',
				'\u001B[38;5;59m',
				'\u001B[12345m',
				'\u001B[;5m',
				'\u001B[1;m',
				'\u001B[3',
				'\u001B]8;;http://x\u0007',
				'\u009B',
				'\u001B',
			),
			fc.constantFrom('中文', '─│▌', 'plain', 'ｶ'),
			fc.constantFrom(
				'👍🏽',
				'👨‍👩‍👧',
				'e\u0301',
				'각',
				'\u1100\u1161',
				'ﾞ',
				'\uFE0F',
				'\t',
				'漢字',
			),
		);
		fc.assert(
			fc.property(fc.array(pieces, {maxLength: 6}), (parts) => {
				const text = parts.join('');
				const output = new Patched({width: 10, height: 1});
				expect(output.caches.getStringWidth(text)).toBe(stringWidth(text));
			}),
			{numRuns: 2000},
		);
	});

	it('draw any row as the stock Ink does (characters tokenized one by one)', () => {
		const pieces = fc.oneof(
			fc.string({unit: 'grapheme', maxLength: 6}),
			fc.constantFrom(
				'plain ',
				'中文，',
				'─│▌',
				'가각',
				'Ωж',
				'ｶ',
				'ﾞ',
				'\u302e',
				'e\u0301',
				'👍🏽',
			),
			fc.constantFrom(
				'\u001B[31m',
				'\u001B[39m',
				'\u001B[1m',
				'\u001B[22m',
				'\u001B[48;5;59m',
				'\u001B[38;2;1;2;3m',
				'\u001B[1;4;31m',
				'\u001B[m',
				'\u001B[0m',
				'\u001B]8;;http://x\u0007',
				'\u001B]8;;\u0007',
				'\u001B[3',
				'\u001B',
				'\u009B',
			),
		);
		fc.assert(
			fc.property(fc.array(pieces, {maxLength: 8}), fc.nat(3), (parts, x) => {
				const frame: Frame = {width: 40, height: 2, ops: [{x, y: 0, text: parts.join('')}]};
				expect(draw(Patched, frame)).toBe(draw(Stock, frame));
			}),
			{numRuns: 1500},
		);
	});

	it('sanitize any text as the stock Ink does (rows of styles and links pass as they are)', () => {
		const pieces = fc.oneof(
			fc.string({unit: 'grapheme', maxLength: 6}),
			fc.string({unit: 'binary', maxLength: 4}),
			fc.constantFrom(
				'\u001B[31m',
				'\u001B[1;4m',
				'\u001B[m',
				'\u001B[2J',
				'\u001B[?25l',
				'\u001B[3',
				'\u001B]8;;http://x\u0007',
				'\u001B]8;;\u0007',
				'\u001B]0;title\u001B\\',
				'\u001B]8;;http://x',
				'\u001B',
				'\u001BP',
				'\u0007',
				'\u009B31m',
				'\u009C',
			),
		);
		const text = fc.array(pieces, {maxLength: 8}).map((parts) => parts.join(''));
		fc.assert(
			fc.property(text, (value) => {
				expect(patchedSanitize(value)).toBe(stockSanitize(value));
			}),
			{numRuns: 3000},
		);
		expect(patchSanitizeAnsi(readFileSync(join(inkBuild, 'sanitize-ansi.js'), 'utf8'))).toContain(
			'onlyStylesAndLinks(text)',
		);
	});

	it('draw rows that moved or came back as the stock Ink does', () => {
		const row = (index: number) => rows[index % rows.length]!;
		const frame = (shift: number, wide = false): Frame => ({
			width: 100,
			height: 6,
			ops: Array.from({length: 6}, (_, y) => ({
				x: wide && y === 2 ? 1 : 0,
				y,
				text: row(y + shift),
			})),
		});
		// Down a row, down a page, back up, the same rows at another column.
		for (const next of [frame(0), frame(1), frame(6), frame(1), frame(0), frame(0, true)]) {
			expect(draw(Patched, next)).toBe(draw(Stock, next));
		}
	});

	it('draw rows the reader prepared as it draws them cold', () => {
		const prepare = (globalThis as Record<symbol, unknown>)[Symbol.for('chatreel.ink-prepare')];
		expect(typeof prepare).toBe('function');
		const prepared = rows.map((row) => `${row} prepared`);
		(prepare as (lines: string[]) => void)(prepared);
		const frame: Frame = {
			width: 100,
			height: 8,
			ops: prepared.map((text, y) => ({x: 0, y: y + 1, text})),
		};
		expect(draw(Patched, frame)).toBe(draw(Stock, frame));
	});

	it('measure a text as Ink does: its widest line, by string-width', () => {
		const widestLine = (text: string) =>
			Math.max(...text.split('\n').map((line) => stringWidth(line)));
		const output = new Patched({width: 10, height: 1});
		for (const text of [...rows, '', 'a\nbb\nccc', '👍🏽', '\u001B[31m宽\u001B[39m']) {
			expect(output.caches.getWidestLine(text)).toBe(widestLine(text));
			expect(output.caches.getWidestLine(text)).toBe(widestLine(text));
		}
	});
});

/** test/build/draw-reader.tsx bundled as the CLI is, once for each Ink. */
const readers = new Map<boolean, Promise<string>>();
function bundleReader(patched: boolean): Promise<string> {
	const outfile = join(dir, `reader-${patched ? 'patched' : 'stock'}.mjs`);
	const bundled =
		readers.get(patched) ??
		build({
			entryPoints: [fileURLToPath(new URL('draw-reader.tsx', import.meta.url))],
			outfile,
			bundle: true,
			platform: 'node',
			format: 'esm',
			jsx: 'automatic',
			define: {'process.env.NODE_ENV': '"production"'},
			banner: {
				js: "import {createRequire} from 'node:module'; const require = createRequire(import.meta.url);",
			},
			plugins: patched ? [noDevtools, inkCaches] : [noDevtools],
			logLevel: 'silent',
		}).then(() => outfile);
	readers.set(patched, bundled);
	return bundled;
}

/** The reader drawn through a run of keys, every frame Ink wrote. */
async function drawReader(patched: boolean, theme: string): Promise<string[]> {
	const outfile = await bundleReader(patched);
	const root = fileURLToPath(new URL('../..', import.meta.url));
	const frames = `${outfile}.${theme}.json`;
	const run = spawnSync(process.execPath, [outfile, root, theme, frames], {
		encoding: 'utf8',
		// Without CI: with it set (as on the CI machine) Ink writes one frame, at exit.
		env: childEnv(dir, {FORCE_COLOR: '3'}),
	});
	expect(run.status, run.stderr.slice(0, 500)).toBe(0);
	return JSON.parse(readFileSync(frames, 'utf8')) as string[];
}

describe('the bundled reader', () => {
	it.each(['dark', 'light'])(
		'writes the same bytes with the caches as without (%s)',
		async (theme) => {
			const stock = await drawReader(false, theme);
			const patched = await drawReader(true, theme);
			expect(stock.length).toBeGreaterThan(10);
			expect(patched).toEqual(stock);
		},
		// Two bundles and four runs of a reader: slow on a loaded two-core machine.
		90_000,
	);
});
