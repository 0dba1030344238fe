/**
 * What pages do with submitted dossiers, in one module loaded on demand: "Nộp hồ sơ", the
 * submitted page's live status, "Gửi lại" / "Xoá", and the look-up from this device offline.
 */
import { liveQuery } from 'dexie';
import type { Answers, AttachmentRef } from '$lib/domain/procedures/answers';
import { isPlainObject } from '$lib/domain/procedures/answers';
import { applicantPhone } from '$lib/domain/procedures/applicant-phone';
import { applicantEmail } from '$lib/domain/procedures/applicant-email';
import {
	consentedContact,
	type ContactAddresses,
	type ContactChoice
} from '$lib/domain/notifications/consented-contact';
import type { ProcedureDefinition } from '$lib/domain/procedures/procedure.schema';
import { normalizeDossierCode } from '$lib/domain/dossier/dossier-code';
import { cungLamDb, type Consent, type SubmissionRecord } from '../db';
import { loadAttachment } from '../attachments/attachment-store';
import {
	deleteSubmission,
	enqueueRecord,
	enqueueSubmission,
	phoneMatches,
	retrySubmission
} from './outbox';
import { officeSettingKey } from '../reference-data/device-reference';
import { syncLoop } from './sync-loop';
import { readReferenceData } from '../reference-data/device-reference';
import type { ProvinceFeeSchedule } from '$lib/domain/procedures/province-fees';
import { enqueueSupplement, supplementWaiting, type SupplementFile } from './supplement-outbox';
import type { Office } from '$lib/receipts/types';

export type CleanApplication = {
	procedureId: string;
	procedureVersion: number;
	answers: Answers;
};

function attachmentRefs(answers: Answers): AttachmentRef[] {
	return Object.values(answers).flatMap((step) =>
		Object.values(step).flatMap((value) =>
			Array.isArray(value)
				? value.filter(
						(v): v is AttachmentRef => isPlainObject(v) && typeof v.attachmentId === 'string'
					)
				: []
		)
	);
}

/** Drafts saved before issue 20 have neither answer: no messages. */
const choiceOf = (consent: Consent | null): ContactChoice => ({
	email: consent?.contactByEmail === true,
	sms: consent?.contactBySms === true
});

/**
 * Queues a validated application with its files (opened with the session's key, sealed again
 * under the outbox key), deletes the draft, and wakes the sync loop.
 */
export async function submitApplication(input: {
	definition: ProcedureDefinition;
	application: CleanApplication;
	draftId: string;
	key: CryptoKey;
	context?: { accessPointId?: string; coachingRecordId?: string };
	/** The consent screen's answers (email and SMS among them), with any address typed there. */
	contact?: { consent: Consent | null; typed: ContactAddresses };
}): Promise<SubmissionRecord> {
	const db = cungLamDb();
	const files = new Map<string, Blob>();
	for (const ref of attachmentRefs(input.application.answers)) {
		if (!files.has(ref.attachmentId)) {
			files.set(ref.attachmentId, await loadAttachment(db, input.key, ref));
		}
	}
	const phone = applicantPhone(input.definition, input.application.answers);
	const contact =
		input.contact &&
		consentedContact(choiceOf(input.contact.consent), input.contact.typed, {
			phone,
			email: applicantEmail(input.definition, input.application.answers)
		});
	const record = await enqueueSubmission(db, {
		application: input.application,
		procedureSlug: input.definition.slug,
		files,
		phone,
		...(contact && { contact }),
		draftId: input.draftId,
		context: input.context
	});
	syncLoop.request();
	return record;
}

/** A coaching record or a rating, queued for the server like a dossier, then sent. */
export async function queueRecord(
	kind: 'coaching.record' | 'rating.submit',
	record: { id: string }
): Promise<void> {
	await enqueueRecord(cungLamDb(), kind, record.id, record);
	syncLoop.request();
}

/** "Cần bổ sung": queues the added papers for the dossier, then wakes the sync loop. */
export async function queueSupplement(input: {
	code: string;
	phoneLast4: string;
	files: SupplementFile[];
}): Promise<string> {
	const reference = await enqueueSupplement(cungLamDb(), input);
	syncLoop.request();
	return reference;
}

/** Calls `next` with whether the queued supplement is still waiting, now and on every change. */
export function watchSupplement(
	reference: string,
	next: (waiting: boolean) => void,
	error: (error: unknown) => void
): () => void {
	const subscription = liveQuery(() => supplementWaiting(cungLamDb(), reference)).subscribe({
		next,
		error
	});
	return () => subscription.unsubscribe();
}

/** Calls `next` with the record now and after every change; returns the unsubscribe. */
export function watchSubmission(
	localReference: string,
	next: (record: SubmissionRecord | undefined) => void,
	error: (error: unknown) => void
): () => void {
	const subscription = liveQuery(() => cungLamDb().submissions.get(localReference)).subscribe({
		next,
		error
	});
	return () => subscription.unsubscribe();
}

export async function retry(localReference: string): Promise<void> {
	await retrySubmission(cungLamDb(), localReference);
	syncLoop.request();
}

export function remove(localReference: string): Promise<void> {
	return deleteSubmission(cungLamDb(), localReference);
}

/**
 * The look-up without a connection: a dossier submitted from this device, by its code or its
 * local reference, shown only with the same last four phone digits the server would ask for.
 */
export async function lookupOnDevice(
	codeOrReference: string,
	phoneLast4: string
): Promise<SubmissionRecord | undefined> {
	const db = cungLamDb();
	const wanted = normalizeDossierCode(codeOrReference);
	const record =
		(await db.submissions.where('dossierCode').equals(wanted).first()) ??
		(await db.submissions.get(wanted));
	return record && (await phoneMatches(record, phoneLast4)) ? record : undefined;
}

/**
 * What receipts take from the reference data this device last synced: the office's public address
 * for QR codes and links, and its province's fee figures. Empty before the first sync.
 */
export async function cachedReceiptReference(): Promise<{
	publicUrl?: string;
	schedule?: ProvinceFeeSchedule;
}> {
	const data = await readReferenceData(cungLamDb());
	return {
		...(data?.office.publicUrl ? { publicUrl: data.office.publicUrl } : {}),
		...(data?.fees ? { schedule: data.fees } : {})
	};
}

/** The receiving office as the server last said; a neutral name before the first sync. */
export async function cachedOffice(): Promise<Office> {
	const stored = (await cungLamDb().settings.get(officeSettingKey))?.value as Office | undefined;
	return stored?.name ? stored : { name: 'Bộ phận Một cửa' };
}
