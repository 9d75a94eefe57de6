// Transcripts for the end-to-end benches, made from the reference day's vocabulary (its
// speakers and message bodies) with a seeded generator, so every run writes the same bytes.
// Written once to a cache folder under the system temp dir and reused while the parameters,
// the generator's version and the sample are the same. Needs nothing from source/.
import {createHash} from 'node:crypto';
import {
	closeSync,
	existsSync,
	mkdirSync,
	openSync,
	readdirSync,
	readFileSync,
	renameSync,
	rmSync,
	statSync,
	writeFileSync,
	writeSync,
} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';

export const samplePath = fileURLToPath(
	new URL('../samples/2018-08-27-WeChat.md', import.meta.url),
);

/** Bump when the output of the generator changes, so old caches are not reused. */
const generatorVersion = 1;
const seed = 20_180_827;

export type Dataset = {
	name: string;
	/** A file, or a folder of daily files. */
	path: string;
	messages: number;
	bytes: number;
	files: number;
};

type Vocabulary = {speakers: string[]; texts: string[]};

/** Speakers and bodies of the sample (its `> HH:MM:SS  speaker` headers split the body). */
export function sampleVocabulary(path = samplePath): Vocabulary {
	const text = readFileSync(path, 'utf8');
	const body = text
		.split(/^---\s*$/m)
		.slice(2)
		.join('---');
	const speakers = new Set<string>();
	const texts: string[] = [];
	let current: string[] | undefined;
	const flush = () => {
		if (!current) return;
		const joined = current
			.map((line) => line.trim())
			.join('\n')
			.trim();
		if (joined && joined !== '签到' && joined !== '收到') texts.push(joined);
	};
	for (const line of body.split('\n')) {
		const header = /^> (\d\d:\d\d:\d\d) {2}(.*?)\s*$/.exec(line);
		if (header) {
			flush();
			if (header[2]) speakers.add(header[2]);
			current = [];
		} else current?.push(line);
	}
	flush();
	return {speakers: [...speakers].sort(), texts};
}

/** mulberry32: small, fast and seeded. */
export function seeded(start: number): () => number {
	let a = start >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
	};
}

/** HH:MM:SS of a second of the day, clamped to the day. */
export function clock(seconds: number): string {
	const s = Math.min(86_399, Math.max(0, Math.floor(seconds)));
	return [Math.floor(s / 3600), Math.floor(s / 60) % 60, s % 60]
		.map((part) => String(part).padStart(2, '0'))
		.join(':');
}

/** One message in the sample's layout: header, blank, body lines with two trailing spaces. */
export function messageText(time: string, speaker: string, body: string): string {
	const lines = body.split('\n').map((line) => `${line}  \n   \n`);
	return `> ${time}  ${speaker}  \n   \n${lines.join('')}`;
}

function frontMatter(title: string, date: string, count: number): string {
	return [
		'---',
		'layout:     source ',
		`title:      "${title}"`,
		`date:       ${date} 12:00:00`,
		'author:     PaymentGroup',
		`lines:      ${count} `,
		'tag:       [chat]',
		'---',
		'',
	].join('\n');
}

function pick<T>(random: () => number, items: readonly T[]): T {
	return items[Math.floor(random() * items.length)] as T;
}

/**
 * `count` messages of one day, in time order from 00:00 to 23:59, as a list of chunks: mostly
 * single messages by random speakers, with sign-in floods (签到/收到, 20-60 people) and talks
 * (one speaker, 30-50 messages in a row), as in the sample.
 */
function dayMessages(random: () => number, vocabulary: Vocabulary, count: number): string[] {
	const out: string[] = [];
	const step = 86_000 / Math.max(count, 1);
	let t = 0;
	let i = 0;
	while (i < count) {
		const r = random();
		if (r < 0.01 && count - i > 60) {
			const k = 20 + Math.floor(random() * 41);
			for (let j = 0; j < k; j++) {
				t += step * 0.5;
				const body = random() < 0.8 ? '签到' : '收到';
				out.push(messageText(clock(t), pick(random, vocabulary.speakers), body));
			}
			i += k;
		} else if (r < 0.012 && count - i > 60) {
			const who = pick(random, vocabulary.speakers);
			const k = 30 + Math.floor(random() * 21);
			for (let j = 0; j < k; j++) {
				t += step * 0.5;
				out.push(messageText(clock(t), who, pick(random, vocabulary.texts)));
			}
			i += k;
		} else {
			t += step;
			out.push(
				messageText(clock(t), pick(random, vocabulary.speakers), pick(random, vocabulary.texts)),
			);
			i++;
		}
	}
	return out;
}

