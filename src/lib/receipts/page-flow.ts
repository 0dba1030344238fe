/**
 * A top-to-bottom cursor over the pages of one document: text wraps inside the margins and a
 * paragraph that reaches the bottom margin continues on a new page, so a long list of papers
 * never runs off the sheet. Sizes are given for A4 and scaled down for A5.
 */
import {
	PDFDocument,
	fill,
	lineTo,
	moveTo,
	popGraphicsState,
	pushGraphicsState,
	rectangle,
	setFillingGrayscaleColor,
	setLineWidth,
	setStrokingGrayscaleColor,
	stroke,
	type PDFPage
} from 'pdf-lib';
import type { DocumentFonts } from './pdf-fonts';
import type { Paper } from './types';
import { wrapRuns, type Run } from './wrap-text';

export type PaperSpec = {
	width: number;
	height: number;
	margin: { top: number; right: number; bottom: number; left: number };
	/** Type and spacing relative to A4. */
	scale: number;
};

// Points. Decree 30/2020 asks 30–35 mm on the left of administrative documents for binding;
// these slips are not bound, so the margins stay even and leave room for the content on A5.
export const papers: Record<Paper, PaperSpec> = {
	A4: {
		width: 595.28,
		height: 841.89,
		margin: { top: 48, right: 48, bottom: 48, left: 60 },
		scale: 1
	},
	A5: {
		width: 419.53,
		height: 595.28,
		margin: { top: 26, right: 28, bottom: 26, left: 34 },
		scale: 0.8
	}
};

/** A4 sizes in points. 12 pt body text stays legible for older readers; A5 prints at 9.6 pt. */
const typeSizes = { small: 10, body: 12, heading: 13, title: 15, large: 24, huge: 34 } as const;
export type TypeSize = keyof typeof typeSizes;

const LINE_SPACING = 1.35;
/** Vietnamese capitals stack marks above the cap height (Ấ, Ễ): the first line needs the room. */
const ASCENT = 1.05;

export type Align = 'left' | 'center' | 'right';

export type TextStyle = {
	size?: TypeSize;
	bold?: boolean;
	align?: Align;
	/** Left edge and width of the text column; the margins by default. */
	x?: number;
	width?: number;
	/** Drawn in the gutter left of the first line ('1.', '–'); later lines hang under the text. */
	marker?: string;
	/** Extra space after the paragraph, in A4 points. */
	after?: number;
};

export type Rect = { x: number; y: number; width: number; height: number };

export class PageFlow {
	readonly pages: PDFPage[] = [];
	page!: PDFPage;
	/** Top of the free space on the current page, in PDF coordinates (origin bottom left). */
	y = 0;
	private readonly spec: PaperSpec;

	constructor(
		readonly doc: PDFDocument,
		readonly fonts: DocumentFonts,
		paper: Paper
	) {
		this.spec = papers[paper];
		this.newPage();
	}

	get left(): number {
		return this.spec.margin.left;
	}

	get right(): number {
		return this.spec.width - this.spec.margin.right;
	}

	get width(): number {
		return this.right - this.left;
	}

	get bottom(): number {
		return this.spec.margin.bottom;
	}

	/** A length given for A4, on this paper. */
	pt(a4Points: number): number {
		return a4Points * this.spec.scale;
	}

	size(name: TypeSize): number {
		return typeSizes[name] * this.spec.scale;
	}

	lineHeight(size: TypeSize): number {
		return this.size(size) * LINE_SPACING;
	}

	newPage(): void {
		this.page = this.doc.addPage([this.spec.width, this.spec.height]);
		this.pages.push(this.page);
		this.y = this.spec.height - this.spec.margin.top;
	}

	/** Starts a new page unless `height` still fits above the bottom margin. */
	ensure(height: number): void {
		if (this.y - height < this.bottom && this.y < this.spec.height - this.spec.margin.top) {
			this.newPage();
		}
	}

	gap(a4Points: number): void {
		this.y -= this.pt(a4Points);
	}

	measure(text: string, bold: boolean, size: TypeSize): number {
		return this.fonts.width(this.fonts.drawable(text), bold, this.size(size));
	}

	/** Wrapped lines of a paragraph, after the one normalisation every drawn string goes through. */
	lines(content: string | readonly Run[], style: TextStyle = {}): Run[][] {
		const size = style.size ?? 'body';
		const runs = typeof content === 'string' ? [{ text: content, bold: style.bold }] : content;
		const drawable = runs.map((run) => ({ ...run, text: this.fonts.drawable(run.text) }));
		const column = this.column(style);
		return wrapRuns(drawable, column.textWidth, (text, bold) =>
			this.fonts.width(text, bold, this.size(size))
		);
	}

