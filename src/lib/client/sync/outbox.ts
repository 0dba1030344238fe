/**
 * The device's outbox: every change the server must learn, written in the same IndexedDB
 * transaction as the local change it stands for, numbered by a per-client mutation id.
 *
 * Payloads hold personal data, so they are sealed with AES-GCM under an outbox key: a random,
 * non-extractable key kept in this profile's IndexedDB. Unlike a draft's key it does not come
 * from the citizen's PIN, because the dossier must still leave after the session has ended and
 * the next person sits down; what it buys is that nothing readable rests on the disk and no
 * script can copy the key out. The app itself never shows an outbox payload.
 */
import type { Answers, AttachmentRef } from '$lib/domain/procedures/answers';
import type { CungLamDb, OutboxRecord, SubmissionRecord } from '../db';
import { openJson, sealBlobToBlob, sealJson, type Sealed } from '../vault/cipher';
import { newLocalReference } from './local-reference';

export type SubmitPayload = {
	procedureId: string;
	procedureVersion: number;
	answers: Answers;
	clientReference: string;
	/** Where it was filed, for the office's figures: no personal data. */
	accessPointId?: string;
	coachingRecordId?: string;
	/** Per channel consented to, the address messages about the dossier go to (issue 20). */
	contact?: { email?: string; sms?: string };
};

export type SubmissionInput = {
	application: { procedureId: string; procedureVersion: number; answers: Answers };
	procedureSlug: string;
	/** The plaintext of every file the answers cite, by attachment id. */
	files: Map<string, Blob>;
	/** Digits only; the offline look-up asks for the last four, as the server does. */
	phone?: string;
	/** The draft this submission replaces: deleted in the same transaction. */
	draftId?: string;
	/** The access point this PC belongs to, and the coached session's record, when there are. */
	context?: { accessPointId?: string; coachingRecordId?: string };
	/** The consented channels' addresses; left out of the payload when there is none. */
	contact?: { email?: string; sms?: string };
};

const settingKeys = {
	clientId: 'sync.clientId',
	outboxKey: 'sync.outboxKey',
	nextMutationId: 'sync.nextMutationId',
	cursor: 'sync.cursor'
} as const;

export const payloadAad = (localReference: string) => `outbox:${localReference}`;
export const fileAad = (sha256: string) => `outbox-file:${sha256}`;

/** Reads a setting, or stores `create()`'s value unless another tab got there first. */
async function settingOnce<T>(db: CungLamDb, key: string, create: () => Promise<T>): Promise<T> {
	const existing = await db.settings.get(key);
	if (existing) return existing.value as T;
	// Created outside the transaction: an IndexedDB transaction commits if it awaits WebCrypto.
	const fresh = await create();
	return db.transaction('rw', db.settings, async () => {
		const raced = await db.settings.get(key);
		if (raced) return raced.value as T;
		await db.settings.add({ key, value: fresh });
		return fresh;
	});
}

/** This browser profile's sync identity: a random UUID, not a person. */
export function clientIdOf(db: CungLamDb): Promise<string> {
	return settingOnce(db, settingKeys.clientId, async () => crypto.randomUUID());
}

export function outboxKeyOf(db: CungLamDb): Promise<CryptoKey> {
	return settingOnce(db, settingKeys.outboxKey, () =>
		crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt'])
	);
}

export async function readCursor(db: CungLamDb): Promise<string | undefined> {
	return (await db.settings.get(settingKeys.cursor))?.value as string | undefined;
}

export async function writeCursor(db: CungLamDb, cursor: string): Promise<void> {
	await db.settings.put({ key: settingKeys.cursor, value: cursor });
}

/** The next mutation id, claimed inside the caller's transaction (which must include settings). */
export async function claimMutationId(db: CungLamDb): Promise<number> {
	const next = ((await db.settings.get(settingKeys.nextMutationId))?.value as number) ?? 1;
	await db.settings.put({ key: settingKeys.nextMutationId, value: next + 1 });
	return next;
}

export async function peekNextMutationId(db: CungLamDb): Promise<number> {
	return ((await db.settings.get(settingKeys.nextMutationId))?.value as number) ?? 1;
}

export async function setNextMutationId(db: CungLamDb, next: number): Promise<void> {
	await db.settings.put({ key: settingKeys.nextMutationId, value: next });
}

