// Search timings on a 100,000-message transcript made from the reference day's messages.
import {fileURLToPath} from 'node:url';
import Fuse from 'fuse.js';
import {createSearchIndex, type SearchIndex, searchSync} from '../source/core/search/index.js';
import {storeOf} from '../source/core/transcript/message-store.js';
import type {Message} from '../source/core/transcript/types.js';
import {openTranscript} from '../source/io/open-transcript.js';

const sample = new URL('../samples/2018-08-27-WeChat.md', import.meta.url);
const messageCount = 100_000;

type BenchResult = {name: string; ms: number; note?: string};

export function syntheticMessages(count = messageCount): Message[] {
	const base = openTranscript(fileURLToPath(sample)).messages;
	return Array.from({length: count}, (_, id) => {
		const from = base.read(id % base.length)!;
		const seconds = Math.floor((id * 86_400 * 7) / count);
		const time = [seconds / 3600, (seconds / 60) % 60, seconds % 60]
			.map((part) => String(Math.floor(part) % 100).padStart(2, '0'))
			.join(':');
		const round = Math.floor(id / base.length);
		const speaker = round === 0 ? from.speaker : `${from.speaker}-${round % 50}`;
		return {
			...from,
			id,
			line: id * 4 + 1,
			time,
			seconds,
			day: Math.floor(seconds / 86_400),
			speaker,
		};
	});
}

function timed<T>(run: () => T): {ms: number; value: T} {
	const start = performance.now();
	const value = run();
	return {ms: Math.round((performance.now() - start) * 10) / 10, value};
}

/** Median of five runs after a first (cold) one, which the note reports too. */
function query(index: SearchIndex, text: string, name = text): BenchResult {
	const first = timed(() => searchSync(index, text));
	const runs = Array.from({length: 5}, () => timed(() => searchSync(index, text)).ms).sort(
		(a, b) => a - b,
	);
	return {
		name: `search ${name}`,
		ms: runs[2]!,
		note: `${first.value.hits.length} hits; median of 5, first run ${first.ms} ms`,
	};
}

export async function benchSearch(): Promise<BenchResult[]> {
	const messages = syntheticMessages();
	const results: BenchResult[] = [];
	const store = storeOf(messages);
	const built = timed(() => createSearchIndex(store));
	const index = built.value;
	results.push({name: 'search index build', ms: built.ms, note: `${messages.length} messages`});
	results.push(query(index, '退款'));
	results.push(query(index, 'spring cloud'));
	const readings = timed(() => searchSync(index, 'tk'));
	results.push({
		name: 'search tk, first pinyin query (readings come with the index)',
		ms: readings.ms,
	});
	results.push(query(index, 'tk'));
	results.push(query(index, 'tuikuan'));
	results.push(query(index, '的', '的 (one character)'));
	results.push(query(index, 'a', 'a (one character)'));
	results.push(query(index, 'springcloud', 'springcloud (fuzzy)'));
	results.push(query(index, "'spring !cloud", "'spring !cloud (extended)"));
	results.push(query(index, 'tk !签到', 'tk !签到 (extended, fuzzy word)'));
	results.push(query(index, '/spring (boot|cloud)/', '/spring (boot|cloud)/ (regex)'));
	const plain = timed(() =>
		new Fuse(messages, {keys: ['text', 'speaker'], ignoreLocation: true, threshold: 0.3}).search(
			'spring cloud',
		),
	);
	results.push({
		name: 'fuse.js alone over every message: spring cloud',
		ms: plain.ms,
		note: `${plain.value.length} hits, for comparison`,
	});
	return results;
}
