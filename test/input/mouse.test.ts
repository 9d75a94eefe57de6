import {describe, expect, it} from 'vitest';
import {mouseOff, mouseOn, parseMouse} from '../../source/input/mouse.js';

describe('SGR mouse reports', () => {
	it('reads wheel notches and left clicks, 0-based, with or without the ESC', () => {
		expect(parseMouse('[<65;10;5M')).toEqual({kind: 'wheel-down', x: 9, y: 4});
		expect(parseMouse('\u001B[<64;1;1M')).toEqual({kind: 'wheel-up', x: 0, y: 0});
		expect(parseMouse('[<0;30;7M')).toEqual({kind: 'click', x: 29, y: 6});
		// With shift or ctrl held it is still the wheel.
		expect(parseMouse('[<69;3;3M')).toEqual({kind: 'wheel-down', x: 2, y: 2});
	});

	it('swallows releases, drags and other buttons, and leaves keys alone', () => {
		expect(parseMouse('[<0;30;7m')).toBeNull();
		expect(parseMouse('[<32;30;7M')).toBeNull();
		expect(parseMouse('[<2;30;7M')).toBeNull();
		expect(parseMouse('[')).toBeUndefined();
		expect(parseMouse('[<')).toBeUndefined();
		expect(parseMouse('j')).toBeUndefined();
	});

	it('turns on button, drag and SGR reporting, and off in the reverse order', () => {
		expect(mouseOn).toBe('\u001B[?1000h\u001B[?1002h\u001B[?1006h');
		expect(mouseOff).toBe('\u001B[?1006l\u001B[?1002l\u001B[?1000l');
	});
});
