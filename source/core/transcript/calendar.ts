// Calendar days as `YYYY-MM-DD`, in UTC so no time zone shifts them.

function pad(n: number, width: number): string {
	return String(n).padStart(width, '0');
}

/** `YYYY-MM-DD` of `days` after `date` (a valid `YYYY-MM-DD`), in UTC so no zone shifts it. */
export function addDays(date: string, days: number): string | undefined {
	const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
	if (!m) return undefined;
	const d = new Date(0);
	// setUTCFullYear, unlike Date.UTC, does not read years 0–99 as 1900–1999.
	d.setUTCFullYear(Number(m[1]), Number(m[2]) - 1, Number(m[3]) + days);
	const year = d.getUTCFullYear();
	if (Number.isNaN(year) || year < 0 || year > 9999) return undefined;
	return `${pad(year, 4)}-${pad(d.getUTCMonth() + 1, 2)}-${pad(d.getUTCDate(), 2)}`;
}
