// What waitFor accepts, and how it is shown in failure messages.

export type ScreenMatch = string | RegExp | ((screen: string) => boolean);

export function describeMatch(match: ScreenMatch): string {
	if (typeof match === 'string') {
		return JSON.stringify(match);
	}

	return match instanceof RegExp ? String(match) : `predicate ${match.name || '(anonymous)'}`;
}

export function matches(match: ScreenMatch, screen: string): boolean {
	if (typeof match === 'string') {
		return screen.includes(match);
	}

	if (match instanceof RegExp) {
		match.lastIndex = 0;
		return match.test(screen);
	}

	return match(screen);
}
