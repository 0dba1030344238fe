/**
 * The printed documents: receipts, slips and letters as PDF. Pure TypeScript that runs in the
 * browser (loaded lazily, only when printing) and in Node (staff printing); the caller passes
 * the font bytes (client/printing/receipt.worker.ts with browser-fonts.ts, or server/receipts/node-fonts.ts).
 */
import { APOLOGY_TITLE, layOutApology } from './apology-letter';
import { GUIDANCE_TITLE, layOutGuidance } from './guidance-slip';
import { finishDocument, startDocument } from './pdf-document';
import { layOutMonthlyReport, MONTHLY_REPORT_TITLE } from './monthly-report';
import { layOutPending, PENDING_TITLE } from './pending-slip';
import { layOutReceipt, RECEIPT_TITLE } from './receipt-slip';
import { layOutResume, RESUME_TITLE } from './resume-slip';
import { layOutSummary, SUMMARY_TITLE } from './session-summary';
import type { ReceiptDocument, ReceiptDocumentKind, RenderOptions } from './types';

export type * from './types';

export const documentTitles = {
	receipt: RECEIPT_TITLE,
	pending: PENDING_TITLE,
	guidance: GUIDANCE_TITLE,
	resume: RESUME_TITLE,
	apology: APOLOGY_TITLE,
	summary: SUMMARY_TITLE,
	'monthly-report': MONTHLY_REPORT_TITLE
} as const satisfies Record<ReceiptDocumentKind, string>;

/** The document as PDF bytes, on A4 or A5, with Be Vietnam Pro embedded as subsets. */
export async function renderDocument(
	doc: ReceiptDocument,
	options: RenderOptions
): Promise<Uint8Array> {
	const flow = await startDocument(documentTitles[doc.kind], options);
	switch (doc.kind) {
		case 'receipt':
			layOutReceipt(flow, doc);
			break;
		case 'pending':
			layOutPending(flow, doc);
			break;
		case 'guidance':
			layOutGuidance(flow, doc);
			break;
		case 'resume':
			layOutResume(flow, doc);
			break;
		case 'apology':
			layOutApology(flow, doc);
			break;
		case 'summary':
			layOutSummary(flow, doc);
			break;
		case 'monthly-report':
			layOutMonthlyReport(flow, doc);
			break;
	}
	return finishDocument(flow);
}
