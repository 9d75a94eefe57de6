// Whether the terminal turns OSC 8 sequences into links. The rules follow the
// supports-hyperlinks package, which reads process.env itself (so it cannot be tested with
// a given environment) and knows nothing of tmux, which passes OSC 8 through from 3.4.
// Elsewhere the URL is shown as plain text.

type Version = {major: number; minor: number};

function parseVersion(text = ''): Version {
	if (/^\d{3,4}$/.test(text)) {
		// VTE_VERSION has no dots: 6003 is 0.60.3.
		return {major: 0, minor: Math.floor(Number(text) / 100)};
	}
	const [major = 0, minor = 0] = text.split('.').map((part) => Number.parseInt(part, 10) || 0);
	return {major, minor};
}

const atLeast = (version: Version, major: number, minor: number) =>
	version.major > major || (version.major === major && version.minor >= minor);

function programSupports(program: string, versionText: string | undefined): boolean | undefined {
	const version = parseVersion(versionText);
	switch (program) {
		case 'iTerm.app':
			return atLeast(version, 3, 1);
		case 'WezTerm':
			return (
				versionText === undefined ||
				version.major >= 20200620 ||
				versionText.startsWith('0-unstable')
			);
		case 'vscode':
			return atLeast(version, 1, 72);
		case 'tmux':
			return atLeast(version, 3, 4);
		case 'ghostty':
		case 'zed':
		case 'WarpTerminal':
			return true;
		default:
			return undefined;
	}
}

export function supportsHyperlinks(env: NodeJS.ProcessEnv, isTTY: boolean): boolean {
	const force = env.FORCE_HYPERLINK;
	if (force !== undefined && force !== '') return force !== '0';
	if (!isTTY || env.TERM === 'dumb') return false;
	if (env.WT_SESSION || env.KITTY_WINDOW_ID || env.WEZTERM_EXECUTABLE) return true;
	if (env.TERM_PROGRAM) {
		const program = programSupports(env.TERM_PROGRAM, env.TERM_PROGRAM_VERSION);
		if (program !== undefined) return program;
	}
	if (env.VTE_VERSION)
		return env.VTE_VERSION !== '0.50.0' && atLeast(parseVersion(env.VTE_VERSION), 0, 50);
	return env.TERM === 'xterm-kitty' || env.TERM === 'alacritty';
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
