// The columns behind MessageStore: one typed array per number, names and texts kept once,
// the rare fields (a raw body unlike the text, a URL, an odd time) in sparse maps. Rows are
// appended; views (message-store.ts) see the first n. Rewrites (a message still being
// written, acknowledgement marks) are logged so views can tell what changed since.

import {addDays} from './calendar.js';
import type {Message, MessageKind} from './message.js';
import {detach, runSize, TextPool} from './text-pool.js';

const DAY = 86_400;

export const kinds: readonly MessageKind[] = ['text', 'link', 'image', 'media', 'reaction'];
const kindCodes = new Map<MessageKind, number>(kinds.map((kind, code) => [kind, code]));

export const ACK = 1;
/** The timestamp is the store's date plus `day`, then the time. */
const DATED = 2;
const RAW = 4;
const URL = 8;
const TIME = 16;
const STAMP = 32;

/** Materialised messages kept, so the rows on screen stay the same objects. */
const cacheLimit = 4096;

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

/** `HH:MM:SS` of seconds into a day. */
export function clockTime(tod: number): string {
	return `${pad2(Math.floor(tod / 3600))}:${pad2(Math.floor(tod / 60) % 60)}:${pad2(tod % 60)}`;
}

export class MessageColumns {
	length = 0;
	line = new Int32Array(64);
	seconds = new Float64Array(64);
	day = new Int32Array(64);
	speaker = new Int32Array(64);
	rawSpeaker = new Int32Array(64);
	kind = new Uint8Array(64);
	flags = new Uint8Array(64);
	readonly texts = new TextPool();
	readonly names: string[] = [];
	/** The date of day 0 (`YYYY-MM-DD` as the front matter wrote it), for timestamps. */
	date: string | undefined;
	/** Bumped by every rewrite; a view remembers the version it was made at. */
	version = 0;
	private readonly nameIds = new Map<string, number>();
	private readonly raws = new Map<number, string>();
	private readonly urls = new Map<number, string>();
	private readonly times = new Map<number, string>();
	private readonly stamps = new Map<number, string>();
	/** Ids whose sparse strings may still be slices of a decoded file. */
	private fresh: number[] = [];
	private readonly dayDates = new Map<number, string | undefined>();
	/** Pairs of (version, lowest id rewritten). */
	private readonly changes: number[] = [];
	// Two generations: a hit is one lookup; when the young one fills, the old one is dropped.
	private young = new Map<number, Message>();
	private old = new Map<number, Message>();

	/** The id of a name in `names` (added when new). */
	nameId(name: string): number {
		let id = this.nameIds.get(name);
		if (id === undefined) {
			id = this.names.length;
			const copy = detach([name])[0]!;
			this.names.push(copy);
			this.nameIds.set(copy, id);
		}
		return id;
	}

	/** A row whose time is `seconds - day × 86 400` written `HH:MM:SS` (the parser's rows). */
	appendParts(
		line: number,
		seconds: number,
		day: number,
		speaker: number,
		rawSpeaker: number,
		kind: MessageKind,
		text: string,
		raw: string,
		url: string | undefined,
		dated: boolean,
	): void {
		const id = this.start();
		this.line[id] = line;
		this.seconds[id] = seconds;
		this.day[id] = day;
		this.speaker[id] = speaker;
		this.rawSpeaker[id] = rawSpeaker;
		this.kind[id] = kindCodes.get(kind) ?? 0;
		this.texts.push(text);
		let flags = dated ? DATED : 0;
		if (raw !== text) flags |= this.keep(this.raws, id, raw, RAW);
		if (url !== undefined) flags |= this.keep(this.urls, id, url, URL);
		this.finish(id, flags);
	}

