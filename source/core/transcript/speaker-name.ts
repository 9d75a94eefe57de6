// Speaker names by the group convention `nick-company-role-city`.

import type {SpeakerName} from './types.js';

// Separators other than spaces; `－` and `—` are full-width and dash variants seen alike.
const MARKS = /[-~_―+·・－—]/;
const MARKS_SPLIT = /[-~_―+·・－—]+/;
const SPACES_SPLIT = /\s+/;

/**
 * Splits a display name into its convention parts. When the name uses any separator mark,
 * only marks separate (spaces stay inside parts: `张泽雄-民生金服 项目总监`); otherwise spaces
 * do. Empty parts are dropped; parts past the fourth join the role. A name with no
 * separator is all nick.
 */
export function splitSpeaker(name: string): SpeakerName {
	const trimmed = name.trim();
	const parts = trimmed
		.split(MARKS.test(trimmed) ? MARKS_SPLIT : SPACES_SPLIT)
		.map((part) => part.trim())
		.filter((part) => part !== '');
	if (parts.length === 0) return {nick: trimmed};
	const [nick, company, ...rest] = parts as [string, ...string[]];
	const result: SpeakerName = {nick};
	if (company !== undefined) result.company = company;
	if (rest.length === 1) result.role = rest[0]!;
	if (rest.length >= 2) {
		result.role = rest.slice(0, -1).join('-');
		result.city = rest.at(-1)!;
	}
	return result;
}

/** How many convention parts a name fills (1 to 4): group nicknames fill more than contact names. */
export function speakerParts(name: string): number {
	const parts = splitSpeaker(name);
	return (
		1 +
		Number(parts.company !== undefined) +
		Number(parts.role !== undefined) +
		Number(parts.city !== undefined)
	);
}

/**
 * Whether two names could be one member written two ways (a contact name and a group
 * nickname, or two nicknames sharing the person or the company). Two full group nicknames
 * with different people at different companies (`张三-支付宝-PM`, `李四-财付通-研发`) cannot.
 */
export function couldBeOneMember(a: string, b: string): boolean {
	const x = splitSpeaker(a);
	const y = splitSpeaker(b);
	if (x.company === undefined || y.company === undefined) return true;
	if (x.role === undefined && y.role === undefined) return true;
	const same = (p: string, q: string) => p.toLowerCase() === q.toLowerCase();
	return same(x.nick, y.nick) || same(x.company, y.company);
}
