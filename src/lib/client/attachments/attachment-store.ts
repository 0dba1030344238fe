/**
 * Attached papers at rest: only AES-GCM ciphertext Blobs reach IndexedDB. The file's name and
 * type live in the AttachmentRef inside the sealed draft answers, so a record on a shared PC
 * says nothing but which draft it belongs to. Each ciphertext's AAD names its record and role,
 * so a file or preview moved to another record does not open.
 */
import type { AttachmentRef } from '$lib/domain/procedures/answers';
import { AppError, type AppErrorCode } from '$lib/errors/app-error';
import type { AttachmentRecord, CungLamDb } from '../db';
import { openBlobFromBlob, sealBlobToBlob } from '../vault/cipher';
import type { PreparedAttachment } from './prepare-attachment';

export type StorableAttachment = Pick<
	PreparedAttachment,
	'blob' | 'thumbnail' | 'mimeType' | 'fileName'
>;

/** One file as it travels in the resume-at-home bundle, in clear inside that sealed bundle. */
export type AttachmentBytes = { id: string; type: string; bytes: ArrayBuffer };

export type AttachmentErrorCode = Extract<AppErrorCode, 'not_found' | 'conflict'>;

/**
 * 'not_found': the answers cite a file that is no longer on this device. 'conflict': a restore
 * would take over ids that another draft on this device already holds.
 */
export class AttachmentError extends AppError {
	declare readonly code: AttachmentErrorCode;
	constructor(code: AttachmentErrorCode, message: string = code) {
		super(code, message);
		this.name = 'AttachmentError';
	}
}

const fileAad = (id: string) => `attachment:${id}`;
const thumbnailAad = (id: string) => `thumbnail:${id}`;
const thumbnailType = 'image/jpeg';

/**
 * Dexie hands a full disk back wrapped (an AbortError, or its own QuotaExceededError, with the
 * DOMException as `inner`); errors.ts maps the DOMException itself to "Bộ nhớ đã đầy", so that
 * is what goes up. Any other error goes up as it came.
 */
function quotaOrSame(error: unknown): unknown {
	let current: unknown = error;
	for (let depth = 0; depth < 4 && typeof current === 'object' && current !== null; depth++) {
		if (current instanceof DOMException && current.name === 'QuotaExceededError') return current;
		current = (current as { inner?: unknown }).inner;
	}
	return error;
}

async function writing<T>(work: () => Promise<T>): Promise<T> {
	try {
		return await work();
	} catch (error) {
		throw quotaOrSame(error);
	}
}

async function sealRecord(
	key: CryptoKey,
	id: string,
	draftId: string,
	file: Blob,
	thumbnail: Blob | null
): Promise<AttachmentRecord> {
	const [blob, sealedThumbnail] = await Promise.all([
		sealBlobToBlob(key, file, fileAad(id)),
		thumbnail ? sealBlobToBlob(key, thumbnail, thumbnailAad(id)) : null
	]);
	const record: AttachmentRecord = { id, draftId, blob, createdAt: new Date().toISOString() };
	if (sealedThumbnail) record.thumbnail = sealedThumbnail;
	return record;
}

/**
 * Seals the file and its preview and stores both in one record. The sealing happens before the
 * transaction: an IndexedDB transaction commits on its own once it waits on anything else,
 * WebCrypto included. A full disk rejects with the QuotaExceededError DOMException.
 */
export async function storeAttachment(
	db: CungLamDb,
	key: CryptoKey,
	draftId: string,
	prepared: StorableAttachment
): Promise<AttachmentRef> {
	const id = crypto.randomUUID();
	const record = await sealRecord(key, id, draftId, prepared.blob, prepared.thumbnail);
	await writing(() => db.transaction('rw', db.attachments, () => db.attachments.add(record)));
	return {
		attachmentId: id,
		fileName: prepared.fileName,
		mimeType: prepared.mimeType,
		sizeBytes: prepared.blob.size
	};
}

/** Throws AttachmentError 'not_found', or VaultError 'pin_wrong' when it does not authenticate. */
export async function loadAttachment(
	db: CungLamDb,
	key: CryptoKey,
	ref: AttachmentRef
): Promise<Blob> {
	const record = await db.attachments.get(ref.attachmentId);
	if (!record) throw new AttachmentError('not_found');
	return openBlobFromBlob(key, record.blob, ref.mimeType, fileAad(record.id));
}

/** null when there is no preview (a PDF, a missing record); throws like loadAttachment otherwise. */
export async function loadThumbnail(
	db: CungLamDb,
	key: CryptoKey,
	id: string
): Promise<Blob | null> {
	const record = await db.attachments.get(id);
	if (!record?.thumbnail) return null;
	return openBlobFromBlob(key, record.thumbnail, thumbnailType, thumbnailAad(record.id));
}

export async function removeAttachment(db: CungLamDb, id: string): Promise<void> {
	await db.attachments.delete(id);
}

export function attachmentsOfDraft(db: CungLamDb, draftId: string): Promise<string[]> {
	return db.attachments.where('draftId').equals(draftId).primaryKeys();
}

/**
 * The files the answers cite, opened, for the resume-at-home bundle (the caller seals them
 * under the bundle's key). Throws AttachmentError 'not_found' rather than send a bundle that
 * lacks a file the answers still list.
 */
export async function copyAttachmentsForBundle(
	db: CungLamDb,
	key: CryptoKey,
	refs: AttachmentRef[]
): Promise<AttachmentBytes[]> {
	const unique = [...new Map(refs.map((ref) => [ref.attachmentId, ref])).values()];
	const records = await db.attachments.bulkGet(unique.map((ref) => ref.attachmentId));
	const copies: AttachmentBytes[] = [];
	for (const [index, ref] of unique.entries()) {
		const record = records[index];
		if (!record) throw new AttachmentError('not_found');
		const blob = await openBlobFromBlob(key, record.blob, ref.mimeType, fileAad(record.id));
		copies.push({ id: record.id, type: ref.mimeType, bytes: await blob.arrayBuffer() });
	}
	return copies;
}

export type RestoreOptions = {
	/** Draws previews again (the bundle carries none), e.g. `(image) => makeThumbnail(image)`. */
	thumbnail?: (image: Blob) => Promise<Blob | null>;
};

/**
 * Stores bundle files under this device's key with their ids unchanged, so the restored answers'
 * references still hold; all or nothing. Restoring the same bundle into the same draft again
 * overwrites; ids already held by another draft throw AttachmentError 'conflict', since taking
 * them over would break that draft's files.
 */
export async function restoreAttachmentsFromBundle(
	db: CungLamDb,
	key: CryptoKey,
	draftId: string,
	items: AttachmentBytes[],
	options: RestoreOptions = {}
): Promise<void> {
	const records: AttachmentRecord[] = [];
	for (const item of items) {
		const file = new Blob([item.bytes], { type: item.type });
		const preview =
			options.thumbnail && item.type.startsWith('image/') ? await options.thumbnail(file) : null;
		records.push(await sealRecord(key, item.id, draftId, file, preview));
	}
	await writing(() =>
		db.transaction('rw', db.attachments, async () => {
			const existing = await db.attachments.bulkGet(records.map((record) => record.id));
			if (existing.some((record) => record && record.draftId !== draftId)) {
				throw new AttachmentError('conflict');
			}
			await db.attachments.bulkPut(records);
		})
	);
}
