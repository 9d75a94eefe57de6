import type {Message} from '../core/transcript/types.js';
import {layoutMessage} from '../layout/message-layout.js';
import type {Segment} from '../layout/screen-line.js';
import {fullViewLineCap, fullViewWidth} from '../state/message-view.js';
import type {Theme} from '../theme/types.js';
import {linkTarget} from './hyperlinks.js';
import {Rows} from './line.js';

type MessageViewProps = {
	message: Message;
	top: number;
	width: number;
	height: number;
	theme: Theme;
	hyperlinks: boolean;
};

/** One message in full over the pane (Enter): a heading line, then every line of its body. */
export function messageViewRows(message: Message, width: number, hyperlinks: boolean) {
	const body = layoutMessage(message, fullViewWidth(width), fullViewLineCap);
	const name = message.speaker === '' ? '(no name)' : message.speaker;
	const heading: Segment[] = [
		{text: ` ${message.time} `, role: 'time'},
		{text: name, role: 'speaker', speaker: name, bold: true},
	];
	const rows = body.lines.map((line): Segment[] => {
		const lead: Segment = {text: ' ', role: 'plain'};
		switch (line.role) {
			case 'link':
				return [
					lead,
					{
						text: line.text,
						role: 'link',
						underline: true,
						link: hyperlinks ? linkTarget(message.url) : undefined,
					},
				];
			case 'marker':
			case 'more':
				return [lead, {text: line.text, role: line.role}];
			default:
				return [lead, {text: line.text, role: 'text'}];
		}
	});
	return [heading, ...rows];
}

export function MessageView({message, top, width, height, theme, hyperlinks}: MessageViewProps) {
	const rows = messageViewRows(message, width, hyperlinks).slice(top, top + height);
	return <Rows rows={rows} width={width} height={height} theme={theme} />;
}
