// `--print` of a folder, day by day: each file's lines are written once it is read, so the
// first lines come while the rest of the history is still being read.
import type {Diagnostic} from '../core/transcript/types.js';
import {type HistoryOptions, readHistory} from '../io/open-history.js';
import {plainTextPrinter} from '../output/plain-text.js';

/**
 * Writes what `plainText(openHistory(dir))` would print, as it goes; `write` may return a
 * promise (a full pipe) to be awaited before the next day. Returns the history's diagnostics.
 */
export async function printHistory(
	dir: string,
	options: HistoryOptions & {
		collapse: boolean;
		write: (text: string) => void | Promise<void>;
	},
): Promise<readonly Diagnostic[]> {
	const printer = plainTextPrinter({collapse: options.collapse});
	const days = readHistory(dir, options);
	let step = days.next();
	while (!step.done) {
		const text = printer.day(step.value.messages, step.value.floods);
		if (text !== '') await options.write(text);
		step = days.next();
	}
	const rest = printer.end();
	if (rest !== '') await options.write(rest);
	return step.value.diagnostics();
}
