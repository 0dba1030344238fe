/**
 * QR codes for status look-up and resume links, drawn as filled rectangles: one per horizontal
 * run of dark modules, so a version 4 code is ~150 rectangles in one path rather than ~600.
 */
import QRCode from 'qrcode';
import type { PageFlow, Rect } from './page-flow';

/** ISO/IEC 18004 asks for four modules of white around the symbol. */
export const QR_QUIET_MODULES = 4;

export type QrMatrix = { size: number; dark: (row: number, column: number) => boolean };

/** Level M (15 % recovery): survives a fold or a smudge, and keeps the code small on A5. */
export function encodeQr(text: string): QrMatrix {
	const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
	return { size: modules.size, dark: (row, column) => modules.get(row, column) === 1 };
}

/** Draws the code, quiet zone included, as a square of side `side` with its top-left at (x, top). */
export function drawQr(
	flow: PageFlow,
	matrix: QrMatrix,
	x: number,
	top: number,
	side: number
): void {
	const module = side / (matrix.size + 2 * QR_QUIET_MODULES);
	const origin = x + QR_QUIET_MODULES * module;
	const rects: Rect[] = [];
	for (let row = 0; row < matrix.size; row++) {
		const y = top - (QR_QUIET_MODULES + row + 1) * module;
		for (let column = 0; column < matrix.size;) {
			if (!matrix.dark(row, column)) {
				column++;
				continue;
			}
			const start = column;
			while (column < matrix.size && matrix.dark(row, column)) column++;
			rects.push({
				x: origin + start * module,
				y,
				width: (column - start) * module,
				height: module
			});
		}
	}
	flow.fillRects(rects);
}
