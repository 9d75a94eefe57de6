import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {keymap} from '../../source/input/keymap-table.js';
import {displayWidth} from '../../source/layout/wrap-text.js';
import {keySequence, renderReader} from '../helpers/render-reader.js';
import {sample} from '../helpers/sample.js';

// Whatever keys arrive at whatever size, no frame line is wider than the terminal and the
// frame is never taller than it.

const everyKey = [...new Set(keymap.flatMap((binding) => binding.keys))].filter(
	(key) => key !== 'q' && key !== 'ctrl-c',
);

describe('frames under random keys', () => {
	it('always fit the terminal', async () => {
		await fc.assert(
			fc.asyncProperty(
				fc.integer({min: 40, max: 140}),
				fc.integer({min: 12, max: 45}),
				fc.array(fc.constantFrom(...everyKey), {maxLength: 12}),
				async (width, height, keys) => {
					const reader = await renderReader(sample(), {width, height, init: {sidebar: true}});
					try {
						for (const key of keys) {
							await reader.write(keySequence(key));
							const lines = reader.lines();
							expect(lines.length).toBeLessThanOrEqual(height);
							for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(width);
						}
					} finally {
						reader.unmount();
					}
				},
			),
			{numRuns: 15},
		);
	}, 90_000);
});
