// The bottom line: original clock, progress, n/total, speed, play state, time left.
import type {Theme} from '../../config/theme.js';
import type {PresentState} from '../../state/present-state.js';
import {progressLine} from './present-layout.js';
import {ScreenLineView} from './ScreenLineView.js';

type Props = {state: PresentState; theme: Theme; width: number};

export function ProgressBar({state, theme, width}: Props) {
	return <ScreenLineView line={progressLine(state, width)} theme={theme} />;
}
