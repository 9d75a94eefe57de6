import {sharedPrefix} from '../core/search/merge-results.js';
import type {MessageStore} from '../core/transcript/message-store.js';
import type {Transcript} from '../core/transcript/types.js';

import {type PaneItem, PaneItemList} from './pane-item-list.js';

// What the reading pane lists: messages, folded flood lines and hour/day separators.
// Folding and filtering are views: the transcript itself never changes.
export type {PaneItem};
export {PaneItemList};

export type PaneOptions = {
	/** Indices of floods shown as one line. */
	folded: ReadonlySet<number>;
	/** Show only these speakers' messages. */
	speakers?: readonly string[];
	/** Leave out every acknowledgement, floods included (WeeChat's smart filter for joins). */
	hideAcks?: boolean;
};

export type PaneModel = {
	items: PaneItemList;
	/** For each message id, the item that shows it (a flood line when folded), or -1. */
	itemOfMessage: Int32Array;
};

/** For each message id, the index of the flood that folds it, or -1. */
export function floodMembership(transcript: Transcript): Int32Array {
	const of = new Int32Array(transcript.messages.length).fill(-1);
	transcript.floods.forEach((flood, index) => {
		for (const id of flood.ids) of[id] = index;
	});
	return of;
}

/** How many leading floods two transcripts share (the same objects). */
function sharedFloods(before: Transcript, after: Transcript): number {
	const most = Math.min(before.floods.length, after.floods.length);
	let f = 0;
	while (f < most && before.floods[f] === after.floods[f]) f++;
	return f;
}

/**
 * floodMembership of `transcript`, from `old` (the membership of `before`, a transcript it
 * extends): only floods after the shared ones are walked.
 */
export function extendMembership(
	old: Int32Array,
	before: Transcript,
	transcript: Transcript,
): Int32Array {
	const f = sharedFloods(before, transcript);
	const cutoff = Math.min(
		old.length,
		transcript.messages.length,
		before.floods[f]?.firstId ?? Number.POSITIVE_INFINITY,
		transcript.floods[f]?.firstId ?? Number.POSITIVE_INFINITY,
	);
	const of = new Int32Array(transcript.messages.length).fill(-1);
	of.set(old.subarray(0, cutoff));
	transcript.floods.forEach((flood, index) => {
		if (index >= f || flood.lastId >= cutoff) for (const id of flood.ids) of[id] = index;
	});
	return of;
}

function separatorLabel(transcript: Transcript, id: number, manyDays: boolean): string {
	const {messages} = transcript;
	if (!messages.has(id)) return '';
	const hour = `${messages.timeOf(id).slice(0, 2)}:00`;
	const timestamp = messages.timestampOf(id);
	if (!timestamp || (!manyDays && messages.dayOf(id) === 0)) return hour;
	return `${timestamp.slice(0, 10)} ${hour}`;
}

const manyDaysIn = ({messages}: Transcript): boolean =>
	messages.length > 0 && messages.dayOf(messages.length - 1) > 0;

export function buildPane(
	transcript: Transcript,
	options: PaneOptions,
	membership = floodMembership(transcript),
): PaneModel {
	const model = {
		items: new PaneItemList(),
		itemOfMessage: new Int32Array(transcript.messages.length).fill(-1),
	};
	fillPane(model, transcript, options, membership, 0, Number.NaN);
	return model;
}

/** Shown by the options (the speaker filter, hidden acknowledgements). */
function passes(
	messages: MessageStore,
	id: number,
	only: Set<string> | undefined,
	options: PaneOptions,
): boolean {
	if (only !== undefined && !only.has(messages.speakerOf(id))) return false;
	return !(options.hideAcks && messages.isAck(id));
}

