// Errors the CLI turns into one line on stderr; which exit code each kind gets is the CLI's.

export type ErrorKind = 'input' | 'usage';

export class ChatreelError extends Error {
	readonly kind: ErrorKind;

	constructor(message: string, kind: ErrorKind) {
		super(message);
		this.name = 'ChatreelError';
		this.kind = kind;
	}
}

/** The file could not be read or is not a transcript. */
export class InputError extends ChatreelError {
	constructor(message: string) {
		super(message, 'input');
	}
}

/** Bad usage: unknown flag, bad value, bad config key. */
export class UsageError extends ChatreelError {
	constructor(message: string) {
		super(message, 'usage');
	}
}
