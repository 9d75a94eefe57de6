import {describe, expect, it} from 'vitest';

// Colour support is decided when chalk loads, so force it before anything imports Ink.
process.env.FORCE_COLOR = '3';
const {Box, Text, renderToString} = await import('ink');
const {themesDir} = await import('../../source/io/paths.js');
const {loadThemes} = await import('../../source/theme/load.js');
const {inkColor} = await import('../../source/theme/colors.js');
const {fitSegments} = await import('../../source/layout/screen-line.js');
const {osc8, paintLike, paintSegments, segmentStyle} = await import(
	'../../source/ui/styled-line.js'
);
type Segment = import('../../source/layout/screen-line.js').Segment;
type LineTone = import('../../source/layout/screen-line.js').LineTone;
type Theme = import('../../source/theme/types.js').Theme;

const {themes} = loadThemes({builtinDir: themesDir});

const roles = [
	'title',
	'header',
	'meta',
	'dim',
	'time',
	'speaker',
	'text',
	'link',
	'marker',
	'accent',
	'more',
	'flood',
	'bar',
	'barEmpty',
	'timeline',
	'status',
	'statusError',
	'state',
	'border',
	'bookmark',
	'warning',
	'selection',
	'match',
	'cursor',
	'cursorBar',
	'plain',
] as const;
const tones: LineTone[] = ['plain', 'current', 'history', 'status'];

/** Each role plain, bold, underlined with a link, on the cursor's row; some wide text. */
function variants(): Segment[] {
	return roles.flatMap((role): Segment[] => [
		{text: `${role} 文字`, role, speaker: 'wood-通联-技术'},
		{text: 'b', role, bold: true},
		{text: 'https://example.com/a', role, underline: true, link: 'https://example.com/a'},
		{text: ' x ', role, onCursor: true},
	]);
}

/** How the reader drew a row before rows were painted: a <Text> per segment. */
function NestedRow({parts, theme, tone}: {parts: Segment[]; theme: Theme; tone: LineTone}) {
	return (
		<Box backgroundColor={inkColor(theme.colors.background)}>
			<Text
				wrap="truncate"
				backgroundColor={tone === 'status' ? inkColor(theme.colors.status.bg) : undefined}
				bold={tone === 'current' || undefined}
			>
				{parts.map((part, index) => {
					const style = segmentStyle(theme, part, tone);
					return (
						<Text
							// biome-ignore lint/suspicious/noArrayIndexKey: a test row
							key={index}
							color={inkColor(style.color)}
							backgroundColor={inkColor(style.bg)}
							bold={style.bold || undefined}
							inverse={style.inverse}
							underline={style.underline}
						>
							{part.link ? osc8(part.link, part.text) : part.text}
						</Text>
					);
				})}
			</Text>
		</Box>
	);
}

function PaintedRow({text, theme, tone}: {text: string; theme: Theme; tone: LineTone}) {
	return (
		<Box backgroundColor={inkColor(theme.colors.background)}>
			<Text
				wrap="truncate"
				backgroundColor={tone === 'status' ? inkColor(theme.colors.status.bg) : undefined}
				bold={tone === 'current' || undefined}
			>
				{text}
			</Text>
		</Box>
	);
}

describe.each([...themes.values()].map((theme) => [theme.name, theme] as const))(
	'painting rows with %s',
	(_name, theme) => {
		it.each(tones)('paints each segment as its own <Text> would (%s tone)', (tone) => {
			for (const part of variants()) {
				const text = part.link ? osc8(part.link, part.text) : part.text;
				const painted = paintLike(text, segmentStyle(theme, part, tone), theme.colors.background);
				const expected = renderToString(<NestedRow parts={[part]} theme={theme} tone={tone} />, {
					columns: 80,
				});
				const actual = renderToString(<PaintedRow text={painted} theme={theme} tone={tone} />, {
					columns: 80,
				});
				expect(actual, `${part.role} ${JSON.stringify(part)}`).toBe(expected);
				if (theme.name === 'dark' && part.role === 'time') expect(actual).toContain('\u001B[');
			}
		});

		it.each(tones)('paints a whole row as a <Text> per segment would (%s tone)', (tone) => {
			const segments = variants().slice(0, 24);
			const width = 90;
			const fitted = fitSegments(segments, width, tone === 'status' ? 'status' : 'plain');
			const expected = renderToString(<NestedRow parts={fitted} theme={theme} tone={tone} />, {
				columns: 100,
			});
			const text = paintSegments(segments, width, theme, tone);
			const actual = renderToString(<PaintedRow text={text} theme={theme} tone={tone} />, {
				columns: 100,
			});
			expect(actual).toBe(expected);
		});
	},
);
