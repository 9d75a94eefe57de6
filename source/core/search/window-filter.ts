// A cheap necessary condition for a fuse.js (Bitap) match: an alignment of a pattern of
// length m with at most e edits lies in a stretch of at most m + e characters and pairs at
// least m - e pattern characters with equal text characters. So some window of m + e
// characters must hold m - e of the pattern's characters (counted with multiplicity).

export type WindowFilter = {
	pattern: Int16Array;
	window: Int16Array;
	width: number;
	need: number;
};

export function createWindowFilter(pattern: string, errors: number): WindowFilter {
	const counts = new Int16Array(0x10000);
	for (let i = 0; i < pattern.length; i++) {
		const code = pattern.charCodeAt(i);
		counts[code] = counts[code]! + 1;
	}
	return {
		pattern: counts,
		window: new Int16Array(0x10000),
		width: pattern.length + errors,
		need: pattern.length - errors,
	};
}

export function mayMatch(filter: WindowFilter, value: string): boolean {
	const {pattern, window, width, need} = filter;
	let held = 0;
	let found = false;
	let j = 0;
	for (; j < value.length && !found; j++) {
		const code = value.charCodeAt(j);
		if (pattern[code]! > 0) {
			if (window[code]! < pattern[code]!) held++;
			window[code] = window[code]! + 1;
		}
		if (j >= width) {
			const gone = value.charCodeAt(j - width);
			if (pattern[gone]! > 0) {
				window[gone] = window[gone]! - 1;
				if (window[gone]! < pattern[gone]!) held--;
			}
		}
		if (held >= need) found = true;
	}
	// Only the last `width` characters can still be counted: clear just those.
	for (let i = Math.max(0, j - width - 1); i < j; i++) window[value.charCodeAt(i)] = 0;
	return found;
}
