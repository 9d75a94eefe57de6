import {chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, describe, expect, it, vi} from 'vitest';
import {
	browserCommand,
	clipboardCommands,
	copyWithTool,
	openUrl,
	osc52,
} from '../../source/io/system-actions.js';

const dir = mkdtempSync(join(tmpdir(), 'chatreel-open-'));
afterAll(() => rmSync(dir, {recursive: true, force: true}));

/** A program that writes its arguments (or its stdin) to `out`. */
function recorder(name: string, out: string, what: '"$@"' | 'stdin'): string {
	const file = join(dir, name);
	const body =
		what === 'stdin'
			? `cat > '${out}.tmp' && mv '${out}.tmp' '${out}'`
			: `printf '%s\\n' "$@" > '${out}.tmp' && mv '${out}.tmp' '${out}'`;
	writeFileSync(file, `#!/bin/sh\n${body}\n`);
	chmodSync(file, 0o755);
	return file;
}

/** The file the recorder writes, once it is there (polled, never a fixed sleep). */
async function until(file: string): Promise<string> {
	await vi.waitFor(
		() => {
			if (!existsSync(file)) throw new Error(`no ${file} yet`);
		},
		{timeout: 5000, interval: 10},
	);
	return readFileSync(file, 'utf8');
}

describe('opening a link', () => {
	it('runs $BROWSER with the URL as one argument, no shell', async () => {
		const out = join(dir, 'browser-args');
		const browser = recorder('browser', out, '"$@"');
		const url = 'https://example.com/a?b=1&c=$(touch pwned);x';
		const notice = await openUrl(url, {...process.env, BROWSER: browser}, 'linux');
		expect(notice).toMatch(/^opened https:\/\/example\.com/);
		expect(await until(out)).toBe(`${url}\n`);
		expect(existsSync(join(process.cwd(), 'pwned'))).toBe(false);
	});

	it('refuses anything but http, https and mailto', async () => {
		await expect(openUrl('javascript:alert(1)', {BROWSER: '/bin/true'}, 'linux')).rejects.toThrow(
			'only http, https and mailto links are opened',
		);
		await expect(openUrl('file:///etc/passwd', {BROWSER: '/bin/true'}, 'linux')).rejects.toThrow();
	});

	it('says so when the browser cannot start', async () => {
		await expect(
			openUrl('https://example.com', {BROWSER: join(dir, 'no-such-browser')}, 'linux'),
		).rejects.toThrow(/could not start .*no-such-browser \(set \$BROWSER\)/);
	});

	it('picks $BROWSER (with %s), else open on macOS and xdg-open elsewhere', () => {
		expect(browserCommand('https://x.y', {BROWSER: 'firefox --new-tab %s'}, 'linux')).toEqual([
			'firefox',
			'--new-tab',
			'https://x.y',
		]);
		expect(browserCommand('https://x.y', {BROWSER: 'w3m:lynx'}, 'linux')).toEqual([
			'w3m',
			'https://x.y',
		]);
		expect(browserCommand('https://x.y', {}, 'darwin')).toEqual(['open', 'https://x.y']);
		expect(browserCommand('https://x.y', {}, 'linux')).toEqual(['xdg-open', 'https://x.y']);
	});
});

describe('copying', () => {
	it('OSC 52 carries the text as base64: nothing a terminal acts on', () => {
		const sequence = osc52('退款 \u001B]0;evil\u0007');
		expect(sequence.startsWith('\u001B]52;c;')).toBe(true);
		expect(sequence.slice(7, -1)).toMatch(/^[A-Za-z0-9+/=]+$/);
		expect(Buffer.from(sequence.slice(7, -1), 'base64').toString('utf8')).toBe(
			'退款 \u001B]0;evil\u0007',
		);
	});

	it('hands the text to the first clipboard program that exists', async () => {
		const out = join(dir, 'clipboard');
		recorder('xclip', out, 'stdin');
		const env = {PATH: `${dir}:/usr/bin:/bin`, DISPLAY: ':0'};
		expect(clipboardCommands(env, 'linux')[0]).toEqual(['xclip', '-selection', 'clipboard']);
		expect(await copyWithTool('这叫退钱、退款', env, 'linux')).toBe('xclip');
		expect(await until(out)).toBe('这叫退钱、退款');
		expect(await copyWithTool('x', {PATH: dir}, 'linux')).toBeUndefined();
		expect(clipboardCommands({WAYLAND_DISPLAY: 'wayland-0'}, 'linux')).toEqual([['wl-copy']]);
		expect(clipboardCommands({}, 'darwin')).toEqual([['pbcopy']]);
	});
});
