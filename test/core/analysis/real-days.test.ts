import {describe, expect, it} from 'vitest';
import {readLabels, scoreDay, summarise} from './real-days-score.js';

// chatreel is judged on real days it has never seen: these labelled days (read and labelled
// by hand, see test/fixtures/real-days/README.md) keep the analysis honest.
const labels = readLabels();
const scores = labels.map(scoreDay);
const total = summarise(scores);

describe('talks and floods on labelled real days', () => {
	it('has a labelled set worth the name', () => {
		expect(total.days).toBeGreaterThanOrEqual(20);
		expect(total.talks.labelled).toBeGreaterThanOrEqual(8);
		expect(total.floods.labelled).toBeGreaterThanOrEqual(5);
	});

	it('reports what it found and invented', () => {
		const lines = scores
			.filter(
				(s) =>
					s.talks.missed.length +
						s.talks.extra.length +
						s.talks.split.length +
						s.floods.missed.length +
						s.floods.extra.length >
					0,
			)
			.map(
				(s) =>
					`${s.file}: talks missed [${s.talks.missed.join('; ')}] invented [${s.talks.extra.join('; ')}] not whole [${s.talks.split.join('; ')}]; floods missed [${s.floods.missed.join('; ')}] invented [${s.floods.extra.join('; ')}]`,
			);
		console.log(
			[
				`real days: ${total.days}`,
				`talks: found ${total.talks.found}/${total.talks.labelled} (${total.talks.whole} whole), invented ${total.talks.invented}`,
				`floods: found ${total.floods.found}/${total.floods.labelled}, invented ${total.floods.invented}`,
				...lines,
			].join('\n'),
		);
		expect(lines.length).toBeGreaterThanOrEqual(0);
	});

	it('finds at least 90% of the labelled talks and invents at most one per ten days', () => {
		expect(total.talks.found / total.talks.labelled).toBeGreaterThanOrEqual(0.9);
		expect(total.talks.invented).toBeLessThanOrEqual(Math.floor(total.days / 10));
	});

	it('finds at least 90% of the labelled floods and invents at most one per ten days', () => {
		expect(total.floods.found / total.floods.labelled).toBeGreaterThanOrEqual(0.9);
		expect(total.floods.invented).toBeLessThanOrEqual(Math.floor(total.days / 10));
	});
});
