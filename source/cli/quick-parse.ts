// The command line as meow would read it, for the plain cases, without loading meow: its
// parser comes bundled with normalize-package-data, semver and spdx (~15 ms at every start).
// What is out of the ordinary is left to meow (test/cli/quick-parse.test.ts holds the two
// to the same answers).
import {type Flags, flagSpec} from './flags.js';

type Spec = {type: 'boolean' | 'number' | 'string'; default?: unknown; shortFlag?: string};

const specs = flagSpec as Record<string, Spec>;
const kebab = (name: string) => name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);

/** Every spelling meow takes for a flag (camelCase, kebab-case, the short flag): its key. */
const keyOf = new Map<string, string>();
for (const [key, spec] of Object.entries(specs)) {
	keyOf.set(`--${key}`, key);
	keyOf.set(`--${kebab(key)}`, key);
	if (spec.shortFlag) keyOf.set(`-${spec.shortFlag}`, key);
}

const plainNumber = /^\d{1,15}(\.\d{1,15})?$/;

/**
 * `{input, flags}` as meow gives them, or undefined when `argv` holds anything but known
 * flags written plainly, each once, and arguments: meow then decides (and shows --help).
 */
export function quickParse(argv: readonly string[]): {input: string[]; flags: Flags} | undefined {
	const flags: Record<string, unknown> = {};
	for (const [key, spec] of Object.entries(specs)) {
		if (spec.default !== undefined) flags[key] = spec.default;
	}
	const input: string[] = [];
	const seen = new Set<string>();
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i]!;
		if (arg === '-' || (!arg.startsWith('-') && arg !== '')) {
			input.push(arg);
			continue;
		}
		const eq = arg.indexOf('=');
		const name = eq < 0 ? arg : arg.slice(0, eq);
		const negated = name.startsWith('--no-') && !keyOf.has(name);
		const key = keyOf.get(negated ? `--${name.slice(5)}` : name);
		if (key === undefined || seen.has(key)) return undefined;
		seen.add(key);
		const spec = specs[key]!;
		if (spec.type === 'boolean') {
			// `--print false` would read false: meow's reading, not ours.
			const next = argv[i + 1];
			if (eq >= 0 || next === 'true' || next === 'false') return undefined;
			flags[key] = !negated;
			continue;
		}
		if (negated) return undefined;
		const value = eq >= 0 ? arg.slice(eq + 1) : argv[++i];
		if (value === undefined || value === '' || value.startsWith('-')) return undefined;
		if (spec.type === 'number') {
			if (!plainNumber.test(value)) return undefined;
			flags[key] = Number(value);
		} else {
			flags[key] = value;
		}
	}
	return {input, flags: flags as Flags};
}
