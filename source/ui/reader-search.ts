// The reader's search: its index, built in slices after the first screen, and the searches
// over it. A search that ends within a few tens of milliseconds is answered in the same step
// as the key that typed it (`searchNow`, called by the reducer), so that keystroke draws one
// frame, with its hits; a longer one goes on in slices between turns of the event loop
// (`search`), from where `searchNow` left it.
import {createSearchIndex, createSearchIndexSteps, type SearchIndex} from '../core/search/index.js';
import {appendHits, sharedPrefix} from '../core/search/merge-results.js';
import {runSearch, stepsAsync} from '../core/search/run-search.js';
import type {SearchResult} from '../core/search/search-types.js';
import type {MessageStore} from '../core/transcript/message-store.js';
import {readerSearchOptions} from '../state/search-commands.js';

/**
 * The index over the first `count` messages, built in steps; messages appended since (a
 * followed chat) get a small one at search time.
 */
type Built = {
	messages: MessageStore;
	count: number;
	steps: Generator<undefined, SearchIndex>;
	index?: SearchIndex;
};

type Steps = Generator<void, SearchResult, void>;

/** A followed chat rebuilds the big index only once this many messages came after it. */
function tailLimit(count: number): number {
	return Math.max(2000, Math.floor(count / 8));
}

/**
 * How long a search may hold a keystroke's step before it goes on between turns. Going on
 * costs a frame for the echo and turns between slices, so up to this a search ends sooner in
 * the step (keys typed meanwhile arrive together and are searched once).
 */
const defaultNowMs = 150;
/** The longest a slice of a search, or of the build a search waits for, holds the event loop. */
const searchSliceMs = 16;

const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

export class ReaderSearch {
	readonly #nowMs: number;
	#built: Built | undefined;
	/** A search `searchNow` began and ran out of time for, for `search` to go on with. */
	#pending: {query: string; messages: MessageStore; steps: Steps} | undefined;
	/** The last answer `searchNow` gave (React may ask twice for the same step). */
	#answered: {query: string; messages: MessageStore; result: SearchResult} | undefined;
	/** What the state's result covers: the query and the messages it searched. */
	searched: {query: string; messages: MessageStore} | undefined;

	constructor(options: {nowMs?: number} = {}) {
		this.#nowMs = options.nowMs ?? defaultNowMs;
	}

	/** The build for `messages`: the current one while they only grew by a short tail. */
	building(messages: MessageStore): Built {
		const current = this.#built;
		const reusable =
			current &&
			(current.messages === messages ||
				(messages.length - current.count <= tailLimit(current.count) &&
					sharedPrefix(current.messages, messages) >= current.count));
		if (!reusable) {
			this.#built = {messages, count: messages.length, steps: createSearchIndexSteps(messages)};
		}
		return this.#built!;
	}

	/** Steps the build for `messages` for up to `ms`; true once it is built. */
	buildFor(messages: MessageStore, ms: number): boolean {
		const current = this.building(messages);
		const until = performance.now() + ms;
		while (!current.index && performance.now() < until) {
			const step = current.steps.next();
			if (step.done) current.index = step.value;
		}
		return current.index !== undefined;
	}

	/**
	 * The result of `query` over `messages` if the index is built and the search ends within
	 * a few tens of milliseconds; else undefined, and `search` goes on from where this stopped.
	 */
	searchNow = (query: string, messages: MessageStore): SearchResult | undefined => {
		const answered = this.#answered;
		if (answered?.query === query && answered.messages === messages) return answered.result;
		const built = this.building(messages);
		if (!built.index || built.count !== messages.length) return undefined;
		const steps = runSearch(built.index, query, readerSearchOptions);
		const until = performance.now() + this.#nowMs;
		for (;;) {
			const step = steps.next();
			if (step.done) {
				this.#answered = {query, messages, result: step.value};
				this.searched = {query, messages};
				return step.value;
			}
			if (performance.now() >= until) break;
		}
		this.#pending = {query, messages, steps};
		return undefined;
	};

	/** The result of `query` over `messages`, searched in slices; undefined once aborted. */
	async search(
		query: string,
		messages: MessageStore,
		signal: AbortSignal,
	): Promise<SearchResult | undefined> {
		const built = await this.#indexWhenBuilt(messages, signal);
		if (!built) return undefined;
		const {count, index} = built;
		const pending = this.#pending;
		this.#pending = undefined;
		const steps =
			pending?.query === query && pending.messages === messages
				? pending.steps
				: runSearch(index, query, readerSearchOptions);
		const head = await stepsAsync(steps, signal, searchSliceMs);
		if (!head || count === messages.length) return head;
		const tail = await this.searchFrom(query, messages, count, signal);
		return tail && appendHits(head, tail, count);
	}

	/** The result of `query` over the messages from `from` on (new ones), with a small index. */
	searchFrom(
		query: string,
		messages: MessageStore,
		from: number,
		signal: AbortSignal,
	): Promise<SearchResult | undefined> {
		const index = createSearchIndex(messages.slice(from));
		return stepsAsync(runSearch(index, query, readerSearchOptions), signal, searchSliceMs);
	}

	/**
	 * The index once built: a search typed before the build ends steps it on in slices of its
	 * own, so keys keep their frames (a whole build at 1,000,000 messages is seconds).
	 * Undefined when `signal` aborts first.
	 */
	async #indexWhenBuilt(
		messages: MessageStore,
		signal: AbortSignal,
	): Promise<(Built & {index: SearchIndex}) | undefined> {
		while (!this.buildFor(messages, searchSliceMs)) {
			if (signal.aborted) return undefined;
			await nextTurn();
		}
		return signal.aborted ? undefined : (this.building(messages) as Built & {index: SearchIndex});
	}
}
