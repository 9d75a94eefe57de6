import type {Flood} from './types.js';

/** `签到 ×80 · 收到 ×3 — 86 people, 18:33–19:24`: one line for a whole flood. */
export function floodSummary(flood: Flood, maxTokens = 4): string {
	const shown = flood.tokens.slice(0, maxTokens).map((t) => `${t.token} ×${t.count}`);
	const others = flood.tokens.length - shown.length;
	if (others > 0) shown.push(`${others} more`);
	const people = `${flood.people} ${flood.people === 1 ? 'person' : 'people'}`;
	return `${shown.join(' · ')} — ${people}, ${flood.start.slice(0, 5)}–${flood.end.slice(0, 5)}`;
}
