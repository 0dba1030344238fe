/**
 * A ruled table whose cells wrap. A row is never split; when the next row does not fit, the
 * table goes on on a new page under its header again, so a long list of papers stays readable.
 */
import type { Align, PageFlow, TextStyle } from './page-flow';
import type { Run } from './wrap-text';

export type Column = {
	header: string;
	/** Share of the table width; the shares are scaled to add up to the whole. */
	share: number;
	align?: Align;
};

export type Cell = string | Run[];

export function table(flow: PageFlow, columns: readonly Column[], rows: readonly Cell[][]): void {
	const padding = flow.pt(4);
	const total = columns.reduce((sum, column) => sum + column.share, 0);
	let x = flow.left;
	const placed = columns.map((column) => {
		const width = (flow.width * column.share) / total;
		const cell = {
			x,
			width,
			style: { x: x + padding, width: width - 2 * padding, align: column.align }
		};
		x += width;
		return cell;
	});

	const rowHeight = (cells: readonly Cell[], style: TextStyle) =>
		Math.max(...cells.map((cell, i) => flow.heightOf(cell, { ...placed[i]!.style, ...style }))) +
		2 * padding;

	const drawRow = (cells: readonly Cell[], style: TextStyle) => {
		const height = rowHeight(cells, style);
		const top = flow.y;
		cells.forEach((cell, i) => {
			const column = placed[i]!;
			flow.paragraphAt(cell, { ...column.style, ...style }, top - padding);
			flow.strokeRect({ x: column.x, y: top - height, width: column.width, height }, flow.pt(0.6));
		});
		flow.y -= height;
	};

	const header = columns.map((column) => column.header);
	const headerStyle: TextStyle = { bold: true, size: 'small', align: 'center' };
	const headerHeight = rowHeight(header, headerStyle);
	rows.forEach((row, index) => {
		const height = rowHeight(row, {});
		const pageBefore = flow.page;
		flow.ensure((index === 0 ? headerHeight : 0) + height);
		if (index === 0 || flow.page !== pageBefore) drawRow(header, headerStyle);
		drawRow(row, {});
	});
	flow.gap(6);
}