	/** Any message, as it is (its id is ignored: rows are numbered in order). */
	append(message: Message): void {
		const {day, seconds, time, timestamp} = message;
		const tod = seconds - day * DAY;
		const plainTime = Number.isInteger(tod) && tod >= 0 && tod < DAY && clockTime(tod) === time;
		const dated = timestamp !== undefined && this.stampFits(timestamp, day, time);
		this.appendParts(
			message.line,
			seconds,
			day,
			this.nameId(message.speaker),
			this.nameId(message.rawSpeaker),
			message.kind,
			message.text,
			message.raw,
			message.url,
			dated,
		);
		const id = this.length - 1;
		let flags = message.ack ? ACK : 0;
		if (!plainTime) flags |= this.keep(this.times, id, time, TIME);
		if (timestamp !== undefined && !dated) flags |= this.keep(this.stamps, id, timestamp, STAMP);
		this.flags[id] = this.flags[id]! | flags;
	}

	/**
	 * Row `id` of `from`, `dayOffset` days later (a day merged into a history), under
	 * `speaker` when given (a doubled day's canonical name). The acknowledgement mark comes too.
	 */
	appendFrom(from: MessageColumns, id: number, dayOffset = 0, speaker?: string): void {
		const flags = from.flags[id]!;
		const day = from.day[id]! + dayOffset;
		let dated = false;
		let stamp: string | undefined;
		if (flags & DATED) {
			const date = from.dayDate(from.day[id]!);
			if (date !== undefined) {
				if (this.date === undefined) this.date = addDays(date, -day);
				dated = this.dayDate(day) === date;
				if (!dated) stamp = `${date}T${from.time(id)}`;
			}
		} else if (flags & STAMP) {
			stamp = from.stamps.get(id);
		}
		this.appendParts(
			from.line[id]!,
			from.seconds[id]! + dayOffset * DAY,
			day,
			this.nameId(speaker ?? from.names[from.speaker[id]!]!),
			this.nameId(from.names[from.rawSpeaker[id]!]!),
			kinds[from.kind[id]!]!,
			from.texts.text(id),
			from.raw(id),
			flags & URL ? from.urls.get(id) : undefined,
			dated,
		);
		const to = this.length - 1;
		let added = flags & ACK;
		if (flags & TIME) added |= this.keep(this.times, to, from.times.get(id)!, TIME);
		if (stamp !== undefined) added |= this.keep(this.stamps, to, stamp, STAMP);
		this.flags[to] = this.flags[to]! | added;
	}

	/** Keeps the first `length` rows; the others are rewritten (logged). */
	truncate(length: number): void {
		if (length >= this.length) return;
		this.texts.truncate(length);
		this.length = length;
		for (const cache of [this.young, this.old]) {
			for (const id of cache.keys()) if (id >= length) cache.delete(id);
		}
		this.changed(length);
	}

	/** Sets the acknowledgement marks of rows `from…` to `acks` (1 = ack); changes are logged. */
	setAcks(from: number, acks: Uint8Array): void {
		let lowest = -1;
		for (let i = 0; i < acks.length; i++) {
			const id = from + i;
			const flags = this.flags[id]!;
			if ((flags & ACK) === (acks[i] === 1 ? ACK : 0)) continue;
			this.flags[id] = flags ^ ACK;
			this.forget(id);
			if (lowest < 0) lowest = id;
		}
		if (lowest >= 0) this.changed(lowest);
	}

	/** The lowest id rewritten after `version` (Infinity when none). */
	changedSince(version: number): number {
		let lowest = Number.POSITIVE_INFINITY;
		for (let i = this.changes.length - 2; i >= 0 && this.changes[i]! > version; i -= 2) {
			lowest = Math.min(lowest, this.changes[i + 1]!);
		}
		return lowest;
	}

	time(id: number): string {
		if (this.flags[id]! & TIME) return this.times.get(id)!;
		return clockTime(this.seconds[id]! - this.day[id]! * DAY);
	}

	timestamp(id: number): string | undefined {
		const flags = this.flags[id]!;
		if (flags & DATED) {
			const date = this.dayDate(this.day[id]!);
			return date === undefined ? undefined : `${date}T${this.time(id)}`;
		}
		return flags & STAMP ? this.stamps.get(id) : undefined;
	}

	raw(id: number): string {
		return this.flags[id]! & RAW ? this.raws.get(id)! : this.texts.text(id);
	}

