import type {Flood} from '../core/transcript/types.js';
import {displayWidth, truncateToWidth} from './wrap-text.js';

/** `▸ 签到 ×80 · 收到 ×3 — 86 people, 18:33–19:24`, cutting the tokens first when narrow. */
export function floodSummary(flood: Flood, width = Number.POSITIVE_INFINITY, arrow = '▸'): string {
	const tokens = `${arrow} ${flood.tokens.map((t) => `${t.token} ×${t.count}`).join(' · ')}`;
	const people = `${flood.people} ${flood.people === 1 ? 'person' : 'people'}`;
	const tail = ` — ${people}, ${flood.start.slice(0, 5)}–${flood.end.slice(0, 5)}`;
	const room = width - displayWidth(tail);
	if (!Number.isFinite(width) || displayWidth(tokens) <= room) {
		return tokens + tail;
	}
	return room >= 6 ? truncateToWidth(tokens, room) + tail : truncateToWidth(tokens + tail, width);
}
