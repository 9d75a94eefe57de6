// Whether the terminal turns OSC 8 sequences into links (as supports-hyperlinks decides);
// elsewhere the URL is shown as plain text.
export function supportsHyperlinks(env: NodeJS.ProcessEnv, isTTY: boolean): boolean {
	if (!isTTY || env.FORCE_HYPERLINK === '0') return false;
	if (env.FORCE_HYPERLINK === '1') return true;
	if (env.TERM === 'dumb') return false;
	if (env.WT_SESSION || env.KITTY_WINDOW_ID || env.WEZTERM_EXECUTABLE) return true;
	const program = env.TERM_PROGRAM;
	if (
		program === 'iTerm.app' ||
		program === 'WezTerm' ||
		program === 'vscode' ||
		program === 'ghostty'
	)
		return true;
	return Number(env.VTE_VERSION ?? 0) >= 5000;
}

/** Longest URL carried into an OSC 8 link; a longer one is shown but not clickable. */
export const maxLinkTarget = 2048;

/**
 * The OSC 8 target for `url`, or undefined when it should not be clickable: only http,
 * https and mailto, at most `maxLinkTarget` characters. Anything outside printable ASCII is
 * percent-encoded, so the target cannot end the sequence.
 */
export function linkTarget(url: string | undefined): string | undefined {
	if (url === undefined || url.length > maxLinkTarget) return undefined;
	if (!/^(?:https?:\/\/[^\s/]|mailto:[^\s])/i.test(url)) return undefined;
	return url.replace(/[^\x21-\x7e]/gu, (ch) => encodeURIComponent(ch));
}
