// Doubled days: two merged exports list each message twice, at the same second with the
// same body, under two names of one member. Fold them back to one message per post.

import {isKnownAck} from '../analysis/acknowledgements.js';
import {MessageColumns, type MessageStore, viewOf} from './message-store.js';
import {couldBeOneMember, speakerParts} from './speaker-name.js';
import type {Message} from './types.js';

// Two names are one member when they post the same body in the same second for at least
// half the messages of the name that posted fewer, and at least MIN_PAIRED of those shared
// bodies are distinctive (a text or link of DISTINCTIVE_CHARS or more that is not a known
// acknowledgement): a strong pair.
// On a doubled day (strong pairs hold at least DOUBLED_SHARE of all messages), one
// distinctive shared body is enough when it covers half the messages of both names, since
// names used once or twice are common there. Short acknowledgements (`收到`, `[强]`) are never
// evidence, so two people's identical `收到` in one second never fold them together.
const MIN_PAIRED = 3;
const DOUBLED_SHARE = 0.25;
const DISTINCTIVE_CHARS = 4;

const pairKey = (a: string, b: string): string => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);

/** Runs of messages at the same clock second, each split into buckets of identical raw bodies. */
function sameSecondBuckets(messages: MessageStore): number[][] {
	const buckets: number[][] = [];
	let i = 0;
	while (i < messages.length) {
		let end = i + 1;
		const seconds = messages.secondsOf(i);
		while (end < messages.length && messages.secondsOf(end) === seconds) end++;
		if (end - i > 1) {
			const byRaw = new Map<string, number[]>();
			for (let j = i; j < end; j++) {
				const raw = messages.rawOf(j);
				const list = byRaw.get(raw);
				if (list) list.push(j);
				else byRaw.set(raw, [j]);
			}
			for (const list of byRaw.values()) if (list.length > 1) buckets.push(list);
		}
		i = end;
	}
	return buckets;
}

type Pair = {a: string; b: string; n: number; distinctive: number};

function isDistinctive(messages: MessageStore, position: number): boolean {
	return distinctive(
		messages.kindOf(position),
		messages.rawOf(position),
		messages.textOf(position),
	);
}

function distinctive(kind: Message['kind'], raw: string, text: string): boolean {
	if (kind !== 'text' && kind !== 'link') return false;
	let chars = 0;
	for (const _ of raw.trim()) if (++chars >= DISTINCTIVE_CHARS) break;
	return chars >= DISTINCTIVE_CHARS && !isKnownAck(text);
}

/** The group nickname: more convention parts, then longer, then the first in code order. */
function better(a: string, b: string): string {
	const byParts = speakerParts(a) - speakerParts(b);
	if (byParts !== 0) return byParts > 0 ? a : b;
	const byLength = Array.from(a).length - Array.from(b).length;
	if (byLength !== 0) return byLength > 0 ? a : b;
	return a < b ? a : b;
}

/**
 * Names that stand for one member: alias → canonical; `paired` when two names that could be
 * one member share a distinctive body in one second (no alias without such a pair).
 */
function findAliases(
	messages: MessageStore,
	buckets: number[][],
): {aliases: Record<string, string>; paired: boolean} {
	const counts = new Map<string, number>();
	for (let i = 0; i < messages.length; i++) {
		const speaker = messages.speakerOf(i);
		counts.set(speaker, (counts.get(speaker) ?? 0) + 1);
	}
	const paired = new Map<string, Pair>();
	for (const bucket of buckets) {
		// Each pair of names counts once per bucket; the blank name is never folded.
		const names = [...new Set(bucket.map((j) => messages.speakerOf(j)))].filter((s) => s !== '');
		if (names.length > 8) continue;
		const distinctive = isDistinctive(messages, bucket[0]!) ? 1 : 0;
		for (let x = 0; x < names.length; x++) {
			for (let y = x + 1; y < names.length; y++) {
				const key = pairKey(names[x]!, names[y]!);
				const entry = paired.get(key);
				if (entry) {
					entry.n++;
					entry.distinctive += distinctive;
				} else paired.set(key, {a: names[x]!, b: names[y]!, n: 1, distinctive});
			}
		}
	}
	// Union-find over the pairs that hold, so a member with three names folds to one.
	const parent = new Map<string, string>();
	const find = (s: string): string => {
		let root = s;
		while (parent.has(root) && parent.get(root) !== root) root = parent.get(root)!;
		return root;
	};
	const strong = (p: Pair): boolean =>
		p.distinctive >= MIN_PAIRED && p.n * 2 >= Math.min(counts.get(p.a) ?? 0, counts.get(p.b) ?? 0);
	let anyPair = false;
	for (const p of paired.values()) {
		if (p.distinctive > 0 && couldBeOneMember(p.a, p.b)) anyPair = true;
	}
	let strongMessages = 0;
	for (const p of paired.values()) if (strong(p)) strongMessages += 2 * p.n;
	const doubledDay = strongMessages >= messages.length * DOUBLED_SHARE;
	const weak = (p: Pair): boolean =>
		doubledDay &&
		p.distinctive > 0 &&
		p.n * 2 >= Math.max(counts.get(p.a) ?? 0, counts.get(p.b) ?? 0);
	for (const p of paired.values()) {
		if (!strong(p) && !weak(p)) continue;
		const {a, b} = p;
		if (!couldBeOneMember(a, b)) continue;
		const [ra, rb] = [find(a), find(b)];
		if (ra === rb) continue;
		const root = better(ra, rb);
		parent.set(ra, root);
		parent.set(rb, root);
	}
	const aliases: Record<string, string> = {};
	for (const name of parent.keys()) {
		const root = find(name);
		if (root !== name) aliases[name] = root;
	}
	return {aliases, paired: anyPair};
}

