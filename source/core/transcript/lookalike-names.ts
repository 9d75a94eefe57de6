// Names that look the same once invisible characters are removed: one diagnostic each.

import {withoutInvisible} from './sanitize.js';
import type {Diagnostic, Message} from './types.js';

export type LookalikeNames = {
	/** The next message in file order. */
	add(message: Message): void;
	/** One diagnostic per lookalike name so far, in file order. */
	readonly diagnostics: Diagnostic[];
};

export function createLookalikeNames(): LookalikeNames {
	const seen = new Map<string, string>();
	const diagnostics: Diagnostic[] = [];
	const reported = new Set<string>();
	const bareOf = new Map<string, string>();
	return {
		add(m) {
			let bare = bareOf.get(m.rawSpeaker);
			if (bare === undefined) {
				bare = withoutInvisible(m.rawSpeaker);
				bareOf.set(m.rawSpeaker, bare);
			}
			if (bare === m.rawSpeaker && !seen.has(bare)) {
				seen.set(bare, m.speaker);
				return;
			}
			const first = seen.get(bare);
			if (first === undefined) seen.set(bare, m.speaker);
			else if (first !== m.speaker && !reported.has(m.speaker)) {
				reported.add(m.speaker);
				diagnostics.push({
					line: m.line,
					problem: `speaker "${m.speaker}" differs from "${first}" only by invisible characters`,
				});
			}
		},
		diagnostics,
	};
}

export function lookalikeNames(messages: readonly Message[]): Diagnostic[] {
	const names = createLookalikeNames();
	for (const m of messages) names.add(m);
	return names.diagnostics;
}
