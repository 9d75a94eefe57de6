// Type-to-find over a list of names (the speaker sidebar): a name that starts with what was
// typed, else one that holds it, else one whose pinyin spells it (`zs` finds 张三).
import {buildCharIndex} from './char-index.js';
import {lowerSameLength} from './highlight-ranges.js';
import {compilePinyinQuery, hasPinyinMatch, pinyinQuery} from './pinyin-match.js';
import {buildPinyinTable, type PinyinTable} from './pinyin-table.js';

type Names = {lower: string[]; table: PinyinTable};

const built = new WeakMap<readonly string[], Names>();

function namesOf(names: readonly string[]): Names {
	let entry = built.get(names);
	if (!entry) {
		const lower = names.map(lowerSameLength);
		const table = buildPinyinTable(buildCharIndex(lower.length, (i) => [lower[i]!]));
		entry = {lower, table};
		built.set(names, entry);
	}
	return entry;
}

/** The index of the first name matching `typed`, or -1. */
export function findName(names: readonly string[], typed: string): number {
	const query = lowerSameLength(typed.trim());
	if (query.length === 0) return -1;
	const {lower, table} = namesOf(names);
	const starts = lower.findIndex((name) => name.startsWith(query));
	if (starts >= 0) return starts;
	const holds = lower.findIndex((name) => name.includes(query));
	if (holds >= 0) return holds;
	const letters = pinyinQuery(query);
	if (!letters) return -1;
	const matcher = compilePinyinQuery(letters, table);
	return lower.findIndex((name) => hasPinyinMatch(name, matcher));
}
