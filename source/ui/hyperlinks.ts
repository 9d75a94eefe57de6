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
