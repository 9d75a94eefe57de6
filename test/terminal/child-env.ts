// Environment for programs under test: what a user's interactive shell would pass.

// Set by vitest in its workers; a user's shell would not have them.
const vitestKeys = new Set([
	'TEST',
	'VITEST',
	'NODE_ENV',
	'DEV',
	'PROD',
	'SSR',
	'MODE',
	'BASE_URL',
]);

function isDroppedKey(key: string): boolean {
	return (
		key === 'CI' ||
		key === 'CONTINUOUS_INTEGRATION' ||
		key.startsWith('CI_') ||
		key.startsWith('VITEST_') ||
		vitestKeys.has(key) ||
		['FORCE_COLOR', 'NO_COLOR', 'COLUMNS', 'LINES'].includes(key)
	);
}

export function childEnv(configDir: string, overrides: Record<string, string> = {}) {
	const env: Record<string, string> = {};
	for (const [key, value] of Object.entries(process.env)) {
		if (value !== undefined && !isDroppedKey(key)) {
			env[key] = value;
		}
	}

	return {
		...env,
		TERM: 'xterm-256color',
		LANG: 'C.UTF-8',
		LC_ALL: 'C.UTF-8',
		CHATREEL_CONFIG_DIR: configDir,
		...overrides,
	};
}
