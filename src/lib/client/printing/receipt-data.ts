/**
 * What the receipt and the "Chờ gửi" slip say about one submission, from what the device knows:
 * the submission record (code, dates), the procedure definition, and — for the receipt only —
 * the clean application still in the session's memory. Official documents are in Vietnamese.
 */
import type { Answers } from '$lib/domain/procedures/answers';
import { applicantName } from '$lib/domain/procedures/applicant-name';
import { applicantPhone } from '$lib/domain/procedures/applicant-phone';
import { computeFee } from '$lib/domain/procedures/fee';
import type { ProvinceFeeSchedule } from '$lib/domain/procedures/province-fees';
import { linkBase } from '$lib/domain/office/public-url';
import type { ProcedureDefinition } from '$lib/domain/procedures/procedure.schema';
import { deliveryNames, type Delivery } from '$lib/domain/procedures/procedure-labels';
import type { SubmissionRecord } from '../db';
import { FEE_SET_BY_PROVINCE } from '$lib/receipts/fee-text';
import type { Office, PendingSlip, ReceivedDocument, ReceiptSlip } from '$lib/receipts/types';

export const lookupUrlFor = (origin: string, codeOrReference: string) =>
	`${origin}/tra-cuu?ma=${encodeURIComponent(codeOrReference)}`;

/** Each document slot with the number of files attached to it ("Bản chụp": scans or photos). */
export function receivedDocuments(
	definition: ProcedureDefinition,
	answers: Answers
): ReceivedDocument[] {
	const copies = new Map<string, number>();
	for (const step of definition.steps) {
		for (const field of step.fields) {
			if (field.kind !== 'document') continue;
			const files = answers[step.id]?.[field.id];
			const n = Array.isArray(files) ? files.length : 0;
			if (n > 0) copies.set(field.slot, (copies.get(field.slot) ?? 0) + n);
		}
	}
	return definition.documents
		.filter((slot) => copies.has(slot.id))
		.map((slot) => ({ name: slot.name.vi, form: 'Bản chụp', copies: copies.get(slot.id)! }));
}

function resultDelivery(answers: Answers): string {
	const method = answers.delivery?.method;
	return typeof method === 'string' && method in deliveryNames
		? deliveryNames[method as Delivery].vi
		: deliveryNames.desk.vi;
}

/**
 * The amount where the definition gives one; for a fee the province sets, the office's province's
 * figure (the administrator's schedule, else the definition's figure for that province), and
 * "Theo mức thu của tỉnh" where there is none.
 */
export function receiptFee(
	definition: ProcedureDefinition,
	answers: Answers,
	schedule?: ProvinceFeeSchedule
): ReceiptSlip['fee'] {
	const quote = computeFee(definition, answers, {
		...(schedule ? { provinceCode: schedule.provinceCode } : {}),
		schedule
	});
	if (quote.kind === 'amount') return quote.totalVnd;
	if (quote.kind === 'set_by_province') return FEE_SET_BY_PROVINCE;
	return 0;
}

export function receiptFor(input: {
	record: SubmissionRecord;
	definition: ProcedureDefinition;
	answers: Answers;
	office: Office;
	origin: string;
	/** The office's public address (reference data); the page's origin when none is set. */
	publicUrl?: string | undefined;
	schedule?: ProvinceFeeSchedule | undefined;
}): ReceiptSlip | undefined {
	const { record, definition, answers } = input;
	if (!record.dossierCode || !record.receivedAt || !record.dueDate) return undefined;
	const phone = applicantPhone(definition, answers);
	return {
		kind: 'receipt',
		office: input.office,
		dossierCode: record.dossierCode,
		applicant: { name: applicantName(answers, definition), ...(phone ? { phone } : {}) },
		procedure: definition.name.vi,
		documents: receivedDocuments(definition, answers),
		receivedAt: new Date(record.receivedAt),
		dueDate: record.dueDate,
		resultDelivery: resultDelivery(answers),
		fee: receiptFee(definition, answers, input.schedule),
		lookupUrl: lookupUrlFor(linkBase(input.publicUrl, input.origin), record.dossierCode)
	};
}

export function pendingSlipFor(input: {
	record: SubmissionRecord;
	definition: ProcedureDefinition;
	origin: string;
	publicUrl?: string | undefined;
	accessPoint?: string;
}): PendingSlip {
	return {
		kind: 'pending',
		...(input.accessPoint ? { accessPoint: input.accessPoint } : {}),
		localReference: input.record.localReference,
		procedure: input.definition.name.vi,
		createdAt: new Date(input.record.createdAt),
		lookupUrl: lookupUrlFor(linkBase(input.publicUrl, input.origin), input.record.localReference)
	};
}
