import type {Theme} from '../config/theme.js';
import type {ViewState} from '../state/view-state.js';

/** What every reader component renders from. */
export type ViewProps = {state: ViewState; theme: Theme};
