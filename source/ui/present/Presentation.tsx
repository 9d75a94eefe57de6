// The presentation view: renders a PresentState; keys and the timer live elsewhere.
import {Box} from 'ink';
import {useMemo} from 'react';
import type {Transcript} from '../../core/transcript/types.js';
import {reelLines, ruleLine, titleLine} from '../../layout/present-layout.js';
import type {PresentState} from '../../state/present-state.js';
import type {Theme} from '../../theme/types.js';
import {Line} from '../line.js';
import {ProgressBar} from './ProgressBar.js';

export type PresentationProps = {
	state: PresentState;
	transcript: Transcript;
	theme: Theme;
	width: number;
	height: number;
};

/** Title and rule above, the reel in the middle, a rule and the progress line below. */
const chromeLines = 4;

export function Presentation({state, transcript, theme, width, height}: PresentationProps) {
	const safeWidth = Math.max(1, Math.floor(width));
	const bodyHeight = Math.max(0, Math.floor(height) - chromeLines);
	const body = useMemo(
		() => reelLines(state, transcript, safeWidth, bodyHeight),
		[state, transcript, safeWidth, bodyHeight],
	);
	const rule = ruleLine(safeWidth);
	return (
		<Box flexDirection="column" width={safeWidth} height={Math.max(1, Math.floor(height))}>
			<Line {...titleLine(state.reel, transcript, safeWidth)} width={safeWidth} theme={theme} />
			<Line {...rule} width={safeWidth} theme={theme} />
			{body.map((line, index) => (
				// biome-ignore lint/suspicious/noArrayIndexKey: rows of a fixed-height screen
				<Line key={index} {...line} width={safeWidth} theme={theme} />
			))}
			<Line {...rule} width={safeWidth} theme={theme} />
			<ProgressBar state={state} theme={theme} width={safeWidth} />
		</Box>
	);
}
