// The terminal itself (/dev/tty), for keys when standard input carried the transcript.

import fs from 'node:fs';
import tty from 'node:tty';

/** A raw-mode-capable stream on the controlling terminal, or undefined when there is none. */
export function openTerminalKeys(): tty.ReadStream | undefined {
	let fd: number;
	try {
		fd = fs.openSync('/dev/tty', 'r');
	} catch {
		return undefined;
	}
	if (!tty.isatty(fd)) {
		fs.closeSync(fd);
		return undefined;
	}
	return new tty.ReadStream(fd);
}
