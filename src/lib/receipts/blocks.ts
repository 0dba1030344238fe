/**
 * Layout pieces the documents share: the national heading, titles, labelled fields, numbered
 * steps, the QR panel and signature blocks. Black on white only: these slips come out of
 * whatever printer the access point has, often a worn monochrome laser.
 */
import { formatAdministrativeDate } from '$lib/domain/text/administrative-date';
import type { IsoDate } from '$lib/domain/calendar/iso-date';
import type { PageFlow, TextStyle } from './page-flow';
import { drawQr, encodeQr } from './qr-code';
import type { Office } from './types';
import type { Run } from './wrap-text';

const NATION = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
const MOTTO = 'Độc lập - Tự do - Hạnh phúc';

/**
 * Office on the left, the national heading on the right, each underlined, as Decree 30/2020
 * lays out administrative documents; then the place and date line under the motto.
 */
export function nationalHeading(
	flow: PageFlow,
	office: Office | undefined,
	dated?: { on: Date | IsoDate; place?: string },
	/** A letter's number ('Số: 12/TXL-UBND'), under the office name. */
	reference?: string
): void {
	const split = office ? flow.width * 0.45 : 0;
	const right = { x: flow.left + split, width: flow.width - split, align: 'center' as const };
	const left = { x: flow.left, width: split - flow.pt(8), align: 'center' as const };
	const top = flow.y;
	const nationHeight = flow.paragraphAt(NATION, { ...right, bold: true, size: 'small' }, top);
	const mottoHeight = flow.paragraphAt(MOTTO, { ...right, bold: true }, top - nationHeight);
	const rightBottom = top - nationHeight - mottoHeight;
	underline(flow, MOTTO, true, 'body', right.x + right.width / 2, rightBottom);

	let leftBottom = top;
	const leftLine = (text: string, bold: boolean) => {
		leftBottom -= flow.paragraphAt(text, { ...left, size: 'small', bold }, leftBottom);
	};
	if (office) {
		if (office.parent) leftLine(office.parent.toLocaleUpperCase('vi'), false);
		leftLine(office.name.toLocaleUpperCase('vi'), true);
		if (office.unit) leftLine(office.unit, true);
		const centre = left.x + left.width / 2;
		const half = flow.pt(30);
		flow.hLine(centre - half, centre + half, leftBottom - flow.pt(3));
		if (reference) {
			leftBottom -= flow.pt(6);
			leftLine(reference, false);
		}
	}
	flow.y = Math.min(leftBottom, rightBottom) - flow.pt(8);
	if (dated) {
		const where = dated.place ?? office?.place;
		const line = `${where ? `${where}, ` : ''}${formatAdministrativeDate(dated.on)}`;
		flow.paragraph(line, { ...right, size: 'small' });
	}
	flow.gap(6);
}

function underline(
	flow: PageFlow,
	text: string,
	bold: boolean,
	size: 'body' | 'small',
	centre: number,
	y: number
): void {
	const half = flow.measure(text, bold, size) / 2;
	flow.hLine(centre - half, centre + half, y - flow.pt(1));
}

export function documentTitle(flow: PageFlow, title: string, subtitle?: string): void {
	flow.ensure(flow.lineHeight('title') * 2 + flow.lineHeight('body') * 2);
	flow.paragraph(title, { size: 'title', bold: true, align: 'center', after: subtitle ? 2 : 8 });
	if (subtitle) flow.paragraph(subtitle, { align: 'center', after: 10 });
}

export function sectionHeading(flow: PageFlow, text: string): void {
	// Never the last line of a page: keep the heading with two lines of what follows.
	flow.ensure(flow.lineHeight('heading') + flow.lineHeight('body') * 2);
	flow.gap(4);
	flow.paragraph(text, { size: 'heading', bold: true, after: 3 });
}

/** 'Label: value', the label bold; an empty value prints a dotted line to fill in by hand. */
export function field(
	flow: PageFlow,
	label: string,
	value: string | undefined,
	style: TextStyle = {}
): void {
	const shown = value === undefined || value.trim() === '' ? '……………………………' : value;
	flow.paragraph(
		[
			{ text: `${label}: `, bold: true },
			{ text: shown, bold: style.bold }
		],
		{
			...style,
			bold: undefined,
			after: style.after ?? 2
		}
	);
}

