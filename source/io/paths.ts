import {existsSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';

// The bundle lives in dist/, the sources in source/io/: walk up to the folder with package.json.
function findPackageRoot(start: string): string {
	let dir = start;
	while (!existsSync(join(dir, 'package.json'))) {
		const parent = dirname(dir);
		if (parent === dir) return start;
		dir = parent;
	}
	return dir;
}

export const packageRoot = findPackageRoot(dirname(fileURLToPath(import.meta.url)));
export const bundledSample = join(packageRoot, 'samples', '2018-08-27-WeChat.md');
export const themesDir = join(packageRoot, 'themes');
