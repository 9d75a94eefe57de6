import {afterAll, describe, expect, it} from 'vitest';
import {expectOneErrorLine, messageStart, removeTempDirs, runCli, samplePath} from './run-cli.js';

afterAll(removeTempDirs);

function starts(stdout: string): string[] {
	return stdout.split('\n').filter((line) => messageStart.test(line));
}

describe('chatreel --present without a terminal', () => {
	it('prints exactly the talk, at once', () => {
		const result = runCli(['--present', '--print', samplePath], {timeout: 15_000});
		expect(result.timedOut).toBe(false);
		expect(result.status, result.stderr).toBe(0);
		// The talk lasts 7.5 minutes; a replay with delays could not finish this fast.
		expect(result.ms).toBeLessThan(5_000);
		const lines = starts(result.stdout);
		expect(lines).toHaveLength(47);
		expect(lines[0]).toMatch(/^19:27:56 {2}Eric-Silot-SG {2}/);
		expect(lines.at(-1)).toMatch(/^19:35:22 {2}Eric-Silot-SG {2}/);
		expect(lines.every((line) => line.includes('  Eric-Silot-SG  '))).toBe(true);
		expect(result.stdout).not.toContain('\u001b');
	});

	it('prints the same with no --print when stdout is a pipe', () => {
		const result = runCli(['--present', samplePath]);
		expect(result.status, result.stderr).toBe(0);
		expect(starts(result.stdout)).toHaveLength(47);
	});

	it('prints the talk chosen with --talk 1', () => {
		const result = runCli(['--present', '--talk', '1', '--print', samplePath]);
		expect(result.status, result.stderr).toBe(0);
		expect(starts(result.stdout)).toHaveLength(47);
	});

	it('rejects --talk 2 on a day with one talk (exit 2, one line)', () => {
		const line = expectOneErrorLine(runCli(['--present', '--talk', '2', samplePath]), 2);
		expect(line).toContain('--talk');
	});

	it('prints a --from/--to range', () => {
		const result = runCli(['--from', '19:30', '--to', '19:31', '--present', '--print', samplePath]);
		expect(result.status, result.stderr).toBe(0);
		const lines = starts(result.stdout);
		expect(lines.map((line) => line.slice(0, 8))).toEqual([
			'19:30:08',
			'19:30:25',
			'19:30:40',
			'19:30:49',
			'19:30:59',
		]);
	});

	it('rejects an impossible --from time with --present (exit 2, one line)', () => {
		const line = expectOneErrorLine(runCli(['--from', '25:00', '--present', samplePath]), 2);
		expect(line).toContain('--from');
	});

	it('rejects an impossible --from time on its own (exit 2, one line)', () => {
		const line = expectOneErrorLine(runCli(['--from', '25:00', samplePath]), 2);
		expect(line).toContain('--from');
	});

	it('rejects --to before --from', () => {
		expectOneErrorLine(runCli(['--from', '19:31', '--to', '19:30', '--present', samplePath]), 2);
	});

	it('rejects an unknown --speaker', () => {
		expectOneErrorLine(runCli(['--present', '--speaker', 'nobody-at-all', samplePath]), 2);
	});

	it('prints one presenter with --speaker --only-speaker', () => {
		const result = runCli([
			'--present',
			'--speaker',
			'Eric-Silot-SG',
			'--only-speaker',
			samplePath,
		]);
		expect(result.status, result.stderr).toBe(0);
		const lines = starts(result.stdout);
		expect(lines.length).toBeGreaterThan(0);
		expect(lines.every((line) => line.includes('  Eric-Silot-SG  '))).toBe(true);
	});
});
