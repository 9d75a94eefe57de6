import {useInput} from 'ink';
import {useCallback} from 'react';
import {type InkKey, keyNames} from '../input/key-names.js';
import type {Action} from '../state/reducer.js';

/** One useInput for the whole app; the reducer resolves each key of a burst in turn. */
export function useKeyInput(dispatch: (action: Action) => void, active = true): void {
	const handler = useCallback(
		(input: string, key: InkKey) => {
			const keys = keyNames(input, key);
			if (keys.length > 0) dispatch({type: 'keys', keys});
		},
		[dispatch],
	);
	useInput(handler, {isActive: active});
}
