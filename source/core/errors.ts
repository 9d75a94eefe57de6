// Errors the CLI turns into one line on stderr and an exit code, never a stack trace.

export const exitCodes = {
	ok: 0,
	/** The file could not be read or is not a transcript. */
	input: 1,
	/** Bad usage: unknown flag, bad value, bad config key. */
	usage: 2,
} as const;

export class ChatreelError extends Error {
	readonly exitCode: number;

	constructor(message: string, exitCode: number) {
		super(message);
		this.name = 'ChatreelError';
		this.exitCode = exitCode;
	}
}

export class InputError extends ChatreelError {
	constructor(message: string) {
		super(message, exitCodes.input);
	}
}

export class UsageError extends ChatreelError {
	constructor(message: string) {
		super(message, exitCodes.usage);
	}
}
