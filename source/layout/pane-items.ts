import type {Transcript} from '../core/transcript/types.js';

// What the reading pane lists: messages, folded flood lines and hour/day separators.
// Folding and filtering are views: the transcript itself never changes.
export type PaneItem =
	| {kind: 'message'; id: number}
	| {kind: 'flood'; flood: number; folded: boolean}
	| {kind: 'separator'; label: string};

export type PaneOptions = {
	/** Indices of floods shown as one line. */
	folded: ReadonlySet<number>;
	/** Show only these speakers' messages. */
	speakers?: readonly string[];
	/** Leave out every acknowledgement, floods included (WeeChat's smart filter for joins). */
	hideAcks?: boolean;
};

export type PaneModel = {
	items: PaneItem[];
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

function separatorLabel(transcript: Transcript, id: number, manyDays: boolean): string {
	const message = transcript.messages[id];
	if (!message) return '';
	const hour = `${message.time.slice(0, 2)}:00`;
	if (!message.timestamp || (!manyDays && message.day === 0)) return hour;
	return `${message.timestamp.slice(0, 10)} ${hour}`;
}

export function buildPane(
	transcript: Transcript,
	options: PaneOptions,
	membership = floodMembership(transcript),
): PaneModel {
	const {messages, floods} = transcript;
	const items: PaneItem[] = [];
	const itemOfMessage = new Int32Array(messages.length).fill(-1);
	let lastHour = Number.NaN;
	// A history of several days dates every separator; a single day needs only the hour.
	const manyDays = (messages.at(-1)?.day ?? 0) > 0;
	const only = options.speakers === undefined ? undefined : new Set(options.speakers);
	for (const message of messages) {
		if (only !== undefined && !only.has(message.speaker)) continue;
		if (options.hideAcks && message.ack) continue;
		const hour = Math.floor(message.seconds / 3600);
		if (hour !== lastHour && !(hour < lastHour)) {
			items.push({kind: 'separator', label: separatorLabel(transcript, message.id, manyDays)});
			lastHour = hour;
		}
		const flood = only === undefined ? (membership[message.id] ?? -1) : -1;
		if (flood >= 0) {
			const folded = options.folded.has(flood);
			if (floods[flood]?.ids[0] === message.id) items.push({kind: 'flood', flood, folded});
			if (folded) {
				itemOfMessage[message.id] = findFloodItem(items, flood);
				continue;
			}
		}
		itemOfMessage[message.id] = items.length;
		items.push({kind: 'message', id: message.id});
	}
	return {items, itemOfMessage};
}

function findFloodItem(items: PaneItem[], flood: number): number {
	for (let i = items.length - 1; i >= 0; i--) {
		const item = items[i];
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
