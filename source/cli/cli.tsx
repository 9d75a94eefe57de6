import process from 'node:process';
import meow from 'meow';
import {ChatreelError} from '../core/errors.js';
import {sanitizeLine} from '../core/transcript/sanitize.js';
import {themesDir} from '../io/paths.js';
import {defaults} from '../state/defaults.js';
import {loadThemes} from '../theme/load.js';
import {exitCodeFor, exitCodes} from './exit-codes.js';
import {checkFlags} from './flag-values.js';
import {type Flags, flagNames, flagSpec} from './flags.js';
import {quickParse} from './quick-parse.js';
import {run, runConfig} from './run.js';

/** The shipped themes, in `T` order: the list --help shows. */
const themeList = () => [...loadThemes({builtinDir: themesDir}).themes.keys()].join(', ');

function fail(error: unknown): never {
	if (error instanceof ChatreelError) {
		process.stderr.write(`chatreel: ${sanitizeLine(error.message)}\n`);
		process.exit(exitCodeFor(error.kind));
	}
	const message = error instanceof Error ? error.message : String(error);
	process.stderr.write(`chatreel: unexpected error: ${sanitizeLine(message)}\n`);
	process.exit(exitCodes.input);
}

const args = process.argv.slice(2);
// Config words are not flags: `config set speed -1` must reach the value check.
if (args[0] === 'config' && !args.includes('--help')) {
	try {
		process.exitCode = runConfig(args.slice(1));
	} catch (error) {
		fail(error);
	}
} else {
	try {
		checkFlags(args, flagNames);
	} catch (error) {
		fail(error);
	}
	// No top-level await: the bundle is CommonJS (see build.mjs).
	main().catch(fail);
}

async function main(): Promise<void> {
	const quick = quickParse(args);
	// What meow does besides parsing: name the process after the package's bin.
	if (quick) process.title = 'chatreel';
	const {input, flags} = quick ?? parseWithMeow();
	try {
		process.exitCode = await run(input, flags);
	} catch (error) {
		fail(error);
	}
}

/** meow reads what quickParse leaves, and shows --help and --version. */
function parseWithMeow(): {input: readonly string[]; flags: Flags} {
	const cli = meow(
		`
  Usage
    $ chatreel PATH                   Read a transcript
    $ chatreel FOLDER                 Read a folder of daily transcripts as one history
    $ cat DAY.md | chatreel           Read standard input (also: chatreel -)
    $ chatreel                        The bundled sample day (stdin a terminal, no PATH)
    $ chatreel config                 Show the config file and its settings
    $ chatreel config get KEY         Show one setting
    $ chatreel config set KEY VALUE   Change a setting
    $ chatreel config reset           Back to the defaults

  Output (used automatically when stdout is not a terminal)
    --print            Plain text, one line per message, floods folded
    --no-collapse      With --print: every message, floods unfolded
    --json             One JSON document: meta, messages, speakers, talks, floods, diagnostics

  Presentation
    --present          Replay a talk message by message (the longest talk by default)
    --talk N           The Nth detected talk
    --from HH:MM[:SS]  Replay a range instead (with --to)
    --to HH:MM[:SS]
    --speaker NAME     Only the range of one presenter, with the questions in between
    --only-speaker     ... without the questions
    --speed X          Start at X times real time (0.25 to 64)
    --idle-limit S     Longest pause replayed, in seconds (default ${defaults.idleLimit})

  Reading
    --theme NAME       Colour theme for this run (${themeList()})
    --no-resume        Start at the top instead of where you left off
    --no-mouse         Leave the mouse to the terminal (text selection) for this run
    --follow, -f       Follow a transcript as it grows (a live chat), like tail -f

  Exit codes
    0 success (a day with no messages too), 1 the file could not be read or is not
    a transcript, 2 bad usage

  Keys: press ? in the reader.
`,
		{
			importMeta: import.meta,
			allowUnknownFlags: true,
			flags: flagSpec,
		},
	);
	return {input: cli.input, flags: cli.flags};
}
