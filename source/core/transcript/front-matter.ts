// The YAML front matter between two `---` lines: title, date, author, lines.

import {parseDocument} from 'yaml';
import {matchHeader} from './parse-messages.js';
import {sanitizeLine} from './sanitize.js';
import type {Diagnostic} from './types.js';

export type FrontMatterData = {title?: string; date?: string; author?: string; lines?: number};

export type FrontMatter = {
	data: FrontMatterData;
	/** Index of the first line after the front matter (0 when there is none). */
	bodyStart: number;
	diagnostics: Diagnostic[];
};

const FENCE = /^---[ \t]*$/;
// Past this size the YAML parser is not worth the risk; the line reader still runs.
const MAX_YAML_CHARS = 64 * 1024;
const YAML_OPTIONS = {maxAliasCount: 100, uniqueKeys: false, prettyErrors: false} as const;
const KEY_VALUE = /^[ \t]*([A-Za-z_][\w-]{0,40})[ \t]*:[ \t]?(.*)$/s;
const DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?![\d])/;

function isBlank(line: string): boolean {
	return line.trim() === '';
}

/** A `---` line, which opens or closes the front matter. */
export function isFence(line: string): boolean {
	return FENCE.test(line);
}

export {isBlank};

/** Where the opening fence is (blank lines before it are allowed), or -1. */
function openingFence(lines: string[]): number {
	for (let i = 0; i < lines.length; i++) {
		const line = i === 0 ? lines[0]!.replace(/^\uFEFF/, '') : lines[i]!;
		if (FENCE.test(line)) return i;
		if (!isBlank(line)) return -1;
	}
	return -1;
}

function unquote(s: string): string {
	const v = s.trim();
	if (v.length >= 2 && (v[0] === '"' || v[0] === "'") && v.at(-1) === v[0]) return v.slice(1, -1);
	return v;
}

/** The fallback for YAML that does not parse: one `key: value` per line, nothing nested. */
function readKeyValues(lines: string[]): Record<string, unknown> {
	const out: Record<string, unknown> = {};
	for (const line of lines) {
		const m = KEY_VALUE.exec(line);
		if (m && !(m[1]! in out)) out[m[1]!] = unquote(m[2] ?? '');
	}
	return out;
}

type YamlResult = {values?: Record<string, unknown>; problem?: string};

function readYaml(src: string): YamlResult {
	if (src.length > MAX_YAML_CHARS) return {problem: 'front matter too large for YAML'};
	try {
		const doc = parseDocument(src, YAML_OPTIONS);
		const error = doc.errors[0];
		if (error) return {problem: `front matter is not valid YAML (${error.code})`};
		const value: unknown = doc.toJS({maxAliasCount: 100});
		if (value === null || value === undefined) return {values: {}};
		if (typeof value !== 'object' || Array.isArray(value) || value instanceof Map) {
			return {problem: 'front matter is not a list of keys and values'};
		}
		return {values: value as Record<string, unknown>};
	} catch (error) {
		const reason = error instanceof ReferenceError ? 'too many aliases' : 'unreadable';
		return {problem: `front matter is not valid YAML (${reason})`};
	}
}

function pad2(n: number): string {
	return n < 10 ? `0${n}` : String(n);
}

/** `YYYY-MM-DD` from a string or a Date, never shifted by a time zone; undefined if impossible. */
function toDay(value: unknown): string | undefined {
	if (value instanceof Date) {
		if (Number.isNaN(value.getTime())) return undefined;
		const y = value.getUTCFullYear();
		if (y < 0 || y > 9999) return undefined;
		return `${String(y).padStart(4, '0')}-${pad2(value.getUTCMonth() + 1)}-${pad2(value.getUTCDate())}`;
	}
	if (typeof value !== 'string') return undefined;
	const m = DATE.exec(value.trim());
	if (!m) return undefined;
	const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
	const lastDay = new Date(0);
	lastDay.setUTCFullYear(y, mo, 0);
	if (mo < 1 || mo > 12 || d < 1 || d > lastDay.getUTCDate()) return undefined;
	return `${m[1]}-${pad2(mo)}-${pad2(d)}`;
}

function toText(value: unknown): string | undefined {
	if (typeof value === 'string') return value.trim();
	if (typeof value === 'number' || typeof value === 'boolean') return String(value);
	return undefined;
}

function toCount(value: unknown): number | undefined {
	const n = typeof value === 'string' && /^\s*\d{1,9}\s*$/.test(value) ? Number(value) : value;
	return typeof n === 'number' && Number.isSafeInteger(n) && n >= 0 ? n : undefined;
}

/** The day as written on the `date:` line itself, so no time zone in it can move the day. */
function writtenDay(raw: unknown): string | undefined {
	return typeof raw === 'string' ? toDay(unquote(raw.replace(/^!!?[\w:.-]*\s+/, ''))) : undefined;
}

function pick(
	values: Record<string, unknown>,
	written: Record<string, unknown>,
	line: number,
	diagnostics: Diagnostic[],
): FrontMatterData {
	const data: FrontMatterData = {};
	const bad = (key: string): void => {
		diagnostics.push({line, problem: `front matter ${key} is not usable; ignored`});
	};
	for (const key of ['title', 'author'] as const) {
		const value = values[key];
		if (value === undefined || value === null) continue;
		const text = toText(value);
		if (text === undefined) bad(key);
		else if (text !== '') data[key] = sanitizeLine(text);
	}
	if (values.date !== undefined && values.date !== null) {
		const day = writtenDay(written.date) ?? toDay(values.date);
		if (day === undefined) bad('date');
		else data.date = day;
	}
	if (values.lines !== undefined && values.lines !== null) {
		const count = toCount(values.lines);
		if (count === undefined) bad('lines');
		else data.lines = count;
	}
	return data;
}

/**
 * Reads the front matter at the top of `lines`. Never throws: bad YAML falls back to a
 * line reader, and a front matter that is never closed (no `---` before the first message
 * header) is treated as no front matter at all.
 */
export function parseFrontMatter(lines: string[]): FrontMatter {
	const diagnostics: Diagnostic[] = [];
	const open = openingFence(lines);
	if (open < 0) return {data: {}, bodyStart: 0, diagnostics};
	let close = -1;
	for (let i = open + 1; i < lines.length; i++) {
		if (FENCE.test(lines[i]!)) {
			close = i;
			break;
		}
		if (matchHeader(lines[i]!)) break;
	}
	if (close < 0) {
		diagnostics.push({line: open + 1, problem: 'front matter is never closed; read as messages'});
		return {data: {}, bodyStart: 0, diagnostics};
	}
	const inner = lines.slice(open + 1, close);
	const yaml = readYaml(inner.join('\n'));
	const written = readKeyValues(inner);
	if (!yaml.values) {
		const problem = yaml.problem ?? 'front matter unreadable';
		diagnostics.push({line: open + 1, problem: `${problem}; read line by line`});
	}
	const data = pick(yaml.values ?? written, written, open + 1, diagnostics);
	return {data, bodyStart: close + 1, diagnostics};
}
