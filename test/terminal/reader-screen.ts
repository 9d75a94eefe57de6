// What the terminal tests read off chatreel's screen, and the checks they share.
import {expect} from 'vitest';
import type {TerminalSession} from './harness.js';

export const wait = {timeout: 15_000};

/** The cursor message's time, shown at the right end of the reader's header row. */
export function headerTime(term: TerminalSession): string | undefined {
	return /(\d\d:\d\d:\d\d)\s*$/.exec(term.lines()[0] ?? '')?.[1];
}

export function statusBar(term: TerminalSession): string {
	return term.lines().at(-1) ?? '';
}

/** Quitting left the alternate screen and showed the cursor, as the last thing written. */
export function expectRestored(term: TerminalSession) {
	expect(term.modes()).toMatchObject({alternateScreen: false, cursorHidden: false});
	const tail = /(?:\x1b\[\?1049l|\x1b\[\?25h)+$/.exec(term.output())?.[0] ?? '';
	expect(tail).toContain('\x1b[?1049l');
	expect(tail).toContain('\x1b[?25h');
}
