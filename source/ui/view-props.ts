import type {ViewState} from '../state/view-state.js';
import type {Theme} from '../theme/types.js';

/** What every reader component renders from. */
export type ViewProps = {state: ViewState; theme: Theme};
