// The messages of a transcript, compact: numbers in typed arrays, names and texts kept once
// (message-columns.ts). A MessageStore is a read-only view of rows `offset…offset+length`:
// snapshots of a growing transcript share one set of columns. Hot loops read single fields
// (`textOf`, `speakerOf`, `secondsOf`…); `get` materialises a Message for what is on screen.

import type {Message, MessageKind} from './message.js';
import {ACK, kinds, MessageColumns} from './message-columns.js';

export {MessageColumns};

export class MessageStore implements Iterable<Message> {
	constructor(
		/** The rows; writers (the builder, a history, a live append) append to them. */
		readonly columns: MessageColumns,
		/** Position 0 of this view is row `offset`. */
		readonly offset: number,
		readonly length: number,
		/** The columns' version when this view was made (see sharedPrefix). */
		readonly version: number,
	) {}

	/**
	 * The message at `position`, undefined outside the view. Asked again while on screen, it
	 * is the same object (until the message changes: a row cache may compare identities).
	 */
	get(position: number): Message | undefined {
		const id = this.idAt(position);
		return id < 0 ? undefined : this.columns.message(id);
	}

	/** Like get, but a new object unless one is cached (one pass over many messages). */
	read(position: number): Message | undefined {
		const id = this.idAt(position);
		return id < 0 ? undefined : this.columns.read(id);
	}

	/** `get`, counting back from the end for a negative position (like Array.prototype.at). */
	at(position: number): Message | undefined {
		return this.get(position < 0 ? this.length + position : position);
	}

	/** Whether `position` is one of this view's (an integer from 0 to length - 1). */
	has(position: number): boolean {
		return this.idAt(position) >= 0;
	}

	/** The message id (`Message.id`) at `position`. */
	idOf(position: number): number {
		return this.offset + position;
	}

	lineOf(position: number): number {
		return this.columns.line[this.offset + position]!;
	}

	timeOf(position: number): string {
		return this.columns.time(this.offset + position);
	}

	secondsOf(position: number): number {
		return this.columns.seconds[this.offset + position]!;
	}

	dayOf(position: number): number {
		return this.columns.day[this.offset + position]!;
	}

	timestampOf(position: number): string | undefined {
		return this.columns.timestamp(this.offset + position);
	}

	speakerOf(position: number): string {
		const {columns} = this;
		return columns.names[columns.speaker[this.offset + position]!]!;
	}

	/** A number per distinct display name in these columns (equal names, equal ids). */
	speakerIdOf(position: number): number {
		return this.columns.speaker[this.offset + position]!;
	}

	rawSpeakerOf(position: number): string {
		const {columns} = this;
		return columns.names[columns.rawSpeaker[this.offset + position]!]!;
	}

	kindOf(position: number): MessageKind {
		return kinds[this.columns.kind[this.offset + position]!]!;
	}

	textOf(position: number): string {
		return this.columns.texts.text(this.offset + position);
	}

	/** The text's length, without making the string. */
	textLengthOf(position: number): number {
		return this.columns.texts.textLength(this.offset + position);
	}

	rawOf(position: number): string {
		return this.columns.raw(this.offset + position);
	}

	urlOf(position: number): string | undefined {
		return this.columns.url(this.offset + position);
	}

	isAck(position: number): boolean {
		return (this.columns.flags[this.offset + position]! & ACK) !== 0;
	}

	/** The view of positions `from…to` (ids stay those of the whole). */
	slice(from = 0, to = this.length): MessageStore {
		const start = Math.min(Math.max(0, from), this.length);
		const end = Math.min(Math.max(start, to), this.length);
		return new MessageStore(this.columns, this.offset + start, end - start, this.version);
	}

	/**
	 * How many leading messages this view and `other` share unchanged: both views of the same
	 * rows, up to the first row rewritten since the older one was made (a live append).
	 */
	sharedPrefix(other: MessageStore): number {
		if (other === this) return this.length;
		if (other.columns !== this.columns || other.offset !== this.offset) return 0;
		const changed = this.columns.changedSince(Math.min(this.version, other.version));
		return Math.max(0, Math.min(this.length, other.length, changed - this.offset));
	}

	*[Symbol.iterator](): Iterator<Message> {
		for (let position = 0; position < this.length; position++) yield this.read(position)!;
	}

	/** Every message, materialised (tests, and output that writes them all). */
	toArray(): Message[] {
		return Array.from({length: this.length}, (_, position) => this.read(position)!);
	}

	private idAt(position: number): number {
		if (!Number.isInteger(position) || position < 0 || position >= this.length) return -1;
		const id = this.offset + position;
		return id < this.columns.length ? id : -1;
	}
}

/** A view of the first `length` rows of `columns` (all of them by default). */
export function viewOf(columns: MessageColumns, length = columns.length): MessageStore {
	return new MessageStore(columns, 0, length, columns.version);
}

/** A store holding `messages` (their ids are ignored: positions number them). */
export function storeOf(messages: Iterable<Message>): MessageStore {
	const columns = new MessageColumns();
	for (const message of messages) columns.append(message);
	return viewOf(columns);
}

/** A store with no messages. */
export function emptyStore(): MessageStore {
	return viewOf(new MessageColumns());
}
