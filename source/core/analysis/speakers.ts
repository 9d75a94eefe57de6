// Who spoke, and how much.
import type {MessageStore} from '../transcript/message-store.js';
import type {SpeakerStat} from '../transcript/types.js';

/**
 * Messages per speaker, sorted by count (descending), then name. `aliases` maps an alias to
 * its canonical name (doubled days); a message still under an alias counts for the
 * canonical name, and each canonical name lists its aliases. O(n + s log s).
 */
export function speakerStats(
	messages: MessageStore,
	aliases: Record<string, string>,
): SpeakerStat[] {
	// Counted by name id first: one map lookup per name, not per message.
	const {names} = messages.columns;
	const byId = new Int32Array(names.length);
	for (let position = 0; position < messages.length; position++) {
		byId[messages.speakerIdOf(position)]!++;
	}
	const counts = new Map<string, number>();
	byId.forEach((count, id) => {
		if (count === 0) return;
		const name = canonical(names[id]!, aliases);
		counts.set(name, (counts.get(name) ?? 0) + count);
	});
	const aliasesOf = new Map<string, string[]>();
	for (const [alias, name] of Object.entries(aliases)) {
		if (alias === name || !counts.has(name)) continue;
		const list = aliasesOf.get(name);
		if (list) list.push(alias);
		else aliasesOf.set(name, [alias]);
	}
	return [...counts]
		.map(([name, count]) => ({name, count, aliases: (aliasesOf.get(name) ?? []).sort(compare)}))
		.sort((a, b) => b.count - a.count || compare(a.name, b.name));
}

function canonical(speaker: string, aliases: Record<string, string>): string {
	// Object.hasOwn: a speaker may well be called `constructor` or `__proto__`.
	const name = Object.hasOwn(aliases, speaker) ? aliases[speaker] : undefined;
	return typeof name === 'string' ? name : speaker;
}

/** Code-unit order: stable across machines and locales. */
function compare(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}
