/**
 * Greedy word wrap for the printed documents. pdf-lib draws one line at a time and never wraps,
 * so every paragraph goes through here with the real glyph widths of the embedded font.
 */

/** A piece of text in one weight; a paragraph is a list of runs ('Mã hồ sơ: ' bold, then the code). */
export type Run = { text: string; bold?: boolean };

export type MeasureRun = (text: string, bold: boolean) => number;

type Piece = { text: string; bold: boolean; width: number };
/** Pieces with no space between them: a word may change weight mid-way ('Mã:' + 'G22…'). */
type Unit = { pieces: Piece[]; width: number; space: Piece | undefined };

const TOKEN = /(\n)|([ \t]+)|([^ \t\n]+)/g;

/** Lines no wider than maxWidth; a word longer than a whole line (a URL) is cut between characters. */
export function wrapRuns(runs: readonly Run[], maxWidth: number, measure: MeasureRun): Run[][] {
	const paragraphs: Unit[][] = [[]];
	let pendingSpace: Piece | undefined;
	let glued = false;
	for (const run of runs) {
		const bold = run.bold ?? false;
		for (const [, newline, space, word] of run.text.matchAll(TOKEN)) {
			if (newline) {
				paragraphs.push([]);
				pendingSpace = undefined;
				glued = false;
			} else if (space) {
				pendingSpace = { text: ' ', bold, width: measure(' ', bold) };
				glued = false;
			} else if (word) {
				const piece = { text: word, bold, width: measure(word, bold) };
				const units = paragraphs.at(-1)!;
				const last = units.at(-1);
				if (glued && last) {
					last.pieces.push(piece);
					last.width += piece.width;
				} else {
					units.push({ pieces: [piece], width: piece.width, space: pendingSpace });
				}
				pendingSpace = undefined;
				glued = true;
			}
		}
	}
	return paragraphs.flatMap((units) => layOut(units, maxWidth, measure));
}

/** Plain text of one weight, wrapped: the common case. */
export function wrapText(
	text: string,
	maxWidth: number,
	measure: (text: string) => number
): string[] {
	return wrapRuns([{ text }], maxWidth, (t) => measure(t)).map((line) =>
		line.map((run) => run.text).join('')
	);
}

function layOut(units: Unit[], maxWidth: number, measure: MeasureRun): Run[][] {
	const lines: Piece[][] = [];
	let line: Piece[] = [];
	let width = 0;
	for (const unit of units) {
		const space = unit.space ?? { text: '', bold: false, width: 0 };
		if (line.length > 0 && width + space.width + unit.width <= maxWidth) {
			line.push(space, ...unit.pieces);
			width += space.width + unit.width;
			continue;
		}
		if (line.length > 0) lines.push(line);
		if (unit.width <= maxWidth) {
			line = [...unit.pieces];
			width = unit.width;
			continue;
		}
		const cut = cutLongUnit(unit.pieces, maxWidth, measure);
		lines.push(...cut.slice(0, -1));
		line = cut.at(-1) ?? [];
		width = line.reduce((sum, piece) => sum + piece.width, 0);
	}
	lines.push(line);
	return lines.map(mergeSameWeight);
}

function cutLongUnit(pieces: Piece[], maxWidth: number, measure: MeasureRun): Piece[][] {
	const lines: Piece[][] = [];
	let line: Piece[] = [];
	let width = 0;
	for (const piece of pieces) {
		// Array.from keeps a character outside the BMP whole.
		for (const char of Array.from(piece.text)) {
			const charWidth = measure(char, piece.bold);
			if (line.length > 0 && width + charWidth > maxWidth) {
				lines.push(line);
				line = [];
				width = 0;
			}
			line.push({ text: char, bold: piece.bold, width: charWidth });
			width += charWidth;
		}
	}
	lines.push(line);
	return lines;
}

/** Fewer drawText calls: neighbouring pieces of the same weight become one run. */
function mergeSameWeight(line: Piece[]): Run[] {
	const runs: Run[] = [];
	for (const piece of line) {
		const last = runs.at(-1);
		if (last && (last.bold ?? false) === piece.bold) last.text += piece.text;
		else runs.push(piece.bold ? { text: piece.text, bold: true } : { text: piece.text });
	}
	return runs;
}
