// Rows of the end-to-end table: samples, their p50/p95, a target and whether it was met.

export type Target = {stat: 'p50' | 'p95'; limit: number};

export type Row = {
	measure: string;
	size: string;
	unit: 'ms' | 'MB';
	values: number[];
	target?: Target;
	/** Shown instead of numbers when the measure could not be taken (e.g. "n/a: ..."). */
	missing?: string;
	note?: string;
};

/** Nearest-rank percentile (p in 0..1) of unsorted values; NaN when there are none. */
export function percentile(values: readonly number[], p: number): number {
	if (values.length === 0) return Number.NaN;
	const sorted = [...values].sort((a, b) => a - b);
	const rank = Math.max(1, Math.ceil(p * sorted.length));
	return sorted[Math.min(sorted.length, rank) - 1] as number;
}

export function p50(values: readonly number[]): number {
	return percentile(values, 0.5);
}

export function p95(values: readonly number[]): number {
	return percentile(values, 0.95);
}

export function formatValue(value: number, unit: Row['unit']): string {
	if (!Number.isFinite(value)) return '—';
	if (unit === 'MB') return `${value.toFixed(0)} MB`;
	if (value >= 100) return `${value.toFixed(0)} ms`;
	return `${value.toFixed(1)} ms`;
}

export function verdict(row: Row): string {
	if (row.missing) return 'n/a';
	if (!row.target) return '';
	const value = row.target.stat === 'p50' ? p50(row.values) : p95(row.values);
	return Number.isFinite(value) && value <= row.target.limit ? 'ok' : 'miss';
}

function targetText(row: Row): string {
	if (!row.target) return '';
	return `${row.target.stat} ≤ ${formatValue(row.target.limit, row.unit)}`;
}

/** Plain text for the terminal: aligned columns. */
export function textTable(rows: readonly Row[]): string {
	const header = ['measure', 'size', 'p50', 'p95', 'target', 'ok/miss', 'n'];
	const body = rows.map((row) => [
		row.measure,
		row.size,
		row.missing ? row.missing : formatValue(p50(row.values), row.unit),
		row.missing ? '' : formatValue(p95(row.values), row.unit),
		targetText(row),
		verdict(row),
		row.missing ? '' : String(row.values.length),
	]);
	const widths = header.map((_, column) =>
		Math.max(...[header, ...body].map((cells) => [...(cells[column] ?? '')].length)),
	);
	const line = (cells: string[]) =>
		cells
			.map((cell, column) => cell.padEnd(widths[column] ?? 0))
			.join('  ')
			.trimEnd();
	return [line(header), ...body.map(line)].join('\n');
}

/** Markdown table, with the notes listed under it. */
export function markdownTable(rows: readonly Row[]): string {
	const lines = [
		'| measure | size | p50 | p95 | target | ok/miss | n |',
		'| --- | --- | ---: | ---: | --- | :---: | ---: |',
	];
	const notes: string[] = [];
	for (const row of rows) {
		const cells = row.missing
			? [row.measure, row.size, row.missing, '', targetText(row), verdict(row), '']
			: [
					row.measure,
					row.size,
					formatValue(p50(row.values), row.unit),
					formatValue(p95(row.values), row.unit),
					targetText(row),
					verdict(row),
					String(row.values.length),
				];
		lines.push(`| ${cells.join(' | ')} |`);
		if (row.note) notes.push(`- ${row.measure} (${row.size}): ${row.note}`);
	}
	return `${lines.join('\n')}\n${notes.length > 0 ? `\n${notes.join('\n')}\n` : ''}`;
}
