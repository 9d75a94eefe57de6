// Themes map semantic roles to colours; components never name a colour themselves.
// A colour is an Ink/chalk colour name, `#rrggbb`, or '' for the terminal's default.

export type Color = string;
export type ColorPair = {fg: Color; bg: Color};

export type ThemeColors = {
	text: Color;
	dim: Color;
	time: Color;
	/** Speaker palette, at least one colour; see `speakerColor`. */
	speakers: Color[];
	match: ColorPair;
	flood: Color;
	border: Color;
	status: ColorPair;
	selection: ColorPair;
	link: Color;
	header: Color;
	accent: Color;
	/** Optional in theme files; defaults to `accent`. */
	warning: Color;
	/** Bookmark marks; optional in theme files, defaults to `accent`. */
	marker: Color;
	/** Timeline / progress bar; optional in theme files, defaults to `dim`. */
	timeline: Color;
	/**
	 * The message under the cursor: `fg` its gutter bar, `bg` its rows. Optional in theme
	 * files (the accent bar, no background); with no colours (mono) the rows are bold.
	 */
	cursor: ColorPair;
	/** The background the theme paints; optional, '' (the terminal's own) by default. */
	background: Color;
};

export type Theme = {name: string; colors: ThemeColors};
