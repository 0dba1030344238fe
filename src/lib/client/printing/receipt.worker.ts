/// <reference lib="webworker" />
/**
 * Lays out a document off the main thread: pdf-lib and fontkit parse and subset the font for
 * tens of milliseconds, long enough to stutter typing or a screen reader on an old PC.
 */
import { loadBrowserFonts } from './browser-fonts';
import { renderDocument, type Paper, type ReceiptDocument } from '$lib/receipts';

export type RenderRequest = { id: number; doc: ReceiptDocument; paper: Paper };
export type RenderReply = { id: number; pdf: Uint8Array } | { id: number; error: string };

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = async ({ data }: MessageEvent<RenderRequest>) => {
	try {
		const pdf = await renderDocument(data.doc, {
			paper: data.paper,
			fonts: await loadBrowserFonts()
		});
		scope.postMessage({ id: data.id, pdf } satisfies RenderReply, [pdf.buffer]);
	} catch (error) {
		scope.postMessage({
			id: data.id,
			error: error instanceof Error ? error.name : 'Error'
		} satisfies RenderReply);
	}
};
