import {stripVTControlCharacters} from 'node:util';
import {render} from 'ink-testing-library';
import {act} from 'react';
import {afterEach, beforeAll, describe, expect, it} from 'vitest';
import {buildReel} from '../../source/core/replay/reel.js';
import {storeOf} from '../../source/core/transcript/message-store.js';
import type {Transcript} from '../../source/core/transcript/types.js';
import {reelLines} from '../../source/layout/present-layout.js';
import {lineText} from '../../source/layout/screen-line.js';
import {displayWidth} from '../../source/layout/wrap-text.js';
import {
	createPresentState,
	type PresentState,
	presentReducer,
} from '../../source/state/present-state.js';
import {builtinThemes} from '../../source/theme/builtin.js';
import {Presentation} from '../../source/ui/present/Presentation.js';
import {type Row, syntheticTranscript} from '../fixtures/synthetic-transcript.js';
import {sample as loadSample} from '../helpers/sample.js';

const sample = loadSample();
const talk = buildReel(sample, {talk: 0});
const theme = builtinThemes.dark;

const at = (time: string): number => {
	const [h = 0, m = 0, s = 0] = time.split(':').map(Number);
	return h * 3600 + m * 60 + s;
};

function frameLines(frame: string | undefined): string[] {
	return stripVTControlCharacters(frame ?? '').split('\n');
}

function expectFits(frame: string | undefined, width: number, height: number) {
	const lines = frameLines(frame);
	expect(lines.length).toBeLessThanOrEqual(height);
	for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(width);
}

function show(state: PresentState, transcript: Transcript = sample, width = 80, height = 24) {
	let view: ReturnType<typeof render> | undefined;
	act(() => {
		view = render(
			<Presentation
				state={state}
				transcript={transcript}
				theme={theme}
				width={width}
				height={height}
			/>,
		);
	});
	return view!;
}

beforeAll(() => {
	(globalThis as {IS_REACT_ACT_ENVIRONMENT?: boolean}).IS_REACT_ACT_ENVIRONMENT = true;
});

let cleanup: Array<() => void> = [];
afterEach(() => {
	for (const fn of cleanup) fn();
	cleanup = [];
});

// Message 22 of the talk is the 19:31:18 one.
const atMessage22 = presentReducer(
	createPresentState(talk, {playing: true, speed: 4, idleLimit: 5}),
	{
		type: 'present/seek',
		digit: 0,
	},
);
const state22 = Array.from({length: 21}).reduce<PresentState>(
	(state) => presentReducer(state, {type: 'present/next'}),
	atMessage22,
);