/** Adds the items of messages from `from` on; `lastHour` is the last separator's hour. */
function fillPane(
	model: PaneModel,
	transcript: Transcript,
	options: PaneOptions,
	membership: Int32Array,
	from: number,
	startHour: number,
): void {
	const {messages, floods} = transcript;
	const {items, itemOfMessage} = model;
	let lastHour = startHour;
	// A history of several days dates every separator; a single day needs only the hour.
	const manyDays = manyDaysIn(transcript);
	const only = options.speakers === undefined ? undefined : new Set(options.speakers);
	for (let id = from; id < messages.length; id++) {
		if (!passes(messages, id, only, options)) continue;
		const hour = Math.floor(messages.secondsOf(id) / 3600);
		if (hour !== lastHour && !(hour < lastHour)) {
			items.push({kind: 'separator', label: separatorLabel(transcript, id, manyDays)});
			lastHour = hour;
		}
		const flood = only === undefined ? (membership[id] ?? -1) : -1;
		if (flood >= 0) {
			const folded = options.folded.has(flood);
			if (floods[flood]?.ids[0] === id) items.push({kind: 'flood', flood, folded});
			if (folded) {
				itemOfMessage[id] = findFloodItem(items, flood);
				continue;
			}
		}
		itemOfMessage[id] = items.length;
		items.push({kind: 'message', id});
	}
}

/**
 * The pane of `transcript`, which extends `before` (a followed chat): the items of the
 * messages and floods the two share are kept from `old`, only the rest is built. The
 * options must be those `old` was built with, except the folding of floods not shared.
 */
export function extendPane(
	old: PaneModel,
	before: Transcript,
	transcript: Transcript,
	options: PaneOptions,
	membership: Int32Array,
): PaneModel {
	if (manyDaysIn(before) !== manyDaysIn(transcript))
		return buildPane(transcript, options, membership);
	let from = sharedPrefix(before.messages, transcript.messages);
	const f = sharedFloods(before, transcript);
	from = Math.min(from, before.floods[f]?.firstId ?? from, transcript.floods[f]?.firstId ?? from);
	// A shared flood that a changed message falls in is built again whole.
	for (let index = 0; index < f; index++) {
		const flood = transcript.floods[index]!;
		if (flood.firstId < from && flood.lastId >= from) from = flood.firstId;
	}
	const {items} = old;
	let kept = items.length;
	for (;;) {
		const item = items.at(kept - 1);
		if (item === undefined) break;
		const id = item.kind === 'separator' ? from : itemMessageId(before, item);
		if (id < from) break;
		kept--;
	}
	// The last separator's hour: the highest hour among the kept messages shown.
	const only = options.speakers === undefined ? undefined : new Set(options.speakers);
	let highest = Number.NEGATIVE_INFINITY;
	const {messages} = transcript;
	for (let id = 0; id < from; id++) {
		const seconds = messages.secondsOf(id);
		if (seconds > highest && passes(messages, id, only, options)) highest = seconds;
	}
	const model = {
		items: items.prefix(kept),
		itemOfMessage: new Int32Array(transcript.messages.length).fill(-1),
	};
	model.itemOfMessage.set(old.itemOfMessage.subarray(0, from));
	const hour = highest === Number.NEGATIVE_INFINITY ? Number.NaN : Math.floor(highest / 3600);
	fillPane(model, transcript, options, membership, from, hour);
	return model;
}

function findFloodItem(items: PaneItemList, flood: number): number {
	for (let i = items.length - 1; i >= 0; i--) {
		if (items.kindAt(i) !== 'flood') continue;
		const item = items.at(i);
		if (item?.kind === 'flood' && item.flood === flood) return i;
	}
	return -1;
}

export function isSelectable(item: PaneItem | undefined): boolean {
	return item !== undefined && item.kind !== 'separator';
}

/** The first message id an item stands for (a flood line stands for its first message). */
export function itemMessageId(transcript: Transcript, item: PaneItem | undefined): number {
	if (!item || item.kind === 'separator') return -1;
	if (item.kind === 'message') return item.id;
	return transcript.floods[item.flood]?.firstId ?? -1;
}

/** The item showing message `id` or the first shown message after it; -1 when none. */
export function itemFromMessage(model: PaneModel, id: number): number {
	for (let m = Math.max(0, id); m < model.itemOfMessage.length; m++) {
		const item = model.itemOfMessage[m] ?? -1;
		if (item >= 0) return item;
	}
	return -1;
}

/** The visible item for a message id, or the next visible one after it. */
export function itemAtOrAfterMessage(model: PaneModel, id: number): number {
	for (let m = Math.max(0, id); m < model.itemOfMessage.length; m++) {
		const item = model.itemOfMessage[m] ?? -1;
		if (item >= 0) return item;
	}
	for (let m = Math.min(id, model.itemOfMessage.length - 1); m >= 0; m--) {
		const item = model.itemOfMessage[m] ?? -1;
		if (item >= 0) return item;
	}
	return -1;
}
