/**
 * "Cần bổ sung": the papers a citizen adds to a dossier the ward asked more of, queued in the
 * same outbox as a submission. The files are sealed under the outbox key exactly like a
 * submission's (uploaded in chunks first, then the `dossier.supplement` mutation names them by
 * hash), so the papers can leave after the session ends and nothing readable rests on disk.
 */
import type { CungLamDb } from '../db';
import { sealBlobToBlob, sealJson } from '../vault/cipher';
import { claimMutationId, fileAad, outboxKeyOf, payloadAad, sha256Hex } from './outbox';

export type SupplementFile = { stepId: string; fieldId: string; fileName: string; blob: Blob };

export type SupplementPayload = {
	code: string;
	phoneLast4: string;
	files: {
		stepId: string;
		fieldId: string;
		fileName: string;
		mimeType: string;
		sizeBytes: number;
		sha256: string;
	}[];
};

export const supplementPrefix = 'BS-';

/** Queues the papers; returns the outbox entry's reference (to watch it leave). */
export async function enqueueSupplement(
	db: CungLamDb,
	input: { code: string; phoneLast4: string; files: SupplementFile[] },
	now: Date = new Date()
): Promise<string> {
	if (input.files.length === 0) throw new Error('a supplement needs at least one file');
	const key = await outboxKeyOf(db);
	const sealedFiles: { sha256: string; mimeType: string; sizeBytes: number; blob: Blob }[] = [];
	const payload: SupplementPayload = { code: input.code, phoneLast4: input.phoneLast4, files: [] };
	for (const { stepId, fieldId, fileName, blob } of input.files) {
		const sha256 = await sha256Hex(await blob.arrayBuffer());
		const { type: mimeType, size: sizeBytes } = blob;
		payload.files.push({ stepId, fieldId, fileName, mimeType, sizeBytes, sha256 });
		const sealedBlob = await sealBlobToBlob(key, blob, fileAad(sha256));
		sealedFiles.push({ sha256, mimeType, sizeBytes, blob: sealedBlob });
	}
	const reference = `${supplementPrefix}${crypto.randomUUID()}`;
	const sealed = await sealJson(key, payload, payloadAad(reference));
	await db.transaction('rw', [db.settings, db.outbox, db.outboxFiles], async () => {
		await db.outbox.add({
			mutationId: await claimMutationId(db),
			createdAt: now.toISOString(),
			kind: 'dossier.supplement',
			localReference: reference,
			sealed,
			files: sealedFiles.map((f) => f.sha256)
		});
		for (const file of sealedFiles) {
			if (!(await db.outboxFiles.get(file.sha256))) {
				await db.outboxFiles.add({ ...file, uploaded: false });
			}
		}
	});
	return reference;
}

/** Whether the entry is still waiting to be sent. */
export async function supplementWaiting(db: CungLamDb, reference: string): Promise<boolean> {
	return (await db.outbox.where('localReference').equals(reference).count()) > 0;
}