describe('Presentation at 80x24', () => {
	it('shows the title, the current message, history and the progress line', () => {
		const view = show(state22);
		cleanup.push(() => act(() => view.unmount()));
		const frame = view.lastFrame();
		const lines = frameLines(frame);
		expectFits(frame, 80, 24);
		expect(lines).toHaveLength(24);
		expect(lines[0]).toContain('Eric-Silot-SG · 19:27:56–19:35:22');
		expect(lines[0]).toContain('talk 1/1 · 2018-08-27');
		const progress = lines[23] ?? '';
		expect(progress).toMatch(/^ 19:31:18 ━+─+ 22\/47 {2}4x {2}▶ {2}-\d:\d\d/);
		// The current message (19:31:18) is last in the body, with its speaker.
		const current = lines.findIndex((line) => line.startsWith('19:31:18  Eric-Silot-SG'));
		expect(current).toBeGreaterThan(2);
		expect(lines.slice(current).join('')).toContain('作为一个程序猿');
		// The previous message (19:31:09) sits above it.
		const previous = lines.findIndex((line) => line.startsWith('19:31:09  Eric-Silot-SG'));
		expect(previous).toBeGreaterThan(0);
		expect(previous).toBeLessThan(current);
		expect(lines[previous + 1]).toContain('3. 个人API开发经验');
	});

	it('dims the history and makes the current message bold', () => {
		const lines = reelLines(state22, sample, 80, 20);
		expect(lines).toHaveLength(20);
		const tones = lines.map((line) => line.tone);
		expect(tones.at(-1)).toBe('current');
		expect(tones).toContain('history');
		expect(tones.lastIndexOf('history')).toBeLessThan(tones.indexOf('current'));
		for (const line of lines) expect(displayWidth(lineText(line))).toBe(80);
	});

	it('shows the pause state and the new speed after a rerender', () => {
		const view = show(state22);
		cleanup.push(() => act(() => view.unmount()));
		const paused = presentReducer(presentReducer(state22, {type: 'present/toggle'}), {
			type: 'present/faster',
		});
		act(() => {
			view.rerender(
				<Presentation state={paused} transcript={sample} theme={theme} width={80} height={24} />,
			);
		});
		const progress = frameLines(view.lastFrame()).at(-1) ?? '';
		expect(progress).toContain('22/47  8x  ❚❚');
	});

	it('folds the evening flood into one line', () => {
		const reel = buildReel(sample, {from: at('19:20:00'), to: at('19:28:00')});
		const state = presentReducer(createPresentState(reel, {playing: false}), {type: 'present/end'});
		const view = show(state);
		cleanup.push(() => act(() => view.unmount()));
		const frame = view.lastFrame();
		expectFits(frame, 80, 24);
		const flood = frameLines(frame).find((line) => line.startsWith('▸ '));
		expect(flood).toMatch(/^▸ 签到 ×\d+ · .* — 80 people, 18:33–19:24/);
	});

	it('fits every line at every size, from the first step to the last', () => {
		for (const [width, height] of [
			[80, 24],
			[40, 12],
			[120, 40],
		] as const) {
			for (const digit of [0, 3, 6, 9]) {
				const state = presentReducer(createPresentState(talk), {type: 'present/seek', digit});
				const view = show(state, sample, width, height);
				expectFits(view.lastFrame(), width, height);
				act(() => view.unmount());
			}
		}
	});
});

describe('Presentation of hostile and odd messages', () => {
	const rows: Row[] = [
		['10:00:00', 'Ann', '退'.repeat(200_000)],
		[
			'10:00:01',
			'龚晓冬-银商账户-产品-上海-很长很长很长很长很长很长很长很长很长的名字',
			`x\u001b[31mred\u0007 ${'w'.repeat(300)}`,
		],
		['10:00:02', '', ''],
	];
	const transcript = syntheticTranscript(rows);
	const all = transcript.messages.toArray();
	all[2] = {...all[2]!, kind: 'media'};
	transcript.messages = storeOf(all);

	it('wraps, cuts and never lets an escape through', () => {
		const reel = buildReel(transcript, {from: 0, to: at('23:00:00')});
		for (const index of [0, 1, 2]) {
			let state = createPresentState(reel, {playing: false});
			for (let i = 0; i < index; i++) state = presentReducer(state, {type: 'present/next'});
			const view = show(state, transcript);
			const frame = view.lastFrame() ?? '';
			expectFits(frame, 80, 24);
			expect(frame).not.toContain('\u0007');
			expect(stripVTControlCharacters(frame)).toBe(frame);
			act(() => view.unmount());
		}
	});

	it('shows a placeholder for media and for an empty reel', () => {
		const reel = buildReel(transcript, {from: at('10:00:02'), to: at('10:00:02')});
		const view = show(createPresentState(reel), transcript);
		cleanup.push(() => act(() => view.unmount()));
		expect(view.lastFrame()).toContain('[media');
		const empty = show(createPresentState({steps: [], title: ''}), transcript);
		cleanup.push(() => act(() => empty.unmount()));
		expect(empty.lastFrame()).toContain('Nothing to replay.');
		expect(frameLines(empty.lastFrame()).at(-1)).toContain('0/0');
	});
});
