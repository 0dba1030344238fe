/**
 * "In biên nhận": the PDF is made in a worker, then handed to the browser's own print dialog
 * through a hidden frame. Everything it needs — the worker with pdf-lib, the font files — is
 * fetched into the service worker's printing cache once the app is idle, so it prints offline too.
 */
import type { Paper, ReceiptDocument } from '$lib/receipts/types';
import { browserFontUrls } from './browser-fonts';
import type { RenderReply, RenderRequest } from './receipt.worker';

let worker: Worker | undefined;
let nextId = 1;
const waiting = new Map<number, (reply: RenderReply) => void>();

/** Answers every request still waiting with an error, e.g. when the worker's script did not load. */
function failAll(error: string): void {
	for (const [id, resolve] of waiting) resolve({ id, error });
	waiting.clear();
}

function startWorker(): Worker {
	if (worker) return worker;
	const started = new Worker(new URL('./receipt.worker.ts', import.meta.url), { type: 'module' });
	started.onmessage = ({ data }: MessageEvent<RenderReply>) => {
		waiting.get(data.id)?.(data);
		waiting.delete(data.id);
	};
	started.onerror = (event) => {
		event.preventDefault();
		// A worker that failed to start is dropped, so the next print tries again.
		worker = undefined;
		failAll('WorkerError');
	};
	worker = started;
	return started;
}

/**
 * Only the worker holds pdf-lib and the fonts: one copy of the PDF stack in the build, fetched
 * into the printing cache once the app is idle (see src/service-worker.ts). Every browser we
 * support runs module workers, so there is no on-page copy to fall back to.
 */
export async function renderPdf(doc: ReceiptDocument, paper: Paper = 'A4'): Promise<Uint8Array> {
	const running = startWorker();
	const id = nextId++;
	const reply = await new Promise<RenderReply>((resolve) => {
		waiting.set(id, resolve);
		running.postMessage({ id, doc, paper, fonts: browserFontUrls } satisfies RenderRequest);
	});
	if ('pdf' in reply) return reply.pdf;
	throw new Error(`receipt worker: ${reply.error}`);
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
