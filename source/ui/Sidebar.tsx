import type {SpeakerStat} from '../core/transcript/types.js';
import {speakerColor} from '../theme/speaker-colors.js';
import type {Theme} from '../theme/types.js';
import {pairSpan, Rows, type Span} from './line.js';

type SidebarProps = {
	speakers: readonly SpeakerStat[];
	selected: number;
	/** The sidebar has the keys. */
	focused: boolean;
	filter: string | undefined;
	width: number;
	height: number;
	theme: Theme;
};

/** Speakers by message count; the selected one highlighted, the filtered one marked. */
export function Sidebar({speakers, selected, focused, filter, width, height, theme}: SidebarProps) {
	const {colors} = theme;
	const listHeight = Math.max(1, height - 1);
	const top = Math.max(
		0,
		Math.min(selected - Math.floor(listHeight / 2), speakers.length - listHeight),
	);
	const countWidth = String(speakers[0]?.count ?? 0).length;
	const rows: Span[][] = [
		[{text: `Speakers (${speakers.length})`, color: colors.header, bold: true}],
	];
	for (let i = top; i < Math.min(speakers.length, top + listHeight); i++) {
		const speaker = speakers[i];
		if (!speaker) continue;
		const name = speaker.name === '' ? '(no name)' : speaker.name;
		const mark = filter === speaker.name ? '>' : ' ';
		const count = String(speaker.count).padStart(countWidth);
		const text = `${mark}${count} ${name}`;
		if (i === selected && focused) rows.push([pairSpan(text, colors.selection, {bold: true})]);
		else if (i === selected) rows.push([{text, color: colors.accent, bold: true}]);
		else
			rows.push([
				{text: `${mark}${count} `, color: colors.dim},
				{text: name, color: speakerColor(theme, name)},
			]);
	}
	const border: Span = {text: '│ ', color: focused ? colors.accent : colors.border};
	const bordered = Array.from({length: height}, (_, i) => [border, ...(rows[i] ?? [])]);
	return <Rows rows={bordered} width={width} height={height} />;
}
