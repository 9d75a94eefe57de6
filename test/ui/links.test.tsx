import {describe, expect, it} from 'vitest';
import {buildTranscript} from '../../source/core/transcript/build.js';
import {layoutMessage} from '../../source/layout/message-layout.js';
import {initialState} from '../../source/state/view-state.js';
import {linkTarget, maxLinkTarget} from '../../source/ui/hyperlinks.js';
import {messageRows} from '../../source/ui/MessageRows.js';

const utf8 = {encoding: 'utf-8', badSequences: 0};

function linkSpans(url: string) {
	const transcript = buildTranscript(`> 10:00:00  a\n[title](${url})`, utf8);
	const message = transcript.messages.get(0)!;
	expect(message.url).toBe(url);
	const state = initialState(transcript, {
		width: 100,
		height: 30,
		themeName: 'dark',
	});
	const rows = messageRows(
		message,
		{layout: state.layout, maxLines: 10, hyperlinks: true},
		{selected: false, bookmarked: false, ranges: [], speakerRanges: [], spotlight: false},
	);
	return rows.flat().filter((span) => span.underline);
}

describe('links', () => {
	it.each(['http://example.com/a', 'https://example.com/b?c=d', 'mailto:someone@example.com'])(
		'makes %s clickable',
		(url) => {
			expect(linkSpans(url).map((span) => span.link)).toEqual([url]);
		},
	);

	it.each([
		'javascript:alert(1)',
		'data:text/html,<script>alert(1)</script>',
		'file:///etc/passwd',
		'ssh://host/x',
		'vbscript:msgbox',
		'HTTP:evil',
	])('shows %s as text only', (url) => {
		const spans = linkSpans(url);
		expect(spans.map((span) => span.text)).toEqual([url]);
		expect(spans[0]?.link).toBeUndefined();
	});

	it(`does not make a URL longer than ${maxLinkTarget} characters clickable`, () => {
		const url = `https://example.com/${'a'.repeat(maxLinkTarget)}`;
		expect(linkTarget(url)).toBeUndefined();
		expect(linkTarget(url.slice(0, maxLinkTarget))).toBe(url.slice(0, maxLinkTarget));
	});

	it('percent-encodes what is not printable ASCII in a target', () => {
		expect(linkTarget('https://例子.com/a b')).toBe('https://%E4%BE%8B%E5%AD%90.com/a%20b');
	});

	it('lays out only the part of a megabyte URL that fits', () => {
		const url = `https://example.com/${'x'.repeat(1_000_000)}`;
		const transcript = buildTranscript(`> 10:00:00  a\n[t](${url})`, utf8);
		const lines = layoutMessage(transcript.messages.get(0)!, 60, 10).lines;
		const link = lines.find((line) => line.role === 'link');
		expect(link?.text).toHaveLength(60);
		expect(link?.text.endsWith('…')).toBe(true);
	});
});
