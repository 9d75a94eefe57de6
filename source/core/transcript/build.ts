// From decoded text to a Transcript: front matter, messages, clock, doubled days, analysis.

import {headerProblemPrefix} from './parse-messages.js';
import {sanitizeLine} from './sanitize.js';
import {createTranscriptBuilder, emptyTranscript, type TextInfo} from './transcript-builder.js';
import type {Diagnostic, Transcript} from './types.js';

export type {TextInfo};

export {headerProblemPrefix};

/** Diagnostics about header lines that did not become messages. */
export function isHeaderProblem(diagnostic: Diagnostic): boolean {
	return diagnostic.problem.startsWith(headerProblemPrefix);
}

function build(text: string, info: TextInfo): Transcript {
	const builder = createTranscriptBuilder(info);
	builder.push(text);
	builder.end();
	return builder.snapshot();
}

/** Builds a transcript from decoded text. Never throws: what goes wrong becomes a diagnostic. */
export function buildTranscript(text: string, info: TextInfo): Transcript {
	try {
		return build(text, info);
	} catch (error) {
		const reason = error instanceof Error ? error.message : String(error);
		const problem = `transcript could not be read: ${sanitizeLine(reason).slice(0, 200)}`;
		const transcript = emptyTranscript(info, [{line: 0, problem}]);
		transcript.meta.notTranscript = problem;
		return transcript;
	}
}
