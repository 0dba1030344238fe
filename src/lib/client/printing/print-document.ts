/**
 * "In biên nhận": the PDF is made in a worker (the page renders it itself where workers fail),
 * then handed to the browser's own print dialog through a hidden frame. Everything it needs —
 * pdf-lib, the font files — is precached by the service worker, so it prints offline too.
 */
import type { Paper, ReceiptDocument } from '$lib/receipts/types';
import type { RenderReply, RenderRequest } from './receipt.worker';

let worker: Worker | undefined;
let nextId = 1;
const waiting = new Map<number, (reply: RenderReply) => void>();

function startWorker(): Worker | undefined {
	if (worker) return worker;
	try {
		worker = new Worker(new URL('./receipt.worker.ts', import.meta.url), { type: 'module' });
	} catch {
		return undefined;
	}
	worker.onmessage = ({ data }: MessageEvent<RenderReply>) => {
		waiting.get(data.id)?.(data);
		waiting.delete(data.id);
	};
	return worker;
}

async function renderHere(doc: ReceiptDocument, paper: Paper): Promise<Uint8Array> {
	const [{ renderDocument }, { loadBrowserFonts }] = await Promise.all([
		import('$lib/receipts'),
		import('./browser-fonts')
	]);
	return renderDocument(doc, { paper, fonts: await loadBrowserFonts() });
}

export async function renderPdf(doc: ReceiptDocument, paper: Paper = 'A4'): Promise<Uint8Array> {
	const running = startWorker();
	if (!running) return renderHere(doc, paper);
	const id = nextId++;
	const reply = await new Promise<RenderReply>((resolve) => {
		waiting.set(id, resolve);
		running.postMessage({ id, doc, paper } satisfies RenderRequest);
	});
	if ('pdf' in reply) return reply.pdf;
	// The worker could not make it (e.g. it failed to start): try once on the page.
	return renderHere(doc, paper);
}

export function pdfUrl(pdf: Uint8Array): string {
	return URL.createObjectURL(
		new Blob([pdf as Uint8Array<ArrayBuffer>], { type: 'application/pdf' })
	);
}

/** Opens the browser's print dialog for the PDF; the frame stays until the next print. */
export function printPdf(url: string): void {
	document.getElementById('print-frame')?.remove();
	const frame = document.createElement('iframe');
	frame.id = 'print-frame';
	frame.title = 'PDF';
	frame.setAttribute('aria-hidden', 'true');
	frame.tabIndex = -1;
	frame.style.cssText = 'position:fixed;right:0;bottom:0;width:0;height:0;border:0;';
	frame.onload = () => {
		try {
			frame.contentWindow?.focus();
			frame.contentWindow?.print();
		} catch {
			// A browser that will not print a PDF frame: the download link next to the button works.
			window.open(url, '_blank', 'noopener');
		}
	};
	frame.src = url;
	document.body.append(frame);
}
