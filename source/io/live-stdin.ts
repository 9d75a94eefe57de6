// `some-bridge | chatreel -f -`: standard input read as it comes, each piece appended.

import type {Readable} from 'node:stream';
import {createLiveTranscript, type LiveEvent} from '../core/transcript/live-transcript.js';
import type {LiveSource} from './live-file.js';

/** Pieces arriving closer together than this make one update. */
const gatherMs = 30;

export function openLiveStdin(input: Readable, name: string): LiveSource {
	const parser = createLiveTranscript({source: name});
	const decoder = new TextDecoder('utf-8');
	let listener: ((event: LiveEvent) => void) | undefined;
	let scheduled = false;
	let changed = false;
	let ended = false;
	const emit = () => {
		scheduled = false;
		if (!listener || !changed) return;
		changed = false;
		listener({kind: 'grew', transcript: parser.transcript()});
		if (ended) listener({kind: 'ended'});
	};
	const later = () => {
		changed = true;
		if (scheduled) return;
		scheduled = true;
		setTimeout(emit, gatherMs);
	};
	input.on('data', (chunk: Uint8Array | string) => {
		parser.push(typeof chunk === 'string' ? chunk : decoder.decode(chunk, {stream: true}));
		later();
	});
	input.on('end', () => {
		parser.push(decoder.decode());
		parser.end();
		ended = true;
		later();
	});
	input.on('error', () => {
		ended = true;
		later();
	});
	input.pause();
	return {
		first: parser.transcript(),
		subscribe(onEvent) {
			listener = onEvent;
			input.resume();
			if (changed) emit();
			return () => {
				listener = undefined;
				// Paused, the writer waits (like less): nothing is lost.
				input.pause();
			};
		},
	};
}
