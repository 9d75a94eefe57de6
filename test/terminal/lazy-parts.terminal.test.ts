// What the bundle loads on first use rather than at start (build.mjs: the pinyin dictionary,
// conf) still works in the built reader: search and type-to-find by pinyin.
import {afterEach, describe, it} from 'vitest';
import {runCli, type TerminalSession} from './harness.js';
import {wait} from './reader-screen.js';

const sessions: TerminalSession[] = [];

async function openReader(): Promise<TerminalSession> {
	const term = runCli([], {cols: 100, rows: 30});
	sessions.push(term);
	await term.waitFor('message 1/441', wait);
	return term;
}

afterEach(() => {
	for (const term of sessions.splice(0)) term.dispose();
});

describe.sequential('parts loaded on first use', {timeout: 40_000}, () => {
	it('searches by pinyin: tuikuan finds 退款', async () => {
		const term = await openReader();
		term.write('/tuikuan');
		await term.waitFor(/^\/tuikuan +\d+ hits?$/m, wait);
		term.press('enter');
		await term.waitFor((screen) => /^ READING /m.test(screen) && screen.includes('退款'), wait);
	});

	it('finds a speaker in the sidebar by pinyin initials', async () => {
		const term = await openReader();
		term.press('s');
		await term.waitFor(/^ SPEAKER SIDEBAR /m, wait);
		term.press('/', 'f', 'h', 'p', 'enter', 'enter');
		await term.waitFor('only: 凤凰牌老熊-群管理', wait);
	});
});
