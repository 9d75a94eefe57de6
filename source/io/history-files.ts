// The transcripts of a folder of daily exports, in the order of the dates in their names.
// Only lstat/stat/readdir here: opening a FIFO without a writer would block.

import fs from 'node:fs';
import path from 'node:path';
import {InputError} from '../core/errors.js';
import {addDays} from '../core/transcript/clock.js';
import {sanitizeLine} from '../core/transcript/sanitize.js';

const extensions = ['.md', '.markdown', '.txt'] as const;

/** The first valid `YYYY-MM-DD` in a file name, not part of a longer run of digits. */
export function dateInName(name: string): string | undefined {
	for (const match of name.matchAll(/(?<!\d)\d{4}-\d{2}-\d{2}(?!\d)/g)) {
		// addDays normalises 2018-02-30 to 2018-03-02: only a real day reads back unchanged.
		if (addDays(match[0], 0) === match[0]) return match[0];
	}
	return undefined;
}

export function isDirectory(target: string): boolean {
	try {
		return fs.statSync(target).isDirectory();
	} catch {
		return false;
	}
}

function hasTranscriptExtension(name: string): boolean {
	const lower = name.toLowerCase();
	return extensions.some((ext) => lower.endsWith(ext) && lower.length > ext.length);
}

/** A regular file, or a symlink to one; never opens it (only links cost a stat). */
function isRegularFile(entry: fs.Dirent, file: string): boolean {
	if (entry.isFile()) return true;
	if (!entry.isSymbolicLink()) return false;
	try {
		return fs.statSync(file).isFile();
	} catch {
		return false;
	}
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * File names (not paths) of the transcripts directly in `dir`, sorted by the date in the
 * name, then by name; names without a date come last. Throws InputError when there is none.
 */
export function listTranscriptFiles(dir: string): string[] {
	let entries: fs.Dirent[];
	try {
		entries = fs.readdirSync(dir, {withFileTypes: true});
	} catch (error) {
		const code = (error as {code?: unknown} | null)?.code;
		const reason =
			code === 'ENOTDIR'
				? 'is not a folder'
				: code === 'ENOENT'
					? 'no such folder'
					: code === 'EACCES' || code === 'EPERM'
						? 'permission denied'
						: `cannot read the folder (${typeof code === 'string' ? code : 'unknown error'})`;
		throw new InputError(`${sanitizeLine(dir)}: ${reason}`);
	}
	const files = entries
		.filter(
			(entry) =>
				!entry.name.startsWith('.') &&
				hasTranscriptExtension(entry.name) &&
				isRegularFile(entry, path.join(dir, entry.name)),
		)
		.map(({name}) => ({name, date: dateInName(name)}));
	if (files.length === 0)
		throw new InputError(`${sanitizeLine(dir)}: no transcripts in this folder`);
	files.sort((a, b) => {
		if (a.date !== b.date) {
			if (a.date === undefined) return 1;
			if (b.date === undefined) return -1;
			return compare(a.date, b.date);
		}
		return compare(a.name, b.name);
	});
	return files.map((file) => file.name);
}
