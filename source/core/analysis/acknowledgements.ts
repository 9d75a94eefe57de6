// Which messages are acknowledgements (`签到`, `收到`, `+1`, `[强][强][强]`…): the bricks of
// sign-in floods, and the listener noise a talk tolerates.
import type {MessageStore} from '../transcript/message-store.js';
import type {MessageKind} from '../transcript/types.js';

/** Words that acknowledge on their own. */
const ACK_WORDS = [
	'签到',
	'收到',
	'点赞',
	'打卡',
	'报到',
	'报道',
	'签',
	'到',
	'1',
	'赞',
	'顶',
	'强',
	'鼓掌',
	'玫瑰',
	'握手',
	'抱拳',
	'拳头',
	'胜利',
	'爱心',
	// Thanks, welcomes and cheers that listeners post in chains around a talk
	// (`谢谢分享`, `欢迎欢迎`, `期待期待`, `支持老熊`, `666`); a bare `谢谢` answers a person.
	'分享',
	'欢迎',
	'期待',
	'支持',
	'6',
] as const;

/** Particles that may ride along an acknowledgement (`已签到`, `收到了`, `收到谢谢`). */
const ACK_PARTICLES = [
	'已',
	'了',
	'啦',
	'哈',
	'下',
	'个',
	'谢谢',
	'感谢',
	'多谢',
	'干货',
	'大家',
	'老师',
] as const;

/** WeChat emoji codes that read as applause or approval. */
const ACK_EMOJI = new Set([
	'强',
	'赞',
	'鼓掌',
	'玫瑰',
	'握手',
	'抱拳',
	'拳头',
	'胜利',
	'爱心',
	'OK',
	'ok',
	'耶',
]);

const ackWords = new Set<string>(ACK_WORDS);
const ackParticles = new Set<string>(ACK_PARTICLES);
const maxUnitLength = 2;
/** Longest normalised text still read as a combination of ack words. */
const maxAckKeyLength = 12;
/** Longer texts are neither acknowledgements nor repeated short texts: skipped early. */
const shortTextLength = 60;

const emojiCode = /\[([^[\]\s]{1,8})\]/gu;
const punctuationOrSpace = /[\p{P}\p{S}\p{Z}\s]/gu;

/**
 * The comparable form of a short text: NFKC (full-width `＋１` is `+1`), lower-case, with
 * spaces, punctuation and symbols (`+`, `，`, `??` from lost emoji) removed.
 */
export function ackKey(text: string): string {
	return text.normalize('NFKC').toLowerCase().replace(punctuationOrSpace, '');
}

/** True when every emoji code in a reaction-only text is an approval (`[强][鼓掌]`). */
function isApprovalReaction(text: string): boolean {
	const rest = text.replace(emojiCode, (_code, name: string) =>
		ACK_EMOJI.has(name) ? '' : '\u0000',
	);
	return text.includes('[') && ackKey(rest) === '';
}

/** Whether `key` splits into known ack words and particles, with at least one word. */
function isAckCombination(key: string): boolean {
	if (key === '' || key.length > maxAckKeyLength) return false;
	// reach[i]: 0 = unreachable, 1 = reachable with particles only, 2 = with a word.
	const reach = new Uint8Array(key.length + 1);
	reach[0] = 1;
	for (let i = 0; i < key.length; i++) {
		const from = reach[i] ?? 0;
		if (from === 0) continue;
		for (let length = 1; length <= maxUnitLength && i + length <= key.length; length++) {
			const unit = key.slice(i, i + length);
			const to = ackWords.has(unit) ? 2 : ackParticles.has(unit) ? from : 0;
			if (to > (reach[i + length] ?? 0)) reach[i + length] = to;
		}
	}
	return reach[key.length] === 2;
}

/** Whether a text alone reads as an acknowledgement, without looking at other messages. */
export function isKnownAck(text: string): boolean {
	if (text.length > shortTextLength * 2) return false;
	const trimmed = text.trim();
	if (trimmed === '' || trimmed.length > shortTextLength) return false;
	if (isApprovalReaction(trimmed)) return true;
	// `收到[偷笑]`: the emoji decorates the acknowledgement; `[捂脸]` alone is not one.
	const withoutEmoji = trimmed.replace(emojiCode, '');
	return isAckCombination(ackKey(withoutEmoji));
}

/** Texts this short that many members repeat within minutes count as acknowledgements. */
const repeatedMaxLength = 8;
const repeatedMinPeople = 5;
const repeatedWindowSeconds = 600;
const maxCachedTexts = 100_000;

function canAcknowledge(kind: MessageKind): boolean {
	return kind === 'text' || kind === 'reaction';
}

/** `true` for a known ack, else the text's key when it may be a repeated one, else ''. */
function readShortText(text: string): true | string {
	if (isKnownAck(text)) return true;
	const key = ackKey(text);
	return key.length <= repeatedMaxLength ? key : '';
}

/**
 * Marks the acknowledgements among `messages` (1 = ack). A message is one when its text is a
 * known acknowledgement, or when it is a short text (≤ 8 characters once normalised) that at
 * least 5 different members post within 10 minutes (`谢谢分享` after a talk, a new ritual word).
 * O(n): short texts are read once each (cached), then a two-pointer window per key.
 */
export function classifyAcks(messages: MessageStore): Uint8Array {
	const acks = new Uint8Array(messages.length);
	const byKey = new Map<string, number[]>();
	const cache = new Map<string, true | string>();
	for (let index = 0; index < messages.length; index++) {
		if (!canAcknowledge(messages.kindOf(index))) continue;
		if (messages.textLengthOf(index) > shortTextLength) continue;
		const text = messages.textOf(index);
		let reading = cache.get(text);
		if (reading === undefined) {
			reading = readShortText(text);
			if (cache.size >= maxCachedTexts) cache.clear();
			cache.set(text, reading);
		}
		if (reading === true) {
			acks[index] = 1;
		} else if (reading !== '') {
			const list = byKey.get(reading);
			if (list) list.push(index);
			else byKey.set(reading, [index]);
		}
	}
	for (const list of byKey.values()) {
		if (list.length >= repeatedMinPeople) markRepeated(messages, list, acks);
	}
	return acks;
}

/** Marks every message of `list` that lies in a 10-minute window holding ≥ 5 speakers. */
function markRepeated(messages: MessageStore, list: number[], acks: Uint8Array): void {
	const people = new Map<string, number>();
	let left = 0;
	let markedUpTo = -1;
	for (let right = 0; right < list.length; right++) {
		const rightSpeaker = messages.speakerOf(list[right]!);
		const rightSeconds = messages.secondsOf(list[right]!);
		people.set(rightSpeaker, (people.get(rightSpeaker) ?? 0) + 1);
		while (Math.abs(rightSeconds - messages.secondsOf(list[left]!)) > repeatedWindowSeconds) {
			const speaker = messages.speakerOf(list[left]!);
			const count = (people.get(speaker) ?? 1) - 1;
			if (count === 0) people.delete(speaker);
			else people.set(speaker, count);
			left++;
		}
		if (people.size < repeatedMinPeople) continue;
		for (let k = Math.max(left, markedUpTo + 1); k <= right; k++) acks[list[k]!] = 1;
		markedUpTo = right;
	}
}
