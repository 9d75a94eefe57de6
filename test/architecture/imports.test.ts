import {describe, expect, it} from 'vitest';
import {importCycles, type ModuleImports, readImportGraph} from './import-graph.js';

const graph = readImportGraph();
const folderOf = (file: string) => file.split('/')[0]!;
const inFolder = (folder: string) => graph.filter((module) => folderOf(module.file) === folder);

/** Which folders of source/ each folder may import (README "Layout"). */
const allowed: Record<string, string[]> = {
	core: ['core'],
	layout: ['layout', 'core'],
	io: ['io', 'core'],
	state: ['state', 'layout', 'core', 'input'],
	ui: ['ui', 'state', 'layout', 'core', 'theme', 'input'],
};

function strays(modules: readonly ModuleImports[], folders: string[]): string[] {
	return modules.flatMap((module) =>
		module.local
			.filter((target) => !folders.includes(folderOf(target)))
			.map((target) => `${module.file} -> ${target}`),
	);
}

describe('the import graph of source/', () => {
	it('reads every folder', () => {
		for (const folder of ['core', 'layout', 'io', 'state', 'ui', 'cli', 'app', 'theme']) {
			expect(inFolder(folder).length, folder).toBeGreaterThan(0);
		}
	});

	it('has no import circles', () => {
		expect(importCycles(graph)).toEqual([]);
	});

	it('finds a circle when there is one', () => {
		const circle = [
			{file: 'a.ts', local: ['b.ts'], packages: []},
			{file: 'b.ts', local: ['c.ts'], packages: []},
			{file: 'c.ts', local: ['a.ts'], packages: []},
		];
		expect(importCycles(circle).map((cycle) => cycle.sort())).toEqual([['a.ts', 'b.ts', 'c.ts']]);
	});

	it('keeps the core free of the file system, React and Ink', () => {
		const impure = inFolder('core').flatMap((module) =>
			module.packages
				.filter((name) => /^(node:)?fs(\/|$)|^react($|\/)|^ink($|-)/.test(name))
				.map((name) => `${module.file} -> ${name}`),
		);
		expect(impure).toEqual([]);
	});

	for (const [folder, folders] of Object.entries(allowed)) {
		it(`lets ${folder}/ import only ${folders.join(', ')}`, () => {
			expect(strays(inFolder(folder), folders)).toEqual([]);
		});
	}
});
