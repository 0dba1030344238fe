/**
 * CSV as spreadsheet programs read it (RFC 4180): CRLF line ends, fields quoted when they hold a
 * comma, quote or line break, quotes doubled. A leading byte order mark makes Excel take the
 * file as UTF-8; without it Vietnamese shows as mojibake ("Sá»‘ liá»‡u").
 */
export type CsvCell = string | number | null | undefined;

const BOM = '\uFEFF';

export function csvField(value: CsvCell): string {
	if (value === null || value === undefined) return '';
	// NFC: a name typed decomposed would otherwise sort and match apart from the same name composed.
	const text = typeof value === 'number' ? String(value) : value.normalize('NFC');
	return /[",\r\n]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: readonly CsvCell[], rows: readonly (readonly CsvCell[])[]): string {
	return BOM + [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
