// The presentation screen as plain lines: title, history (dimmed), the current step, and the
// progress line. Pure, so that widths can be tested without rendering.

import {messageDate} from '../core/analysis/message-date.js';
import {
	type Reel,
	type ReelPlayback,
	type ReelStep,
	reelProgress,
	stepMessageId,
} from '../core/replay/reel.js';
import {formatDuration, formatSpeed, totalMs} from '../core/replay/replay-clock.js';
import type {Transcript} from '../core/transcript/types.js';
import {floodSummary} from './flood-summary.js';
import {layoutMessage} from './message-layout.js';
import {blankLine, fitLine, type LineTone, type ScreenLine, segment} from './screen-line.js';
import {displayWidth, truncateToWidth} from './wrap-text.js';

const indent = '  ';

/** `HH:MM:SS` of a step's clock (days past the first fold back into one day). */
export function clockTime(seconds: number): string {
	const day = ((Math.floor(seconds) % 86_400) + 86_400) % 86_400;
	const parts = [Math.floor(day / 3600), Math.floor((day % 3600) / 60), day % 60];
	return parts.map((part) => String(part).padStart(2, '0')).join(':');
}

/** The lines of one step at `width`, at most `maxLines` of them. */
export function stepScreenLines(
	transcript: Transcript,
	step: ReelStep,
	width: number,
	maxLines: number,
	tone: LineTone,
): ScreenLine[] {
	if (step.kind === 'flood') {
		const flood = transcript.floods[step.floodIndex];
		const text = flood ? floodSummary(flood, width) : '▸ …';
		return [fitLine({segments: [segment(text, 'flood')], tone}, width)];
	}
	const message = transcript.messages.get(step.id);
	if (!message) {
		return [];
	}
	const speaker = message.speaker || '(unknown)';
	const header = fitLine(
		{
			segments: [
				segment(message.time, 'time'),
				segment('  ', 'text'),
				segment(speaker, 'speaker', speaker),
			],
			tone,
		},
		width,
	);
	const bodyWidth = Math.max(1, width - indent.length);
	const body = layoutMessage(message, bodyWidth, Math.max(1, maxLines - 1)).lines.map((line) =>
		fitLine({segments: [segment(indent, 'text'), segment(line.text, line.role)], tone}, width),
	);
	return [header, ...body].slice(0, Math.max(1, maxLines));
}

/** Exactly `height` lines: older steps above (dimmed, newest lowest), the current one last. */
export function reelLines(
	state: ReelPlayback,
	transcript: Transcript,
	width: number,
	height: number,
): ScreenLine[] {
	if (height <= 0) {
		return [];
	}
	const {steps} = state.reel;
	const current = steps[state.index];
	if (!current) {
		const lines = Array.from({length: height - 1}, () => blankLine(width));
		return [
			...lines,
			fitLine({segments: [segment('Nothing to replay.', 'more')], tone: 'plain'}, width),
		];
	}
	let lines = stepScreenLines(transcript, current, width, height, 'current');
	let room = height - lines.length;
	for (let index = state.index - 1; index >= 0 && room > 1; index--) {
		const step = steps[index];
		if (!step) {
			break;
		}
		const block = stepScreenLines(transcript, step, width, height, 'history');
		// A block that does not fit whole is cut at the top, as if scrolled off the screen.
		const shown = block.slice(-(room - 1));
		lines = [...shown, blankLine(width), ...lines];
		room -= shown.length + 1;
	}
	const padding = Array.from({length: Math.max(0, room)}, () => blankLine(width));
	return [...padding, ...lines];
}

/** `Eric-Silot-SG · 19:27:56–19:35:22` on the left, `talk 1/3 · 2018-08-27` on the right. */
export function titleLine(reel: Reel, transcript: Transcript, width: number): ScreenLine {
	const extra: string[] = [];
	if (reel.talkIndex !== undefined) {
		extra.push(`talk ${reel.talkIndex + 1}/${transcript.talks.length}`);
	}
	// The talk's own day: in a history, a talk months after the first day shows its date.
	const first = reel.steps[0];
	const date = first ? messageDate(transcript, stepMessageId(first)) : transcript.meta.date;
	if (date) {
		extra.push(date);
	}
	const right = extra.length > 0 ? ` ${extra.join(' · ')}` : '';
	const rightWidth = displayWidth(right);
	const title = ` ${reel.title || transcript.meta.title || 'Replay'}`;
	if (displayWidth(title) + rightWidth > width) {
		return fitLine({segments: [segment(title, 'title')], tone: 'plain'}, width);
	}
	const gap = ' '.repeat(width - displayWidth(title) - rightWidth);
	return fitLine(
		{
			segments: [segment(title, 'title'), segment(gap, 'meta'), segment(right, 'meta')],
			tone: 'plain',
		},
		width,
	);
}

/** `19:31:18 ━━━━━──── 22/47  4x  ▶  -1:32` */
export function progressLine(state: ReelPlayback, width: number): ScreenLine {
	const {steps} = state.reel;
	const step = steps[state.index];
	const time = ` ${step ? clockTime(step.seconds) : '--:--:--'} `;
	const [through, total] = reelProgress(state.reel, state.index);
	const count = steps.length === 0 ? '0/0' : `${through}/${total}`;
	const remaining = totalMs(state.reel, state.index, state.speed, state.idleLimit);
	const icon = state.playing ? '▶' : '❚❚';
	const tail = ` ${count}  ${formatSpeed(state.speed)}  `;
	const end = `  -${formatDuration(remaining)} `;
	const fixed = displayWidth(time) + displayWidth(tail) + displayWidth(icon) + displayWidth(end);
	const barWidth = width - fixed;
	const segments = [segment(time, 'status')];
	if (barWidth >= 4) {
		const filled = total === 0 ? 0 : Math.round((barWidth * through) / total);
		segments.push(
			segment('━'.repeat(filled), 'bar'),
			segment('─'.repeat(barWidth - filled), 'barEmpty'),
		);
	}
	segments.push(segment(tail, 'status'), segment(icon, 'state'), segment(end, 'status'));
	const line: ScreenLine = {segments, tone: 'status'};
	if (barWidth >= 0) {
		return fitLine(line, width);
	}
	// Too narrow for everything: keep the count, speed and state, drop the clock.
	const short = truncateToWidth(`${count} ${formatSpeed(state.speed)} ${icon}`, width);
	return fitLine({segments: [segment(short, 'status')], tone: 'status'}, width);
}

/** The separator under the title and above the progress line (that one with the key hint). */
export function ruleLine(width: number, hint = ''): ScreenLine {
	if (hint === '' || width < 12) {
		return {segments: [segment('─'.repeat(Math.max(0, width)), 'border')], tone: 'plain'};
	}
	const text = truncateToWidth(` ${hint} `, width - 4);
	const rest = Math.max(0, width - 2 - displayWidth(text));
	const segments = [
		segment('──', 'border'),
		segment(text, 'dim'),
		segment('─'.repeat(rest), 'border'),
	];
	return {segments, tone: 'plain'};
}
