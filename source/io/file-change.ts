// How a followed file changed between two looks: the one place that tells growth,
// truncation, rotation, deletion and recreation apart (the reader and the plain follower).

/** A look at the file: its identity (device and inode) and size, or gone. */
export type FileSeen = {identity: string; size: number} | 'gone';

export type FileChange = 'same' | 'grew' | 'truncated' | 'replaced' | 'deleted' | 'recreated';

/** `before` is undefined before the first look. */
export function fileChange(before: FileSeen | undefined, now: FileSeen): FileChange {
	if (now === 'gone') return before === 'gone' ? 'same' : 'deleted';
	if (before === undefined) return 'grew';
	if (before === 'gone') return 'recreated';
	if (now.identity !== before.identity) return 'replaced';
	if (now.size < before.size) return 'truncated';
	return now.size > before.size ? 'grew' : 'same';
}
