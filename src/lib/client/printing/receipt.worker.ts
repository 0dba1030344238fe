/// <reference lib="webworker" />
/**
 * Lays out a document off the main thread: pdf-lib and fontkit parse and subset the font for
 * tens of milliseconds, long enough to stutter typing or a screen reader on an old PC.
 */
import type { FontUrls } from './browser-fonts';
import { renderDocument, type Paper, type ReceiptDocument } from '$lib/receipts';
import type { ReceiptFonts } from '$lib/receipts/types';

export type RenderRequest = { id: number; doc: ReceiptDocument; paper: Paper; fonts: FontUrls };
export type RenderReply = { id: number; pdf: Uint8Array } | { id: number; error: string };

const scope = self as unknown as DedicatedWorkerGlobalScope;

let loading: Promise<ReceiptFonts> | undefined;

async function fetchFont(url: string): Promise<Uint8Array> {
	const response = await fetch(url);
	if (!response.ok) throw new Error(`font ${url}: HTTP ${response.status}`);
	return new Uint8Array(await response.arrayBuffer());
}

/** Both weights, fetched once; a failed fetch (offline before the printing cache was warm) may be retried. */
function loadFonts(urls: FontUrls): Promise<ReceiptFonts> {
	loading ??= Promise.all([fetchFont(urls.regular), fetchFont(urls.bold)]).then(
		([regular, bold]) => ({ regular, bold }),
		(error: unknown) => {
			loading = undefined;
			throw error;
		}
	);
	return loading;
}

scope.onmessage = async ({ data }: MessageEvent<RenderRequest>) => {
	try {
		const pdf = await renderDocument(data.doc, {
			paper: data.paper,
			fonts: await loadFonts(data.fonts)
		});
		scope.postMessage({ id: data.id, pdf } satisfies RenderReply, [pdf.buffer]);
	} catch (error) {
		scope.postMessage({
			id: data.id,
			error: error instanceof Error ? error.name : 'Error'
		} satisfies RenderReply);
	}
};
