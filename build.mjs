// Bundles the CLI into one file: start-up drops from ~0.6 s to ~0.2 s.
import {build} from 'esbuild';
import {inkCaches} from './build-ink-caches.mjs';

// Ink loads react-devtools-core only when DEV=true; the bundle carries a stub instead.
const noDevtools = {
	name: 'no-devtools',
	setup(builder) {
		builder.onResolve({filter: /^react-devtools-core$/}, () => ({
			path: 'stub',
			namespace: 'no-devtools',
		}));
		builder.onLoad({filter: /.*/, namespace: 'no-devtools'}, () => ({
			contents: 'export default {initialize() {}, connectToDevTools() {}};',
		}));
	},
};

await build({
	entryPoints: ['source/cli/cli.tsx'],
	outfile: 'dist/cli.js',
	bundle: true,
	platform: 'node',
	format: 'esm',
	target: 'node20',
	// Minified: less to read and compile at every start.
	minify: true,
	legalComments: 'none',
	define: {'process.env.NODE_ENV': '"production"'},
	plugins: [noDevtools, inkCaches],
	banner: {
		js: "#!/usr/bin/env node\nimport {createRequire as __chatreelRequire} from 'node:module';\nconst require = __chatreelRequire(import.meta.url);",
	},
	logLevel: 'warning',
});
