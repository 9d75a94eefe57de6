import {mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {createRequire} from 'node:module';
import {tmpdir} from 'node:os';
import {dirname, join} from 'node:path';
import {pathToFileURL} from 'node:url';
import {build} from 'esbuild';
import stringWidth from 'string-width';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {inkCaches, patchOutput, patchRenderNodeToOutput} from '../../build-ink-caches.mjs';

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
	caches: {getWidestLine(text: string): number};
};

const dir = mkdtempSync(join(tmpdir(), 'chatreel-ink-caches-'));
afterAll(() => rmSync(dir, {recursive: true, force: true}));

/** Ink's Output bundled on its own, stock or patched. */
async function bundleOutput(name: string, patched: boolean): Promise<OutputClass> {
	const outfile = join(dir, `${name}.mjs`);
	await build({
		entryPoints: [outputFile],
		outfile,
		bundle: true,
		platform: 'node',
		format: 'esm',
		plugins: patched ? [inkCaches] : [],
		logLevel: 'silent',
	});
	return ((await import(pathToFileURL(outfile).href)) as {default: OutputClass}).default;
}

let Stock: OutputClass;
let Patched: OutputClass;
beforeAll(async () => {
	Stock = await bundleOutput('stock', false);
	Patched = await bundleOutput('patched', true);
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

/** Frames that scroll `rows` by one, with a sidebar column, then clipped, then narrower. */
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
	});

	it('say which file changed when Ink no longer matches', () => {
		expect(() => patchOutput('export default class Output {}')).toThrow(/output\.js/);
		expect(() => patchRenderNodeToOutput('')).toThrow(/render-node-to-output\.js/);
	});

	it('draw every frame as the stock Ink does, frame after frame', () => {
		const all = frames();
		// Twice, so the second pass draws from what the first one kept.
		for (const frame of [...all, ...all]) expect(draw(Patched, frame)).toBe(draw(Stock, frame));
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
