// Bundles the CLI: dist/chatreel.cjs holds the program (minified CommonJS, so a vm.Script can
// compile it with V8's code cache), dist/cli.js the small loader that runs it (see
// source/boot/code-cache.ts).
import {readFileSync, writeFileSync} from 'node:fs';
import process from 'node:process';
import {build} from 'esbuild';
import {inkCaches} from './build-ink-caches.mjs';
import {noDevtools} from './build-no-devtools.mjs';

/** Replaces every `from` in a dependency's file by its `to`; fails the build if one is missing. */
function patch(name, filter, edits) {
	return {
		name,
		setup(builder) {
			builder.onLoad({filter}, (args) => {
				let contents = readFileSync(args.path, 'utf8');
				for (const [from, to] of edits) {
					if (!contents.includes(from)) throw new Error(`${name}: "${from}" not in ${args.path}`);
					contents = contents.replaceAll(from, to);
				}
				return {contents, loader: 'js'};
			});
		},
	};
}

/**
 * Packages the first screen does not use, evaluated on first use instead of at start: each
 * import of one is a stand-in whose exports load the package (esbuild makes `require` of an
 * ES module a lazy initialiser). `named`: functions; `defaultFunction`: a default export
 * called; `defaultClass`: one used with `new`.
 */
function lazyPackages(packages) {
	const filter = new RegExp(`^(${Object.keys(packages).join('|').replaceAll('.', '\\.')})$`);
	return {
		name: 'lazy-packages',
		setup(builder) {
			builder.onResolve({filter}, (args) => {
				if (args.namespace === 'lazy-real') return undefined;
				const namespace = args.namespace === 'lazy' ? 'lazy-real' : 'lazy';
				return {path: args.path, namespace};
			});
			// The stand-in.
			builder.onLoad({filter: /.*/, namespace: 'lazy'}, (args) => {
				const {named = [], defaultClass = false, defaultFunction = false} = packages[args.path];
				const lines = [
					`let real;\nconst load = () => (real ??= require(${JSON.stringify(args.path)}));`,
				];
				for (const name of named) {
					lines.push(`export function ${name}(...args) {\n\treturn load().${name}(...args);\n}`);
				}
				if (defaultFunction) {
					lines.push('export default function (...args) {\n\treturn load().default(...args);\n}');
				}
				if (defaultClass) {
					lines.push(
						'export default new Proxy(function () {}, {\n\tconstruct: (_, args) => new (load().default)(...args),\n\tget: (_, key) => load().default[key],\n});',
					);
				}
				return {contents: lines.join('\n'), loader: 'js', resolveDir: process.cwd()};
			});
			// What it requires: only the exports used, so the rest of the package is left out.
			builder.onLoad({filter: /.*/, namespace: 'lazy-real'}, (args) => {
				const {named = [], defaultClass = false, defaultFunction = false} = packages[args.path];
				const names = [...named, ...(defaultClass || defaultFunction ? ['default'] : [])];
				const contents = `export {${names.join(', ')}} from ${JSON.stringify(args.path)};`;
				return {contents, loader: 'js', resolveDir: process.cwd()};
			});
		},
	};
}

// CommonJS has no top-level await. Ink awaits only under DEV=true (devtools, stubbed anyway);
// yoga awaits its WebAssembly: the bundle starts it and the reader awaits it before drawing
// (source/app/layout-engine.ts).
const inkPatch = patch('ink-no-tla', /[\\/]ink[\\/]build[\\/]reconciler\.js$/, [
	["await import('./devtools.js');", "import('./devtools.js');"],
	['? await loadPackageJson()', '? {name: undefined, version: undefined}'],
]);
const yogaPatch = patch('yoga-no-tla', /[\\/]yoga-layout[\\/]dist[\\/]src[\\/]index\.js$/, [
	[
		'const Yoga = wrapAssembly(await loadYoga());',
		"let Yoga;\nglobalThis[Symbol.for('chatreel.layout-engine')] = loadYoga().then((module) => {\n\tYoga = wrapAssembly(module);\n});",
	],
	['export default Yoga;', 'export {Yoga as default};'],
]);
// Yoga's WebAssembly is a data: URL. With `fetch` defined, yoga fetches it, and touching the
// global `fetch` makes Node load undici (~30 ms); without, it decodes the base64 itself,
// with Buffer rather than atob and a loop (2 ms rather than 0.2).
const yogaNoFetch = patch(
	'yoga-no-fetch',
	/[\\/]yoga-layout[\\/]dist[\\/]binaries[\\/][^\\/]*\.js$/,
	[
		['"function"!=typeof fetch', '"function"!="undefined"'],
		[
			'var b=xa(a.slice(37)),c=new Uint8Array(b.length);for(a=0;a<b.length;++a)c[a]=b.charCodeAt(a);var d=c',
			'var d=new Uint8Array(Buffer.from(a.slice(37),"base64"))',
		],
	],
);
// The pinyin dictionary (search, type-to-find), conf with ajv (saving settings), meow
// (command lines quickParse leaves, --help).
const lazy = lazyPackages({
	'pinyin-pro': {named: ['polyphonic']},
	conf: {defaultClass: true},
	meow: {defaultFunction: true},
});

const common = {
	bundle: true,
	platform: 'node',
	target: 'node20',
	// Minified: less to read and compile at every start. CHATREEL_MINIFY=0 keeps the names, for
	// reading a CPU profile.
	minify: process.env.CHATREEL_MINIFY !== '0',
	legalComments: 'none',
	logLevel: 'warning',
};

/**
 * esbuild escapes non-ASCII in strings, not in regular expressions (the talk cues): escaped
 * there too, the bundle is ASCII, a one-byte string to V8 (half the memory, read at once).
 */
function asciiOnly(file) {
	const text = readFileSync(file, 'utf8');
	const escaped = text.replace(
		/[^\0-\x7F]/g,
		(unit) => `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`,
	);
	writeFileSync(file, escaped);
}

await build({
	...common,
	entryPoints: ['source/cli/cli.tsx'],
	outfile: 'dist/chatreel.cjs',
	format: 'cjs',
	define: {'process.env.NODE_ENV': '"production"', 'import.meta': '__chatreelImportMeta'},
	plugins: [noDevtools, inkPatch, yogaPatch, yogaNoFetch, lazy, inkCaches],
});
asciiOnly('dist/chatreel.cjs');

await build({
	...common,
	entryPoints: ['source/boot/boot.ts'],
	outfile: 'dist/cli.js',
	format: 'esm',
	banner: {js: '#!/usr/bin/env node'},
});
