// The command-line flags, written once: meow reads this spec and `Flags` is derived from it.

export const flagSpec = {
	print: {type: 'boolean', default: false},
	json: {type: 'boolean', default: false},
	collapse: {type: 'boolean', default: true},
	present: {type: 'boolean', default: false},
	talk: {type: 'number'},
	from: {type: 'string'},
	to: {type: 'string'},
	speaker: {type: 'string'},
	onlySpeaker: {type: 'boolean', default: false},
	speed: {type: 'number'},
	idleLimit: {type: 'number'},
	theme: {type: 'string'},
	resume: {type: 'boolean', default: true},
	mouse: {type: 'boolean', default: true},
	follow: {type: 'boolean', default: false, shortFlag: 'f'},
} as const;

type Spec = typeof flagSpec;
type ValueOf<T> = T extends {type: 'boolean'}
	? boolean
	: T extends {type: 'number'}
		? number
		: string;

export type Flags = {
	[K in keyof Spec as Spec[K] extends {default: unknown} ? K : never]: ValueOf<Spec[K]>;
} & {
	[K in keyof Spec as Spec[K] extends {default: unknown} ? never : K]?: ValueOf<Spec[K]>;
};

/** Every name checkFlags accepts, short flags included. */
export const flagNames: string[] = Object.entries(flagSpec).flatMap(([name, spec]) =>
	'shortFlag' in spec ? [name, spec.shortFlag] : [name],
);
