// quickParse reads a command line exactly as meow does, or leaves it to meow.
import fc from 'fast-check';
import meow from 'meow';
import {describe, expect, it} from 'vitest';
import {flagSpec} from '../../source/cli/flags.js';
import {quickParse} from '../../source/cli/quick-parse.js';

function byMeow(argv: string[]) {
	const cli = meow('', {importMeta: import.meta, argv, allowUnknownFlags: true, flags: flagSpec});
	const flags = Object.fromEntries(
		Object.keys(flagSpec)
			.filter((key) => (cli.flags as Record<string, unknown>)[key] !== undefined)
			.map((key) => [key, (cli.flags as Record<string, unknown>)[key]]),
	);
	return {input: cli.input, flags};
}

const common = [
	[],
	['day.md'],
	['-'],
	['--print', 'day.md'],
	['--json', 'days/'],
	['--no-collapse', '--print', 'day.md'],
	['--no-resume', 'day.md'],
	['--no-mouse', '--theme', 'light', 'day.md'],
	['--theme=mono', 'day.md'],
	['-f', 'day.md'],
	['--follow', '-'],
	['--present', '--talk', '2', '--speed', '4', '--idle-limit', '1.5', 'day.md'],
	['--from', '19:30', '--to', '19:35', '--speaker', 'Eric-Silot-SG', '--only-speaker', 'day.md'],
	['--onlySpeaker', '--idleLimit=2', 'day.md'],
	['config', 'get', 'theme'],
];

const odd = [
	['--print', 'false', 'day.md'],
	['--speed', '-1'],
	['--talk', 'abc'],
	['--talk'],
	['--speed', '2', '--speed', '3'],
	['--print=false'],
	['--no-talk'],
	['--', '--print'],
	['--help'],
	['--version'],
	['-fx'],
	[''],
];

describe('quickParse', () => {
	it.each(common)('reads %j as meow does', (...argv) => {
		const quick = quickParse(argv);
		expect(quick).toBeDefined();
		expect(quick).toEqual(byMeow(argv));
	});

	it.each(odd)('leaves %j to meow', (...argv) => {
		expect(quickParse(argv)).toBeUndefined();
	});

	it('agrees with meow on every command line it reads', () => {
		const words = [
			...Object.keys(flagSpec).flatMap((key) => [
				`--${key}`,
				`--${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`,
				`--no-${key}`,
			]),
			'-f',
			'--',
			'-',
			'--theme=x',
			'--talk=3',
			'--speed=0.5',
			'true',
			'false',
			'2',
			'0.25',
			'007',
			'1e3',
			'-3',
			'19:30',
			'day.md',
			'名字',
			'',
		];
		fc.assert(
			fc.property(fc.array(fc.constantFrom(...words), {maxLength: 6}), (argv) => {
				const quick = quickParse(argv);
				if (quick) expect(quick).toEqual(byMeow(argv));
			}),
			{numRuns: 2000},
		);
	});
});