export function numberedList(
	flow: PageFlow,
	items: readonly (string | Run[])[],
	style: TextStyle = {}
): void {
	items.forEach((item, index) =>
		flow.paragraph(item, { ...style, marker: `${index + 1}.`, after: 3 })
	);
}

export function bulletList(flow: PageFlow, items: readonly string[], style: TextStyle = {}): void {
	for (const item of items) flow.paragraph(item, { ...style, marker: '–', after: 2 });
}

/** The QR code with its explanation beside it, kept together on one page. */
export function qrPanel(
	flow: PageFlow,
	url: string,
	text: readonly (string | Run[])[],
	side = 92
): void {
	const qrSide = flow.pt(side);
	const gap = flow.pt(12);
	const textStyle: TextStyle = { x: flow.left + qrSide + gap, size: 'small' };
	const paragraphGap = flow.pt(3);
	const textHeight = text.reduce((sum, p) => sum + flow.heightOf(p, textStyle) + paragraphGap, 0);
	flow.ensure(Math.max(qrSide, textHeight));
	const top = flow.y;
	drawQr(flow, encodeQr(url), flow.left, top, qrSide);
	// The quiet zone is blank already; centre the text on the printed part of the code.
	let y = top - Math.max(0, (qrSide - textHeight) / 2);
	for (const paragraph of text) y -= flow.paragraphAt(paragraph, textStyle, y) + paragraphGap;
	flow.y = Math.min(top - qrSide, y) - flow.pt(6);
}

export type Signature = { title: string; note?: string; name?: string };

/** Signature blocks side by side (one on the right when alone), with room to sign by hand. */
export function signatures(flow: PageFlow, blocks: readonly Signature[]): void {
	const room = flow.pt(44);
	const columnWidth = flow.width / 2;
	const style = (index: number): TextStyle => ({
		x: flow.left + (blocks.length === 1 ? columnWidth : index * columnWidth),
		width: columnWidth,
		align: 'center'
	});
	const heights = blocks.map(
		(block, i) =>
			flow.heightOf(block.title, { ...style(i), bold: true }) +
			flow.heightOf(block.note ?? '', { ...style(i), size: 'small' }) +
			room +
			flow.heightOf(block.name ?? '', { ...style(i), bold: true })
	);
	flow.ensure(Math.max(...heights));
	const top = flow.y;
	blocks.forEach((block, i) => {
		let y = top - flow.paragraphAt(block.title, { ...style(i), bold: true }, top);
		if (block.note) y -= flow.paragraphAt(block.note, { ...style(i), size: 'small' }, y);
		y -= room;
		if (block.name) flow.paragraphAt(block.name, { ...style(i), bold: true }, y);
	});
	flow.y = top - Math.max(...heights) - flow.pt(4);
}

/** Text in a thick frame: survives photocopying and reads at a glance ('CHỜ GỬI'). */
export function stamp(flow: PageFlow, text: string, caption?: string): void {
	const padding = flow.pt(10);
	const natural = Math.max(
		flow.measure(text, true, 'huge'),
		caption ? flow.measure(caption, true, 'body') : 0
	);
	const width = Math.min(flow.width, natural + 4 * padding);
	const x = flow.left + (flow.width - width) / 2;
	const inner = { x: x + padding, width: width - 2 * padding, align: 'center' as const };
	const textStyle = { ...inner, size: 'huge', bold: true } as const;
	const captionStyle = { ...inner, bold: true };
	const textHeight = flow.heightOf(text, textStyle);
	const height = textHeight + (caption ? flow.heightOf(caption, captionStyle) : 0) + 2 * padding;
	flow.ensure(height);
	flow.strokeRect({ x, y: flow.y - height, width, height }, flow.pt(3));
	flow.paragraphAt(text, textStyle, flow.y - padding);
	if (caption) flow.paragraphAt(caption, captionStyle, flow.y - padding - textHeight);
	flow.y -= height + flow.pt(12);
}

/** The small print at the end: kept whole on the last page. */
export function footnote(flow: PageFlow, text: string): void {
	flow.gap(4);
	flow.ensure(flow.heightOf(text, { size: 'small' }) + flow.pt(4));
	flow.hLine(flow.left, flow.left + flow.width / 3, flow.y, flow.pt(0.5));
	flow.gap(3);
	flow.paragraph(text, { size: 'small' });
}