	url(id: number): string | undefined {
		return this.flags[id]! & URL ? this.urls.get(id) : undefined;
	}

	/** The message of row `id`, the same object while it stays in the cache and unchanged. */
	message(id: number): Message {
		const young = this.young.get(id);
		if (young) return young;
		const message = this.old.get(id) ?? this.read(id);
		if (this.young.size >= cacheLimit / 2) {
			this.old = this.young;
			this.young = new Map();
		}
		this.young.set(id, message);
		return message;
	}

	/** A new object for row `id` (for one pass over many messages: the cache stays as it is). */
	read(id: number): Message {
		const cached = this.young.get(id) ?? this.old.get(id);
		if (cached) return cached;
		const text = this.texts.text(id);
		const message: Message = {
			id,
			line: this.line[id]!,
			time: this.time(id),
			seconds: this.seconds[id]!,
			day: this.day[id]!,
			timestamp: this.timestamp(id),
			speaker: this.names[this.speaker[id]!]!,
			rawSpeaker: this.names[this.rawSpeaker[id]!]!,
			kind: kinds[this.kind[id]!]!,
			text,
			raw: this.flags[id]! & RAW ? this.raws.get(id)! : text,
			url: this.url(id),
		};
		if (this.flags[id]! & ACK) message.ack = true;
		return message;
	}

	/** `YYYY-MM-DD` of `day`, or undefined without a date. */
	dayDate(day: number): string | undefined {
		if (this.date === undefined) return undefined;
		if (!this.dayDates.has(day)) this.dayDates.set(day, addDays(this.date, day));
		return this.dayDates.get(day);
	}

	/** Whether `timestamp` is what the date, `day` and `time` give (the date is set when unset). */
	private stampFits(timestamp: string, day: number, time: string): boolean {
		if (this.date === undefined) {
			const date = addDays(timestamp.slice(0, 10), -day);
			if (date === undefined || addDays(date, day) !== timestamp.slice(0, 10)) return false;
			this.date = date;
		}
		return `${this.dayDate(day)}T${time}` === timestamp;
	}

	private keep(map: Map<number, string>, id: number, value: string, bit: number): number {
		map.set(id, value);
		this.fresh.push(id);
		return bit;
	}

	private forget(id: number): void {
		this.young.delete(id);
		this.old.delete(id);
	}

	private changed(from: number): void {
		this.version++;
		this.changes.push(this.version, from);
	}

	/** The id of the next row, with room for it. */
	private start(): number {
		const id = this.length;
		if (id === this.line.length) this.grow(id * 2);
		return id;
	}

	private finish(id: number, flags: number): void {
		this.flags[id] = flags;
		this.length = id + 1;
		if (this.fresh.length >= runSize || (id + 1) % runSize === 0) this.detachFresh();
	}

	/** Copies the sparse strings of the latest rows, so no decoded text stays alive for them. */
	private detachFresh(): void {
		const maps = [this.raws, this.urls, this.times, this.stamps];
		const keys: [Map<number, string>, number][] = [];
		const values: string[] = [];
		for (const id of this.fresh) {
			for (const map of maps) {
				const value = map.get(id);
				if (value !== undefined) {
					keys.push([map, id]);
					values.push(value);
				}
			}
		}
		const copies = detach(values);
		keys.forEach(([map, id], i) => {
			map.set(id, copies[i]!);
		});
		this.fresh = [];
	}

	private grow(capacity: number): void {
		const grow = <T extends Int32Array | Float64Array | Uint8Array>(old: T, made: T): T => {
			made.set(old);
			return made;
		};
		this.line = grow(this.line, new Int32Array(capacity));
		this.seconds = grow(this.seconds, new Float64Array(capacity));
		this.day = grow(this.day, new Int32Array(capacity));
		this.speaker = grow(this.speaker, new Int32Array(capacity));
		this.rawSpeaker = grow(this.rawSpeaker, new Int32Array(capacity));
		this.kind = grow(this.kind, new Uint8Array(capacity));
		this.flags = grow(this.flags, new Uint8Array(capacity));
	}
}
