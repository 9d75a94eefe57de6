import type {Store} from '../config/store.js';

// Settings the reader changes as it runs (T, + and -): each change that differs from the
// last value seen is saved, so going back to where the run started is saved too.

export type PreferenceSavers = {theme: (name: string) => void; speed: (speed: number) => void};

export function preferenceSavers(
	store: Store,
	start: {theme: string; speed: number; themeSaves: boolean},
): PreferenceSavers {
	let theme = start.theme;
	let speed = start.speed;
	return {
		theme: (name) => {
			if (name === theme) return;
			theme = name;
			if (start.themeSaves) store.set('theme', name);
		},
		speed: (next) => {
			if (next === speed) return;
			speed = next;
			store.set('speed', next);
		},
	};
}
