import { PDFDocument } from 'pdf-lib';
import { toNfc } from '$lib/domain/text/normalize';
import { PageFlow } from './page-flow';
import { embedReceiptFonts } from './pdf-fonts';
import type { RenderOptions } from './types';

/** A new document whose title and language screen readers and PDF viewers announce. */
export async function startDocument(title: string, options: RenderOptions): Promise<PageFlow> {
	const doc = await PDFDocument.create();
	doc.setTitle(toNfc(title), { showInWindowTitleBar: true });
	doc.setLanguage('vi-VN');
	doc.setCreator('Cùng Làm');
	doc.setProducer('Cùng Làm (pdf-lib)');
	const fonts = await embedReceiptFonts(doc, options.fonts);
	return new PageFlow(doc, fonts, options.paper);
}

export async function finishDocument(flow: PageFlow): Promise<Uint8Array> {
	flow.numberPages();
	return flow.doc.save();
}
