// Only the rows that changed reach the terminal. Ink redraws the whole screen whenever its
// output fills the terminal (clear, then every row), whatever `incrementalRendering` says; the
// reader always fills it. This stream sits between Ink and stdout and turns such a redraw into
// the rows that differ from the last one, each rewritten in place, when they are few.

const clearTerminal = '\u001B[2J\u001B[3J\u001B[H';
const beginUpdate = '\u001B[?2026h';
const endUpdate = '\u001B[?2026l';

/** What Ink writes around frames that moves nothing on screen: passed on as they are. */
const inert = new Set([beginUpdate, endUpdate, '\u001B[?25l', '\u001B[?25h', '']);

type Sink = {write(text: string): boolean};

export type FrameWriter = {
	/** Writes `text`, a whole-screen redraw as only its changed rows. */
	write(text: string): boolean;
	/** Something else drew on the screen (a resize cleared it): the next redraw is whole. */
	invalidate(): void;
};

export function createFrameWriter(out: Sink): FrameWriter {
	let shown: string[] | undefined;
	/** A synchronized update being gathered, to reach the terminal in one write. */
	let pending: string | undefined;

	/** What reaches the terminal for `text`. */
	const bytesFor = (text: string): string => {
		if (!text.startsWith(clearTerminal)) {
			if (!inert.has(text)) shown = undefined;
			return text;
		}
		const rows = text.slice(clearTerminal.length).split('\n');
		const before = shown;
		shown = rows;
		if (!before || before.length !== rows.length) return text;
		const last = rows.length - 1;
		const changed: number[] = [];
		for (let row = 0; row < last; row++) if (rows[row] !== before[row]) changed.push(row);
		// A scroll changes every row: the whole redraw is no bigger, and a terminal that shows
		// it before the end (no synchronized output) shows old rows blank, not mixed.
		if (changed.length > rows.length / 2) return text;
		// The last row always goes out: the cursor ends where a whole redraw leaves it. Each row
		// ends with its styles closed: erasing it erases to the default background.
		changed.push(last);
		return changed.map((row) => `\u001B[${row + 1}H\u001B[2K${rows[row]}`).join('');
	};
	const flush = () => {
		if (pending === undefined) return;
		const text = pending;
		pending = undefined;
		out.write(text);
	};

	return {
		write(text) {
			if (text === beginUpdate && pending === undefined) {
				// Ink writes the update's end in the same turn; never hold output past it.
				pending = text;
				queueMicrotask(flush);
				return true;
			}
			if (pending === undefined) return out.write(bytesFor(text));
			pending += bytesFor(text);
			if (text === endUpdate) flush();
			return true;
		},
		invalidate() {
			shown = undefined;
		},
	};
}

/** `stream` with its write going through `writer`; everything else is the stream's own. */
export function withFrameWriter<T extends Sink>(stream: T, writer: FrameWriter): T {
	const write = (chunk: unknown, ...rest: unknown[]) => {
		if (typeof chunk === 'string' && rest.length === 0) return writer.write(chunk);
		writer.invalidate();
		return (stream.write as (...args: unknown[]) => boolean)(chunk, ...rest);
	};
	// Ink reads the stream's methods at every frame: each is bound once, not at every read.
	const bound = new Map<PropertyKey, {from: unknown; to: unknown}>();
	return new Proxy(stream, {
		get(target, property) {
			if (property === 'write') return write;
			const value = Reflect.get(target, property, target);
			if (typeof value !== 'function') return value;
			const known = bound.get(property);
			if (known?.from === value) return known.to;
			const to = value.bind(target);
			bound.set(property, {from: value, to});
			return to;
		},
	});
}