	/** Height the paragraph would take, for keeping a block together or laying out columns. */
	heightOf(content: string | readonly Run[], style: TextStyle = {}): number {
		return this.lines(content, style).length * this.lineHeight(style.size ?? 'body');
	}

	/** A paragraph that flows onto the next page line by line when it reaches the bottom margin. */
	paragraph(content: string | readonly Run[], style: TextStyle = {}): void {
		const lineHeight = this.lineHeight(style.size ?? 'body');
		this.lines(content, style).forEach((line, index) => {
			this.ensure(lineHeight);
			this.drawLine(line, style, this.y, index === 0);
			this.y -= lineHeight;
		});
		this.gap(style.after ?? 0);
	}

	/** A paragraph drawn from `top` without moving the cursor or breaking the page; its height. */
	paragraphAt(content: string | readonly Run[], style: TextStyle, top: number): number {
		const lineHeight = this.lineHeight(style.size ?? 'body');
		const lines = this.lines(content, style);
		lines.forEach((line, index) =>
			this.drawLine(line, style, top - index * lineHeight, index === 0)
		);
		return lines.length * lineHeight;
	}

	/** One path, one fill: bars and QR modules print crisp, with no seams between neighbours. */
	fillRects(rects: readonly Rect[]): void {
		this.page.pushOperators(
			pushGraphicsState(),
			setFillingGrayscaleColor(0),
			...rects.map((r) => rectangle(r.x, r.y, r.width, r.height)),
			fill(),
			popGraphicsState()
		);
	}

	strokeRect(rect: Rect, lineWidth = this.pt(1)): void {
		this.page.pushOperators(
			pushGraphicsState(),
			setStrokingGrayscaleColor(0),
			setLineWidth(lineWidth),
			rectangle(rect.x, rect.y, rect.width, rect.height),
			stroke(),
			popGraphicsState()
		);
	}

	hLine(x1: number, x2: number, y: number, lineWidth = this.pt(0.6)): void {
		this.page.pushOperators(
			pushGraphicsState(),
			setStrokingGrayscaleColor(0),
			setLineWidth(lineWidth),
			moveTo(x1, y),
			lineTo(x2, y),
			stroke(),
			popGraphicsState()
		);
	}

	/** Page numbers, only when a document ran onto more than one page. */
	numberPages(): void {
		if (this.pages.length < 2) return;
		this.pages.forEach((page, index) => {
			const text = `Trang ${index + 1}/${this.pages.length}`;
			const size = this.size('small');
			const width = this.fonts.width(text, false, size);
			page.drawText(text, {
				x: this.right - width,
				y: this.bottom - size * 1.6,
				size,
				font: this.fonts.regular
			});
		});
	}

	private column(style: TextStyle): { x: number; width: number; textX: number; textWidth: number } {
		const x = style.x ?? this.left;
		const width = style.width ?? this.right - x;
		const size = style.size ?? 'body';
		// As wide as '10.' at least, so that items 9 and 10 of a list start their text together.
		const gutter =
			style.marker === undefined
				? 0
				: Math.max(this.measure(style.marker, false, size), this.measure('00.', false, size)) +
					this.pt(5);
		return { x, width, textX: x + gutter, textWidth: width - gutter };
	}

	private drawLine(line: readonly Run[], style: TextStyle, top: number, first: boolean): void {
		const sizeName = style.size ?? 'body';
		const size = this.size(sizeName);
		const baseline = top - size * ASCENT;
		const column = this.column(style);
		if (first && style.marker !== undefined) {
			this.page.drawText(this.fonts.drawable(style.marker), {
				x: column.x,
				y: baseline,
				size,
				font: this.fonts.regular
			});
		}
		const widths = line.map((run) => this.fonts.width(run.text, run.bold ?? false, size));
		const total = widths.reduce((a, b) => a + b, 0);
		const align = style.align ?? 'left';
		let x =
			align === 'left'
				? column.textX
				: align === 'center'
					? column.textX + (column.textWidth - total) / 2
					: column.textX + column.textWidth - total;
		line.forEach((run, index) => {
			if (run.text.trim() !== '') {
				const font = run.bold ? this.fonts.bold : this.fonts.regular;
				this.page.drawText(run.text, { x, y: baseline, size, font });
			}
			x += widths[index]!;
		});
	}
}
