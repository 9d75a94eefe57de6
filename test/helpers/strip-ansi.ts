// Removes SGR and OSC 8 sequences from a rendered frame.
export function stripAnsi(text: string): string {
	return text.replace(/\u001B\[[0-9;?]*[A-Za-z]/g, '').replace(/\u001B\]8;;[^\u0007]*\u0007/g, '');
}