export async function sha256Hex(bytes: ArrayBuffer | Uint8Array<ArrayBuffer>): Promise<string> {
	const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
	return [...digest].map((b) => b.toString(16).padStart(2, '0')).join('');
}

// Not answers.ts's isPlainObject: that module brings zod, and the sync loop loads on its own.
function isAttachmentRef(value: unknown): value is AttachmentRef {
	return (
		typeof value === 'object' &&
		value !== null &&
		typeof (value as { attachmentId?: unknown }).attachmentId === 'string'
	);
}

/** The answers with each attachment reference stamped with its file's hash. */
function withHashes(answers: Answers, hashes: Map<string, string>): Answers {
	const stamped: Answers = {};
	for (const [stepId, step] of Object.entries(answers)) {
		stamped[stepId] = {};
		for (const [fieldId, value] of Object.entries(step)) {
			stamped[stepId][fieldId] =
				Array.isArray(value) && value.every(isAttachmentRef)
					? value.map((ref) => ({ ...ref, sha256: hashes.get(ref.attachmentId) }))
					: value;
		}
	}
	return stamped;
}

function citedAttachmentIds(answers: Answers): string[] {
	return Object.values(answers).flatMap((step) =>
		Object.values(step).flatMap((value) =>
			Array.isArray(value) ? value.filter(isAttachmentRef).map((ref) => ref.attachmentId) : []
		)
	);
}

async function phoneCheckOf(phone: string | undefined): Promise<SubmissionRecord['phoneCheck']> {
	const digits = phone?.replace(/\D/g, '') ?? '';
	if (digits.length < 4) return undefined;
	const salt = crypto.getRandomValues(new Uint8Array(16));
	return { salt, hash: await phoneHash(salt, digits.slice(-4)) };
}

async function phoneHash(salt: Uint8Array, last4: string): Promise<ArrayBuffer> {
	const bytes = new Uint8Array([...salt, ...new TextEncoder().encode(last4)]);
	return crypto.subtle.digest('SHA-256', bytes);
}

/** Whether these are the last four digits the submission was made with. */
export async function phoneMatches(record: SubmissionRecord, last4: string): Promise<boolean> {
	if (!record.phoneCheck) return false;
	const candidate = new Uint8Array(await phoneHash(record.phoneCheck.salt, last4));
	const stored = new Uint8Array(record.phoneCheck.hash);
	return candidate.length === stored.length && candidate.every((b, i) => b === stored[i]);
}

/**
 * "Nộp hồ sơ": seals the application and its files, queues them for the server, records the
 * submission with a local reference for the "Chờ gửi" slip and deletes the draft — all in one
 * transaction, so a crash leaves either the draft or the queued dossier, never both or neither.
 */
export async function enqueueSubmission(
	db: CungLamDb,
	input: SubmissionInput,
	now: Date = new Date()
): Promise<SubmissionRecord> {
	const key = await outboxKeyOf(db);
	const hashes = new Map<string, string>();
	const files: { sha256: string; mimeType: string; sizeBytes: number; blob: Blob }[] = [];
	for (const id of new Set(citedAttachmentIds(input.application.answers))) {
		const plain = input.files.get(id);
		if (!plain) throw new Error(`attachment ${id} is missing`);
		const sha256 = await sha256Hex(await plain.arrayBuffer());
		hashes.set(id, sha256);
		const blob = await sealBlobToBlob(key, plain, fileAad(sha256));
		files.push({ sha256, mimeType: plain.type, sizeBytes: plain.size, blob });
	}
	const localReference = newLocalReference(now);
	const payload: SubmitPayload = {
		procedureId: input.application.procedureId,
		procedureVersion: input.application.procedureVersion,
		answers: withHashes(input.application.answers, hashes),
		clientReference: localReference,
		...(input.context?.accessPointId && { accessPointId: input.context.accessPointId }),
		...(input.context?.coachingRecordId && { coachingRecordId: input.context.coachingRecordId }),
		...(input.contact && { contact: input.contact })
	};
	const sealed = await sealJson(key, payload, payloadAad(localReference));
	const submission: SubmissionRecord = {
		localReference,
		procedureId: payload.procedureId,
		procedureVersion: payload.procedureVersion,
		procedureSlug: input.procedureSlug,
		createdAt: now.toISOString(),
		status: 'pending',
		events: []
	};
	const phoneCheck = await phoneCheckOf(input.phone);
	if (phoneCheck) submission.phoneCheck = phoneCheck;

	await db.transaction(
		'rw',
		[db.settings, db.outbox, db.outboxFiles, db.submissions, db.drafts, db.attachments],
		async () => {
			const entry: OutboxRecord = {
				mutationId: await claimMutationId(db),
				createdAt: now.toISOString(),
				kind: 'dossier.submit',
				localReference,
				sealed,
				files: files.map((f) => f.sha256)
			};
			await db.outbox.add(entry);
			for (const file of files) {
				// The same paper in two dossiers is stored (and uploaded) once.
				if (!(await db.outboxFiles.get(file.sha256))) {
					await db.outboxFiles.add({ ...file, uploaded: false });
				}
			}
			await db.submissions.add(submission);
			if (input.draftId) {
				await db.attachments.where('draftId').equals(input.draftId).delete();
				await db.drafts.delete(input.draftId);
			}
		}
	);
	return submission;
}

