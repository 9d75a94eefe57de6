// The bottom line: original clock, progress, n/total, speed, play state, time left.

import {progressLine} from '../../layout/present-layout.js';
import type {PresentState} from '../../state/present-state.js';
import type {Theme} from '../../theme/types.js';
import {Line} from '../line.js';

type Props = {state: PresentState; theme: Theme; width: number};

export function ProgressBar({state, theme, width}: Props) {
	return <Line {...progressLine(state, width)} width={width} theme={theme} />;
}
