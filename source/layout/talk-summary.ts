// One line per talk for the talk list: when, how many messages (all of them, as the replay
// counts, and how many are the presenter's), and who.

import {messageDate} from '../core/analysis/message-date.js';
import {talkSize} from '../core/replay/reel.js';
import type {Talk, Transcript} from '../core/transcript/types.js';

/** `2018-08-27 19:27:56–19:35:22  22 messages, 18 by NAME` (the date only when `dated`). */
export function talkSummary(transcript: Transcript, talk: Talk, dated: boolean): string {
	const date = dated ? messageDate(transcript, talk.firstId) : '';
	const when = `${date ? `${date} ` : ''}${talk.start}–${talk.end}`;
	const size = talkSize(talk);
	return `${when}  ${size} message${size === 1 ? '' : 's'}, ${talk.count} by ${talk.speaker}`;
}
