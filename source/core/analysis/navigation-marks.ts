// Section marks for `{` / `}`: the messages where talks and floods begin.
import type {Flood, Talk} from '../transcript/types.js';

/** Sorted, unique ids of the first message of every talk and flood. */
export function sectionStarts(talks: Talk[], floods: Flood[]): number[] {
	const ids = new Set<number>();
	for (const talk of talks) ids.add(talk.firstId);
	for (const flood of floods) ids.add(flood.firstId);
	return [...ids].sort((a, b) => a - b);
}

/** The first mark after `id`, or undefined when there is none. O(log n). */
export function nextMark(marks: readonly number[], id: number): number | undefined {
	return marks[firstAbove(marks, id)];
}

/** The last mark before `id`, or undefined when there is none. O(log n). */
export function prevMark(marks: readonly number[], id: number): number | undefined {
	return marks[firstAtOrAbove(marks, id) - 1];
}

/** Index of the first mark > id (marks.length when none). */
function firstAbove(marks: readonly number[], id: number): number {
	let low = 0;
	let high = marks.length;
	while (low < high) {
		const middle = (low + high) >>> 1;
		if (marks[middle]! > id) high = middle;
		else low = middle + 1;
	}
	return low;
}

/** Index of the first mark >= id (marks.length when none). */
function firstAtOrAbove(marks: readonly number[], id: number): number {
	let low = 0;
	let high = marks.length;
	while (low < high) {
		const middle = (low + high) >>> 1;
		if (marks[middle]! >= id) high = middle;
		else low = middle + 1;
	}
	return low;
}