/**
 * Folds doubled messages. Within one second and one body, the messages of one member
 * keep as many copies as the member's most frequent name posted there (a member who
 * really posted `[强]` twice keeps two), preferring the copies under the canonical name;
 * kept copies show the canonical name. Ids are renumbered (new columns); a day that is not
 * doubled comes back as it is.
 */
export function foldDoubledDays(messages: MessageStore): {
	messages: MessageStore;
	aliases: Record<string, string>;
	folded: number;
	/** Some names could pair (see pairsAfter): messages appended later may fold. */
	paired: boolean;
} {
	const buckets = sameSecondBuckets(messages);
	const {aliases, paired} = findAliases(messages, buckets);
	if (Object.keys(aliases).length === 0) return {messages, aliases, folded: 0, paired};
	// Object.hasOwn: a name like `__proto__` must not read the prototype.
	const canonical = (name: string): string =>
		Object.hasOwn(aliases, name) ? aliases[name]! : name;
	const dropped = new Set<number>();
	for (const bucket of buckets) {
		const members = new Map<string, number[]>();
		for (const j of bucket) {
			const member = canonical(messages.speakerOf(j));
			const list = members.get(member);
			if (list) list.push(j);
			else members.set(member, [j]);
		}
		for (const [member, list] of members) {
			if (list.length < 2) continue;
			const perName = new Map<string, number>();
			for (const j of list) {
				const speaker = messages.speakerOf(j);
				perName.set(speaker, (perName.get(speaker) ?? 0) + 1);
			}
			if (perName.size < 2) continue;
			const keep = Math.max(...perName.values());
			const order = [...list].sort(
				(p, q) =>
					Number(messages.speakerOf(p) !== member) - Number(messages.speakerOf(q) !== member) ||
					p - q,
			);
			for (const j of order.slice(keep)) dropped.add(j);
		}
	}
	const out = new MessageColumns();
	const {columns, offset} = messages;
	for (let j = 0; j < messages.length; j++) {
		if (dropped.has(j)) continue;
		out.appendFrom(columns, offset + j, 0, canonical(messages.speakerOf(j)));
	}
	// The folded copies are not acknowledgements until the snapshot says so.
	out.setAcks(0, new Uint8Array(out.length));
	return {messages: viewOf(out), aliases, folded: dropped.size, paired};
}

/** Same-second messages looked back at; past this, pairsAfter says yes to be safe. */
const SAME_SECOND_LOOK = 64;

/**
 * Whether a message from position `from` on (or `next`, one more after them) shares a
 * distinctive body in its second with an earlier one under another name that could be the
 * same member. Without such a pair foldDoubledDays finds no alias (and appended messages
 * only make aliases harder), so a followed day that had none can take appended messages
 * as they are; with one, it must be folded again whole.
 */
export function pairsAfter(messages: MessageStore, from: number, next?: Message): boolean {
	const pairs = (before: number, seconds: number, speaker: string, raw: string): boolean => {
		for (let j = before - 1, seen = 0; j >= 0 && messages.secondsOf(j) === seconds; j--) {
			if (++seen > SAME_SECOND_LOOK) return true;
			const other = messages.speakerOf(j);
			if (other !== speaker && other !== '' && messages.rawOf(j) === raw) {
				if (couldBeOneMember(speaker, other)) return true;
			}
		}
		return false;
	};
	for (let i = Math.max(1, from); i < messages.length; i++) {
		if (messages.secondsOf(i - 1) !== messages.secondsOf(i)) continue;
		const speaker = messages.speakerOf(i);
		if (speaker === '' || !isDistinctive(messages, i)) continue;
		if (pairs(i, messages.secondsOf(i), speaker, messages.rawOf(i))) return true;
	}
	if (!next || next.speaker === '' || !distinctive(next.kind, next.raw, next.text)) return false;
	return pairs(messages.length, next.seconds, next.speaker, next.raw);
}
