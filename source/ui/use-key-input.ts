import {useInput} from 'ink';
import {useCallback} from 'react';
import {type InkKey, keyNames} from '../input/key-names.js';
import {parseMouse} from '../input/mouse.js';
import type {Action} from '../state/reducer.js';

/**
 * One useInput for the whole app; the reducer resolves each key of a burst in turn. Ink hands
 * a mouse report over as one input event: it becomes a mouse action, never keys.
 */
export function useKeyInput(dispatch: (action: Action) => void, active = true): void {
	const handler = useCallback(
		(input: string, key: InkKey) => {
			const mouse = parseMouse(input);
			if (mouse !== undefined) {
				if (mouse) dispatch({type: 'mouse', event: mouse});
				return;
			}
			const keys = keyNames(input, key);
			if (keys.length > 0) dispatch({type: 'keys', keys});
		},
		[dispatch],
	);
	useInput(handler, {isActive: active});
}
