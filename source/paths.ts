import {fileURLToPath} from 'node:url';

// The bundled CLI lives in dist/, the sources in source/: the package root is one up.
export const packageRoot = fileURLToPath(new URL('../', import.meta.url));
export const bundledSample = fileURLToPath(
	new URL('../samples/2018-08-27-WeChat.md', import.meta.url),
);
export const themesDir = fileURLToPath(new URL('../themes/', import.meta.url));
