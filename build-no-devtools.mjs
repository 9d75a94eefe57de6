// Ink loads react-devtools-core only when DEV=true; a bundle carries a stub instead. Shared
// by build.mjs, the bench's hello-world and the bundled-Ink tests.
export const noDevtools = {
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