function addDays(date: string, days: number): string {
	const d = new Date(`${date}T00:00:00Z`);
	d.setUTCDate(d.getUTCDate() + days);
	return d.toISOString().slice(0, 10);
}

/** Messages per day in a single-file transcript: the clock rolls over after each day. */
const perDay = 1000;

/** One file of `count` messages over ceil(count / 1000) days, starting 2018-08-27. */
function writeSingle(file: string, count: number, vocabulary: Vocabulary): void {
	const random = seeded(seed ^ count);
	const fd = openSync(file, 'w');
	try {
		writeSync(fd, frontMatter(`synthetic-${count}`, '2018-08-27', count));
		let left = count;
		while (left > 0) {
			const n = Math.min(perDay, left);
			writeSync(fd, dayMessages(random, vocabulary, n).join(''));
			left -= n;
		}
	} finally {
		closeSync(fd);
	}
}

/** `days` daily files from 2018-01-01, 100 to 300 messages each (about 200 on average). */
function writeFolder(dir: string, days: number, vocabulary: Vocabulary): number {
	const random = seeded(seed ^ (days * 7919));
	mkdirSync(dir, {recursive: true});
	let total = 0;
	for (let k = 0; k < days; k++) {
		const date = addDays('2018-01-01', k);
		const n = 100 + Math.floor(random() * 201);
		total += n;
		const text =
			frontMatter(`${date}-WeChat`, date, n) + dayMessages(random, vocabulary, n).join('');
		writeFileSync(join(dir, `${date}-chat.markdown`), text);
	}
	return total;
}

function sizeOf(path: string): {bytes: number; files: number} {
	const stat = statSync(path);
	if (!stat.isDirectory()) return {bytes: stat.size, files: 1};
	let bytes = 0;
	let files = 0;
	for (const name of readdirSync(path)) {
		bytes += statSync(join(path, name)).size;
		files++;
	}
	return {bytes, files};
}

export function cacheDir(): string {
	return join(tmpdir(), 'chatreel-bench-data');
}

/**
 * The dataset `name` (`msgs-N` for one file of N messages, `days-D` for a folder of D daily
 * files), written on first use. A manifest written last marks a finished dataset; it records
 * the parameters, the generator's version and the sample's hash, and must match to be reused.
 */
export function ensureDataset(
	kind: {messages: number} | {days: number},
	log: (text: string) => void = () => {},
): Dataset {
	const sampleHash = createHash('sha256')
		.update(readFileSync(samplePath))
		.digest('hex')
		.slice(0, 12);
	const params = {generatorVersion, seed, sampleHash, perDay, ...kind};
	const key = createHash('sha256').update(JSON.stringify(params)).digest('hex').slice(0, 10);
	const name = 'messages' in kind ? `msgs-${kind.messages}` : `days-${kind.days}`;
	const root = join(cacheDir(), `${name}-${key}`);
	const manifestPath = join(root, 'manifest.json');
	const target = join(root, 'messages' in kind ? `${name}.md` : name);
	if (existsSync(manifestPath)) {
		try {
			const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as {
				params: unknown;
				dataset: Dataset;
			};
			if (JSON.stringify(manifest.params) === JSON.stringify(params) && existsSync(target)) {
				return manifest.dataset;
			}
		} catch {
			// rewritten below
		}
	}
	const started = performance.now();
	log(`writing ${name} to ${root}…`);
	rmSync(root, {recursive: true, force: true});
	mkdirSync(root, {recursive: true});
	const vocabulary = sampleVocabulary();
	const partial = `${target}.partial`;
	let messages: number;
	if ('messages' in kind) {
		writeSingle(partial, kind.messages, vocabulary);
		messages = kind.messages;
	} else {
		messages = writeFolder(partial, kind.days, vocabulary);
	}
	renameSync(partial, target);
	const {bytes, files} = sizeOf(target);
	const dataset: Dataset = {name, path: target, messages, bytes, files};
	writeFileSync(manifestPath, JSON.stringify({params, dataset}, null, '\t'));
	log(
		`${name}: ${messages} messages, ${(bytes / 1e6).toFixed(1)} MB in ${((performance.now() - started) / 1000).toFixed(1)} s`,
	);
	return dataset;
}

/** A sample-file dataset, for the same tables. */
export function sampleDataset(): Dataset {
	const text = readFileSync(samplePath, 'utf8');
	const messages = (text.match(/^> \d\d:\d\d:\d\d {2}/gm) ?? []).length;
	return {name: 'sample', path: samplePath, messages, bytes: statSync(samplePath).size, files: 1};
}
