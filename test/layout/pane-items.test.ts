// A followed chat extends its pane: the same items as laying the whole transcript out again.
import fs from 'node:fs';
import {describe, expect, it} from 'vitest';
import {createLiveTranscript} from '../../source/core/transcript/live-transcript.js';
import type {Transcript} from '../../source/core/transcript/types.js';
import {
	buildPane,
	extendMembership,
	extendPane,
	floodMembership,
	type PaneOptions,
} from '../../source/layout/pane-items.js';
import {samplePath} from '../helpers/sample.js';

const text = fs.readFileSync(samplePath, 'utf8');

/** The transcript after each appended piece, as following a file shows it. */
function liveSteps(): Transcript[] {
	const live = createLiveTranscript({});
	const steps: Transcript[] = [];
	let at = 0;
	let size = 40;
	while (at < text.length) {
		live.push(text.slice(at, at + size));
		at += size;
		size = (size * 5 + 17) % 1700;
		steps.push(live.transcript());
	}
	live.end();
	steps.push(live.transcript());
	return steps;
}

const steps = liveSteps();
const busiest = steps.at(-1)?.speakers[0]?.name ?? '';

const variants: Record<string, (t: Transcript) => PaneOptions> = {
	plain: () => ({folded: new Set()}),
	folded: (t) => ({folded: new Set(t.floods.map((_, index) => index))}),
	'no acknowledgements': (t) => ({folded: new Set(t.floods.map((_, i) => i)), hideAcks: true}),
	'one speaker': () => ({folded: new Set(), speakers: [busiest]}),
};

describe('extending the pane of a followed chat', () => {
	it.each(Object.keys(variants))('gives the items a whole layout gives (%s)', (name) => {
		const optionsOf = variants[name]!;
		let before = steps[0]!;
		let membership = floodMembership(before);
		let pane = buildPane(before, optionsOf(before), membership);
		for (const transcript of steps.slice(1)) {
			const options = optionsOf(transcript);
			membership = extendMembership(membership, before, transcript);
			expect(membership).toEqual(floodMembership(transcript));
			pane = extendPane(pane, before, transcript, options, membership);
			const whole = buildPane(transcript, options);
			expect(pane.items.toArray()).toEqual(whole.items.toArray());
			expect(pane.itemOfMessage).toEqual(whole.itemOfMessage);
			before = transcript;
		}
		expect(before.messages.length).toBeGreaterThan(400);
	});
});
