// Runs the built CLI (dist/cli.js) as a child with pipes for stdin/stdout/stderr, so the
// CLI takes its non-interactive path, and with its own config directory and home.
import {spawnSync} from 'node:child_process';
import {existsSync, mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import process from 'node:process';
import {fileURLToPath} from 'node:url';
import {expect} from 'vitest';

export const cliPath = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
export const samplePath = fileURLToPath(
	new URL('../../samples/2018-08-27-WeChat.md', import.meta.url),
);
export const samplePaths = [
	samplePath,
	fileURLToPath(new URL('../../samples/devarch-2018-05-03-chat.markdown', import.meta.url)),
	fileURLToPath(new URL('../../samples/proddev-2017-12-22-chat.markdown', import.meta.url)),
];

export type CliResult = {
	status: number | null;
	signal: NodeJS.Signals | null;
	stdout: string;
	stderr: string;
	/** Set when the child could not start or was killed by the timeout. */
	error?: Error;
	timedOut: boolean;
	ms: number;
};

export type CliOptions = {
	configDir?: string;
	input?: string | Buffer;
	timeout?: number;
	env?: Record<string, string>;
};

const made: string[] = [];
/** One code cache for a test file's runs (see source/boot/code-cache.ts), like a user's. */
let cacheHome: string | undefined;

/** A fresh temporary directory, removed by `removeTempDirs`. */
export function tempDir(prefix = 'chatreel-cli-'): string {
	const dir = mkdtempSync(join(tmpdir(), prefix));
	made.push(dir);
	return dir;
}

export function removeTempDirs(): void {
	for (const dir of made.splice(0)) rmSync(dir, {recursive: true, force: true});
	cacheHome = undefined;
}

export function runCli(args: readonly string[], options: CliOptions = {}): CliResult {
	if (!existsSync(cliPath)) throw new Error(`${cliPath} is missing: run \`node build.mjs\` first`);
	const configDir = options.configDir ?? tempDir('chatreel-config-');
	cacheHome ??= tempDir('chatreel-cache-');
	const start = performance.now();
	const result = spawnSync(process.execPath, [cliPath, ...args], {
		cwd: repoRoot,
		encoding: 'utf8',
		input: options.input ?? '',
		timeout: options.timeout ?? 15_000,
		killSignal: 'SIGKILL',
		maxBuffer: 64 * 1024 * 1024,
		env: {
			...process.env,
			// Never the real home: config, state and caches all land in the temp directory.
			HOME: configDir,
			XDG_CONFIG_HOME: configDir,
			CHATREEL_CONFIG_DIR: configDir,
			XDG_CACHE_HOME: cacheHome,
			...options.env,
		},
	});
	const error = result.error;
	return {
		status: result.status,
		signal: result.signal,
		stdout: result.stdout ?? '',
		stderr: result.stderr ?? '',
		...(error ? {error} : {}),
		timedOut: (error as NodeJS.ErrnoException | undefined)?.code === 'ETIMEDOUT',
		ms: performance.now() - start,
	};
}

/** The lines of stderr, without the empty string after the final newline. */
export function stderrLines(result: CliResult): string[] {
	const text = result.stderr.endsWith('\n') ? result.stderr.slice(0, -1) : result.stderr;
	return text === '' ? [] : text.split('\n');
}

/** A failed run: the exit code, and exactly one `chatreel: ` line on stderr, no stack. */
export function expectOneErrorLine(result: CliResult, exitCode: number): string {
	expect(result.timedOut, 'the CLI hung').toBe(false);
	expect(result.status, result.stderr).toBe(exitCode);
	expect(result.stderr).not.toContain('    at ');
	expect(result.stderr).not.toContain('\u001b');
	const lines = stderrLines(result);
	expect(lines, result.stderr).toHaveLength(1);
	const line = lines[0] ?? '';
	expect(line).toMatch(/^chatreel: \S/);
	return line;
}

export const messageStart = /^\d{2}:\d{2}:\d{2} {2}/;
