import {speakerColor} from '../theme/speaker-colors.js';
import {pairSpan, Rows, type Span} from './line.js';
import type {ViewProps} from './view-props.js';

/** Speakers by message count; the selected one highlighted, the filtered one marked. */
export function Sidebar({state, theme, height}: ViewProps & {height: number}) {
	const {colors} = theme;
	const {speakers} = state.transcript;
	const width = state.layout.sidebarWidth;
	const focused = state.mode === 'speakers';
	const listHeight = Math.max(1, height - 1);
	const selected = state.sidebar.selected;
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
		const mark = state.filter === speaker.name ? '>' : ' ';
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
