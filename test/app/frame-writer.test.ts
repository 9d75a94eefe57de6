import xterm from '@xterm/headless';
import {describe, expect, it} from 'vitest';
import {createFrameWriter, withFrameWriter} from '../../source/app/frame-writer.js';

const clear = '\u001B[2J\u001B[3J\u001B[H';
const width = 40;
const height = 6;

/** Rows as Ink writes them: styled, closed at the end, trailing spaces trimmed. */
function styled(text: string, sgr: number, bg?: number): string {
	const open = bg === undefined ? `\u001B[${sgr}m` : `\u001B[${sgr}m\u001B[${bg}m`;
	const close = bg === undefined ? '\u001B[39m' : '\u001B[49m\u001B[39m';
	return `${open}${text}${close}`;
}

const frameA = [
	styled(' title  2018-08-27', 97),
	styled('── 19:00 ─────────', 90),
	`${styled('19:30:08', 90)} 再次强行拉回来`,
	`${styled('19:30:25', 90, 44)} 如果大家在银行做过技术`,
	'plain row',
	styled(' READING  message 1/3', 30, 47),
];
const frameB = [
	frameA[0]!,
	frameA[1]!,
	`${styled('19:30:08', 90, 44)} 再次强行拉回来，正好`,
	`${styled('19:30:25', 90)} 如果`,
	'plain row',
	styled(' READING  message 2/3', 30, 47),
];

/** The screen after `chunks`: text and colours of every cell. */
async function screenAfter(chunks: string[]): Promise<string[]> {
	// The tty turns \n into \r\n (ONLCR), as under the reader.
	const term = new xterm.Terminal({
		cols: width,
		rows: height,
		allowProposedApi: true,
		convertEol: true,
	});
	for (const chunk of chunks) await new Promise<void>((resolve) => term.write(chunk, resolve));
	const rows: string[] = [];
	const buffer = term.buffer.active;
	for (let y = 0; y < height; y++) {
		const line = buffer.getLine(y);
		let row = '';
		for (let x = 0; x < width; x++) {
			const cell = line?.getCell(x);
			row += `${cell?.getChars() || ' '}/${cell?.getFgColor()}/${cell?.getBgColor()}/${cell?.isBold()}|`;
		}
		rows.push(row);
	}
	term.dispose();
	return rows;
}

function written() {
	const chunks: string[] = [];
	const writer = createFrameWriter({
		write: (text) => {
			chunks.push(text);
			return true;
		},
	});
	return {chunks, writer};
}

describe('the frame writer', () => {
	it('passes the first redraw whole, then only the rows that changed and the last', () => {
		const {chunks, writer} = written();
		writer.write(clear + frameA.join('\n'));
		writer.write(clear + frameB.join('\n'));
		expect(chunks[0]).toBe(clear + frameA.join('\n'));
		expect(chunks[1]).toBe(
			`\u001B[3H\u001B[2K${frameB[2]}\u001B[4H\u001B[2K${frameB[3]}\u001B[6H\u001B[2K${frameB[5]}`,
		);
	});

	it('leaves the terminal as the whole redraw would, cell by cell', async () => {
		const {chunks, writer} = written();
		for (const frame of [frameA, frameB, frameA, frameB]) writer.write(clear + frame.join('\n'));
		expect(chunks.slice(1).every((chunk) => !chunk.startsWith(clear))).toBe(true);
		expect(await screenAfter(chunks)).toEqual(await screenAfter([clear + frameB.join('\n')]));
	});

	it('redraws whole when most rows changed (a scroll)', async () => {
		const {chunks, writer} = written();
		const scrolled = [frameA[0]!, ...frameA.slice(2, 5), 'new row', frameB[5]!];
		writer.write(clear + frameA.join('\n'));
		writer.write(clear + scrolled.join('\n'));
		expect(chunks[1]).toBe(clear + scrolled.join('\n'));
	});

	it('redraws whole after anything else reached the screen', () => {
		const {chunks, writer} = written();
		writer.write(clear + frameA.join('\n'));
		writer.write('\u001B[2K\u001B[1A'); // log-update erasing lines
		writer.write(clear + frameB.join('\n'));
		expect(chunks.at(-1)).toBe(clear + frameB.join('\n'));
		writer.invalidate(); // a resize cleared the screen
		writer.write(clear + frameA.join('\n'));
		expect(chunks.at(-1)).toBe(clear + frameA.join('\n'));
		writer.write(clear + frameA.slice(0, 3).join('\n')); // fewer rows
		expect(chunks.at(-1)).toBe(clear + frameA.slice(0, 3).join('\n'));
	});

	it('keeps diffing across synchronized-update and cursor writes', () => {
		const {chunks, writer} = written();
		writer.write(clear + frameA.join('\n'));
		for (const inert of ['\u001B[?2026h', '\u001B[?25l', '\u001B[?2026l']) writer.write(inert);
		writer.write(clear + frameA.join('\n'));
		expect(chunks.at(-1)).toBe(`\u001B[6H\u001B[2K${frameA[5]}`);
	});

	it('sends a synchronized update in one write', async () => {
		const {chunks, writer} = written();
		writer.write(clear + frameA.join('\n'));
		writer.write('\u001B[?2026h');
		writer.write(clear + frameB.join('\n'));
		writer.write('\u001B[?2026l');
		expect(chunks).toHaveLength(2);
		expect(chunks[1]).toMatch(/^\u001B\[\?2026h\u001B\[3H.*\u001B\[\?2026l$/s);
		// An update left open is not held past the turn that began it.
		writer.write('\u001B[?2026h');
		writer.write('\u001B[?25l');
		expect(chunks).toHaveLength(2);
		await Promise.resolve();
		expect(chunks.at(-1)).toBe('\u001B[?2026h\u001B[?25l');
	});

	it('wraps a stream: writes go through it, the rest is the stream’s', () => {
		const {chunks, writer} = written();
		const stream = {
			columns: 40,
			rows: 6,
			writes: [] as unknown[],
			write(...args: unknown[]) {
				this.writes.push(args);
				return true;
			},
			size() {
				return `${this.columns}x${this.rows}`;
			},
		};
		const wrapped = withFrameWriter(stream, writer);
		expect(wrapped.columns).toBe(40);
		expect(wrapped.size()).toBe('40x6');
		wrapped.write(clear + frameA.join('\n'));
		expect(chunks).toHaveLength(1);
		wrapped.write('x', 'utf8');
		expect(stream.writes).toEqual([['x', 'utf8']]);
	});
});
