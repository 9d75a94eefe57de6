// Message texts kept once: each run of 4,096 messages is one string, with an Int32 offset per
// message into it. The open run (the last one) is a plain array until the next run starts.
// Joining copies the texts, so the decoded file they were sliced from can be collected.

const runBits = 12;
/** Messages per run. */
export const runSize = 1 << runBits;
const runMask = runSize - 1;

/**
 * Copies of `strings` that share no memory with the strings they came from (a slice of a
 * big decoded file keeps the whole file alive): one join, then slices of it.
 */
export function detach(strings: readonly string[]): string[] {
	if (strings.length === 0) return [];
	// A sentinel, so even a single string is copied rather than handed back.
	const joined = [...strings, '\u0000'].join('');
	const out: string[] = new Array(strings.length);
	let at = 0;
	for (let i = 0; i < strings.length; i++) {
		const length = strings[i]!.length;
		out[i] = joined.slice(at, at + length);
		at += length;
	}
	return out;
}

export class TextPool {
	/** Joined texts of each closed run. */
	private runs: string[] = [];
	/** Start of each message's text in its run's string (closed runs only). */
	private starts = new Int32Array(runSize);
	/** Texts of the open run. */
	private open: string[] = [];
	private size = 0;

	get length(): number {
		return this.size;
	}

	push(text: string): void {
		if (this.open.length === runSize) this.close();
		this.open.push(text);
		this.size++;
	}

	text(id: number): string {
		const run = id >>> runBits;
		if (run === this.runs.length) return this.open[id & runMask]!;
		return this.runs[run]!.slice(this.starts[id]!, this.end(id));
	}

	/** The text's length, without making a string. */
	textLength(id: number): number {
		const run = id >>> runBits;
		if (run === this.runs.length) return this.open[id & runMask]!.length;
		return this.end(id) - this.starts[id]!;
	}

	/** Keeps the first `length` texts. */
	truncate(length: number): void {
		if (length >= this.size) return;
		const run = length >>> runBits;
		if (run < this.runs.length) {
			// Back to an open run: the texts are sliced out of its string again.
			const base = run << runBits;
			const open: string[] = [];
			for (let id = base; id < length; id++) open.push(this.text(id));
			this.runs.length = run;
			this.open = open;
		} else {
			this.open.length = length & runMask;
		}
		this.size = length;
	}

	private end(id: number): number {
		return (id & runMask) === runMask ? this.runs[id >>> runBits]!.length : this.starts[id + 1]!;
	}

	private close(): void {
		const base = this.runs.length << runBits;
		if (this.starts.length < base + runSize) {
			const grown = new Int32Array(Math.max(this.starts.length * 2, base + runSize));
			grown.set(this.starts);
			this.starts = grown;
		}
		let at = 0;
		for (let i = 0; i < runSize; i++) {
			this.starts[base + i] = at;
			at += this.open[i]!.length;
		}
		this.runs.push(this.open.join(''));
		this.open = [];
	}
}
