import { toCsv } from '$lib/domain/text/csv';
import type { FigureTable } from './tables';

/** "Tải CSV": the table as the page shows it, saved under a Vietnamese, accent-free name. */
export function downloadCsv(table: FigureTable, month: string): void {
	const blob = new Blob([toCsv(table.columns, table.rows)], { type: 'text/csv;charset=utf-8' });
	const url = URL.createObjectURL(blob);
	const link = document.createElement('a');
	link.href = url;
	link.download = `so-lieu-${table.id}-${month}.csv`;
	document.body.append(link);
	link.click();
	link.remove();
	// Some browsers read the blob after click() returns: let it go a little later.
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
