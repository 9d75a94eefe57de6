// Opening a link and copying text: what `o`, `y` and `Y` ask for. Programs are started
// without a shell, the URL or text as an argument or on stdin, detached so they outlive
// nothing of ours and never hold the reader up.
import {spawn} from 'node:child_process';

/** Only these are ever handed to a browser: http, https and mailto. */
export function isOpenable(url: string): boolean {
	return /^(?:https?:\/\/[^\s/]|mailto:[^\s])/i.test(url) && !/[\u0000-\u001f\u007f]/u.test(url);
}

type Env = Readonly<Record<string, string | undefined>>;

/** The program and arguments that open `url`: $BROWSER (`%s` is the URL), xdg-open or open. */
export function browserCommand(url: string, env: Env, platform: string): string[] | undefined {
	const browser = env.BROWSER?.split(':').find((each) => each.trim() !== '');
	if (browser) {
		const words = browser.trim().split(/\s+/u);
		return words.some((word) => word.includes('%s'))
			? words.map((word) => word.replaceAll('%s', url))
			: [...words, url];
	}
	if (platform === 'darwin') return ['open', url];
	if (platform === 'win32') return undefined;
	return ['xdg-open', url];
}

function start(argv: readonly string[], env: Env, input?: string): Promise<void> {
	return new Promise((resolve, reject) => {
		const [program, ...args] = argv;
		if (!program) {
			reject(new Error('no program'));
			return;
		}
		const child = spawn(program, args, {
			detached: true,
			shell: false,
			env: env as NodeJS.ProcessEnv,
			stdio: [input === undefined ? 'ignore' : 'pipe', 'ignore', 'ignore'],
		});
		child.once('error', reject);
		child.once('spawn', () => {
			if (input !== undefined) {
				child.stdin?.on('error', () => {});
				child.stdin?.end(input);
			}
			child.unref();
			resolve();
		});
	});
}

/** Opens `url` in a browser; resolves to the notice to show, rejects with one. */
export async function openUrl(
	url: string,
	env: Env = process.env,
	platform: string = process.platform,
): Promise<string> {
	if (!isOpenable(url)) throw new Error('only http, https and mailto links are opened');
	const command = browserCommand(url, env, platform);
	if (!command) throw new Error('no way to open links here (set $BROWSER)');
	try {
		await start(command, env);
	} catch {
		throw new Error(`could not start ${command[0]} (set $BROWSER)`);
	}
	return `opened ${url.length > 60 ? `${url.slice(0, 59)}…` : url}`;
}

/** OSC 52: the terminal puts `text` on the clipboard (the user's own request). */
export function osc52(text: string): string {
	return `\u001B]52;c;${Buffer.from(text, 'utf8').toString('base64')}\u0007`;
}

/** The clipboard programs worth trying here, in order. */
export function clipboardCommands(env: Env, platform: string): string[][] {
	if (platform === 'darwin') return [['pbcopy']];
	const commands: string[][] = [];
	if (env.WAYLAND_DISPLAY) commands.push(['wl-copy']);
	if (env.DISPLAY)
		commands.push(['xclip', '-selection', 'clipboard'], ['xsel', '--clipboard', '--input']);
	return commands;
}

/** Hands `text` to the first clipboard program that starts; its name, or undefined. */
export async function copyWithTool(
	text: string,
	env: Env = process.env,
	platform: string = process.platform,
): Promise<string | undefined> {
	for (const command of clipboardCommands(env, platform)) {
		try {
			await start(command, env, text);
			return command[0];
		} catch {
			// Not installed: try the next one.
		}
	}
	return undefined;
}
