// One laid-out line: roles become theme colours, the line's tone decides dim/bold/background.
import {Text} from 'ink';
import type {ScreenLine, Segment} from '../../layout/screen-line.js';
import {inkColor} from '../../theme/colors.js';
import {speakerColor} from '../../theme/speaker-colors.js';
import type {Theme} from '../../theme/types.js';

function roleColor(theme: Theme, part: Segment): string {
	const {colors} = theme;
	switch (part.role) {
		case 'title':
			return colors.header;
		case 'meta':
		case 'more':
			return colors.dim;
		case 'time':
			return colors.time;
		case 'speaker':
			return speakerColor(theme, part.speaker ?? '');
		case 'text':
			return colors.text;
		case 'link':
			return colors.link;
		case 'marker':
		case 'state':
			return colors.accent;
		case 'flood':
			return colors.flood;
		case 'bar':
			return colors.accent;
		case 'barEmpty':
			return colors.timeline;
		case 'status':
			return colors.status.fg;
		case 'border':
			return colors.border;
		default: {
			const unknown: never = part.role;
			return unknown;
		}
	}
}

type Props = {line: ScreenLine; theme: Theme};

export function ScreenLineView({line, theme}: Props) {
	const history = line.tone === 'history';
	const background = line.tone === 'status' ? inkColor(theme.colors.status.bg) : undefined;
	return (
		<Text wrap="truncate-end" bold={line.tone === 'current'} backgroundColor={background}>
			{line.segments.map((part, index) => (
				<Text
					// Segments never move, so their position is a stable key.
					// biome-ignore lint/suspicious/noArrayIndexKey: fixed order within a line
					key={index}
					color={inkColor(history ? theme.colors.dim : roleColor(theme, part))}
					bold={line.tone === 'current' || part.role === 'title' || undefined}
				>
					{part.text}
				</Text>
			))}
		</Text>
	);
}
