// The import graph of source/, read from the files' text: who imports whom.

import fs from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

export const sourceRoot = fileURLToPath(new URL('../../source', import.meta.url));

export type ModuleImports = {file: string; local: string[]; packages: string[]};

function listFiles(dir: string): string[] {
	return fs.readdirSync(dir, {withFileTypes: true}).flatMap((entry) => {
		const full = path.join(dir, entry.name);
		if (entry.isDirectory()) return listFiles(full);
		return /\.tsx?$/.test(entry.name) ? [full] : [];
	});
}

const importPattern =
	/(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

function resolveLocal(from: string, spec: string): string {
	const target = path.resolve(path.dirname(from), spec);
	for (const candidate of [
		target,
		target.replace(/\.js$/, '.ts'),
		target.replace(/\.js$/, '.tsx'),
	]) {
		if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
	}
	return target;
}

/** Every source file with its local imports (resolved, relative to source/) and packages. */
export function readImportGraph(): ModuleImports[] {
	return listFiles(sourceRoot).map((file) => {
		const text = fs.readFileSync(file, 'utf8');
		const local: string[] = [];
		const packages: string[] = [];
		for (const match of text.matchAll(importPattern)) {
			const spec = match[1] ?? match[2]!;
			if (spec.startsWith('.')) local.push(path.relative(sourceRoot, resolveLocal(file, spec)));
			else packages.push(spec);
		}
		return {file: path.relative(sourceRoot, file), local, packages};
	});
}

/** Strongly connected components of more than one module, or a module importing itself. */
export function importCycles(graph: readonly ModuleImports[]): string[][] {
	const edges = new Map(graph.map((module) => [module.file, module.local]));
	const index = new Map<string, number>();
	const low = new Map<string, number>();
	const stack: string[] = [];
	const onStack = new Set<string>();
	const cycles: string[][] = [];
	let counter = 0;
	const visit = (node: string): void => {
		index.set(node, counter);
		low.set(node, counter);
		counter++;
		stack.push(node);
		onStack.add(node);
		for (const next of edges.get(node) ?? []) {
			if (!edges.has(next)) continue;
			if (!index.has(next)) {
				visit(next);
				low.set(node, Math.min(low.get(node)!, low.get(next)!));
			} else if (onStack.has(next)) {
				low.set(node, Math.min(low.get(node)!, index.get(next)!));
			}
		}
		if (low.get(node) === index.get(node)) {
			const component: string[] = [];
			let member: string;
			do {
				member = stack.pop()!;
				onStack.delete(member);
				component.push(member);
			} while (member !== node);
			if (component.length > 1 || (edges.get(node) ?? []).includes(node)) cycles.push(component);
		}
	};
	for (const node of edges.keys()) if (!index.has(node)) visit(node);
	return cycles;
}
