import {useStdout} from 'ink';
import {useEffect, useState} from 'react';

type Size = {width: number; height: number};

function sizeOf(stdout: NodeJS.WriteStream): Size {
	return {width: stdout.columns || 80, height: stdout.rows || 24};
}

/** The terminal size, read once here and updated on `resize`; a fixed size wins (tests). */
export function useTerminalSize(fixed?: Size): Size {
	const {stdout} = useStdout();
	const [size, setSize] = useState<Size>(() => fixed ?? sizeOf(stdout));
	useEffect(() => {
		if (fixed) return;
		const onResize = () => setSize(sizeOf(stdout));
		stdout.on('resize', onResize);
		return () => {
			stdout.off('resize', onResize);
		};
	}, [stdout, fixed]);
	return fixed ?? size;
}