/**
 * Queues a record that is not a dossier ("coaching.record", "rating.submit"): no personal data,
 * but sealed like the rest so the queue has one format. `id` is the record's own id.
 */
export async function enqueueRecord(
	db: CungLamDb,
	kind: 'coaching.record' | 'rating.submit',
	id: string,
	payload: unknown,
	now: Date = new Date()
): Promise<void> {
	const sealed = await sealJson(await outboxKeyOf(db), payload, payloadAad(id));
	await db.transaction('rw', [db.settings, db.outbox], async () => {
		await db.outbox.add({
			mutationId: await claimMutationId(db),
			createdAt: now.toISOString(),
			kind,
			localReference: id,
			sealed,
			files: []
		});
	});
}

/** Opens an outbox entry's payload for sending. */
export async function openPayload(
	key: CryptoKey,
	localReference: string,
	sealed: Sealed
): Promise<SubmitPayload> {
	return openJson<SubmitPayload>(key, sealed, payloadAad(localReference));
}

/** Files no queued entry and no refused submission still needs. */
export async function dropUnneededFiles(db: CungLamDb, candidates: string[]): Promise<void> {
	if (candidates.length === 0) return;
	const needed = new Set<string>();
	await db.outbox.each((entry) => entry.files.forEach((f) => needed.add(f)));
	await db.submissions.each((s) => s.failure?.files.forEach((f) => needed.add(f)));
	await db.outboxFiles.bulkDelete(candidates.filter((sha) => !needed.has(sha)));
}

/** "Gửi lại": queues a refused submission again under a new mutation id. */
export async function retrySubmission(db: CungLamDb, localReference: string): Promise<void> {
	await db.transaction('rw', [db.settings, db.outbox, db.submissions], async () => {
		const record = await db.submissions.get(localReference);
		if (!record?.failure) return;
		const { sealed, files } = record.failure;
		await db.outbox.add({
			mutationId: await claimMutationId(db),
			createdAt: new Date().toISOString(),
			kind: 'dossier.submit',
			localReference,
			sealed,
			files
		});
		await db.submissions.update(localReference, { failure: undefined });
	});
}

/** "Xoá": forgets a submission that has not reached the server, with its queued data. */
export async function deleteSubmission(db: CungLamDb, localReference: string): Promise<void> {
	let files: string[] = [];
	await db.transaction('rw', [db.outbox, db.submissions, db.outboxFiles], async () => {
		const record = await db.submissions.get(localReference);
		if (!record || record.dossierCode) return;
		const entries = await db.outbox.where('localReference').equals(localReference).toArray();
		files = [...entries.flatMap((e) => e.files), ...(record.failure?.files ?? [])];
		await db.outbox.bulkDelete(entries.map((e) => e.mutationId));
		await db.submissions.delete(localReference);
		await dropUnneededFiles(db, files);
	});
}

/** "Chờ gửi: N hồ sơ": queued and not refused. */
export function countWaiting(db: CungLamDb): Promise<number> {
	return db.submissions
		.where('status')
		.equals('pending')
		.filter((s) => !s.failure)
		.count();
}
