import {describe, expect, it} from 'vitest';
import {supportsHyperlinks} from '../../source/ui/hyperlinks.js';

describe('supportsHyperlinks', () => {
	it('follows FORCE_HYPERLINK first, even without a terminal', () => {
		expect(supportsHyperlinks({FORCE_HYPERLINK: '1'}, false)).toBe(true);
		expect(supportsHyperlinks({FORCE_HYPERLINK: '0', TERM_PROGRAM: 'iTerm.app'}, true)).toBe(false);
	});

	it('is off without a terminal or on a dumb one', () => {
		expect(supportsHyperlinks({TERM_PROGRAM: 'ghostty'}, false)).toBe(false);
		expect(supportsHyperlinks({TERM: 'dumb', WT_SESSION: '1'}, true)).toBe(false);
	});

	it('knows tmux from 3.4 on', () => {
		expect(supportsHyperlinks({TERM_PROGRAM: 'tmux', TERM_PROGRAM_VERSION: '3.4'}, true)).toBe(
			true,
		);
		expect(supportsHyperlinks({TERM_PROGRAM: 'tmux', TERM_PROGRAM_VERSION: '3.5a'}, true)).toBe(
			true,
		);
		expect(supportsHyperlinks({TERM_PROGRAM: 'tmux', TERM_PROGRAM_VERSION: '3.3a'}, true)).toBe(
			false,
		);
	});

	it('knows the terminals that say who they are', () => {
		expect(
			supportsHyperlinks({TERM_PROGRAM: 'iTerm.app', TERM_PROGRAM_VERSION: '3.4.1'}, true),
		).toBe(true);
		expect(supportsHyperlinks({TERM_PROGRAM: 'vscode', TERM_PROGRAM_VERSION: '1.71.0'}, true)).toBe(
			false,
		);
		expect(supportsHyperlinks({VTE_VERSION: '6003'}, true)).toBe(true);
		expect(supportsHyperlinks({VTE_VERSION: '4803'}, true)).toBe(false);
		expect(supportsHyperlinks({TERM: 'xterm-kitty'}, true)).toBe(true);
		expect(supportsHyperlinks({TERM: 'xterm-256color'}, true)).toBe(false);
	});
});
