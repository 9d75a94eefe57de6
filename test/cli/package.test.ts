// What `npm pack` ships: the loader named in "bin", the bundle it loads, themes and samples.
import {execFileSync} from 'node:child_process';
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {repoRoot} from './run-cli.js';

describe('the npm package', () => {
	it('holds the bin, the bundle it loads, the themes and the sample', () => {
		const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as {
			bin: {chatreel: string};
		};
		const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
			cwd: repoRoot,
			encoding: 'utf8',
			stdio: ['ignore', 'pipe', 'ignore'],
		});
		const files = (JSON.parse(out) as Array<{files: Array<{path: string}>}>)[0]!.files.map(
			(file) => file.path,
		);
		expect(files).toContain(pkg.bin.chatreel);
		expect(files).toContain('dist/chatreel.cjs');
		expect(files).toContain('themes/dark.json');
		expect(files).toContain('samples/2018-08-27-WeChat.md');
		expect(readFileSync(join(repoRoot, pkg.bin.chatreel), 'utf8')).toContain('chatreel.cjs');
	});
});
