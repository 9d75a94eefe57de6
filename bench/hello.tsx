// The reference for the first-frame bench: the smallest Ink program, bundled like the CLI
// (see build.mjs), that draws one line with a time in it and quits on q.
import {render, Text, useApp, useInput} from 'ink';

function Hello() {
	const {exit} = useApp();
	useInput((input) => {
		if (input === 'q') exit();
	});
	return <Text>hello 12:00:00</Text>;
}

render(<Hello />);
