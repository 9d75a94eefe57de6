import {memo} from 'react';
import type {SpeakerStat} from '../core/transcript/types.js';
import type {Segment} from '../layout/screen-line.js';
import {sidebarTop} from '../state/mouse-commands.js';
import type {Theme} from '../theme/types.js';
import {Rows} from './line.js';

type SidebarProps = {
	speakers: readonly SpeakerStat[];
	selected: number;
	/** The sidebar has the keys. */
	focused: boolean;
	/** The names the pane shows only, if any. */
	filter: readonly string[] | undefined;
	/** Names chosen with Space. */
	chosen: readonly string[];
	width: number;
	height: number;
	theme: Theme;
};

/** Speakers by message count; the selected one highlighted, the filtered one marked. */
function SidebarView({
	speakers,
	selected,
	focused,
	filter,
	chosen,
	width,
	height,
	theme,
}: SidebarProps) {
	const listHeight = Math.max(1, height - 1);
	const top = sidebarTop(selected, speakers.length, listHeight);
	const countWidth = String(speakers[0]?.count ?? 0).length;
	const rows: Segment[][] = [[{text: `Speakers (${speakers.length})`, role: 'header', bold: true}]];
	for (let i = top; i < Math.min(speakers.length, top + listHeight); i++) {
		const speaker = speakers[i];
		if (!speaker) continue;
		const name = speaker.name === '' ? '(no name)' : speaker.name;
		// `>` shown only (the filter), `+` chosen for the next filter.
		const mark = filter?.includes(speaker.name) ? '>' : chosen.includes(speaker.name) ? '+' : ' ';
		const count = String(speaker.count).padStart(countWidth);
		const text = `${mark}${count} ${name}`;
		if (i === selected && focused) rows.push([{text: text, role: 'selection', bold: true}]);
		else if (i === selected) rows.push([{text, role: 'accent', bold: true}]);
		else
			rows.push([
				{text: `${mark}${count} `, role: 'dim'},
				{text: name, role: 'speaker', speaker: name},
			]);
	}
	const border: Segment = {text: '│ ', role: focused ? 'accent' : 'border'};
	const bordered = Array.from({length: height}, (_, i) => [border, ...(rows[i] ?? [])]);
	return <Rows rows={bordered} width={width} height={height} theme={theme} />;
}

/** The list is drawn again only when one of its props changes, not at every key. */
export const Sidebar = memo(SidebarView);
