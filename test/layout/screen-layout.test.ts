import {describe, expect, it} from 'vitest';
import {screenLayout} from '../../source/layout/screen-layout.js';

const plain = {sidebar: false, sidebarWidth: 24, inputLine: false};

describe('screenLayout', () => {
	it('gives the pane every row but the header, timeline and status bar', () => {
		const layout = screenLayout(80, 24, plain);
		expect(layout.paneHeight).toBe(21);
		expect(layout.paneWidth).toBe(80);
		expect(layout.timeWidth + 1 + layout.speakerWidth + 3 + layout.textWidth).toBe(80);
	});

	it('takes a row for the input line', () => {
		expect(screenLayout(80, 24, {...plain, inputLine: true}).paneHeight).toBe(20);
	});

	it('narrows the pane by the sidebar, never past half the screen', () => {
		const wide = screenLayout(120, 40, {...plain, sidebar: true});
		expect(wide.sidebarWidth).toBe(24);
		expect(wide.paneWidth).toBe(96);
		expect(screenLayout(40, 12, {...plain, sidebar: true}).sidebarWidth).toBe(20);
	});

	it('says when the terminal is below 40x12', () => {
		expect(screenLayout(40, 12, plain).tooSmall).toBe(false);
		expect(screenLayout(39, 12, plain).tooSmall).toBe(true);
		expect(screenLayout(40, 11, plain).tooSmall).toBe(true);
	});
});
