import { eq } from 'drizzle-orm';
import { AppError } from '$lib/errors/app-error';
import type { Database } from '../db/client';
import { attachmentBlobs, auditLog } from '../db/schema';
import {
	authenticatedDossier,
	defaultLookupSettings,
	resultFileOf,
	type LookupSettings,
	type ResultFileView
} from './lookup-dossier';

export type ResultFileDownload = ResultFileView & { base64: string };

/**
 * "Tải kết quả": the online result's bytes for whoever holds the code and the phone's last four
 * digits, guarded and counted exactly like the look-up. Only the blob the dossier's result names,
 * once it is ready. Audited without personal data: the code and the file's type and size.
 */
export async function downloadResultFile(
	db: Database,
	input: { code: string; phoneLast4: string },
	clientAddress: string,
	settings: LookupSettings = defaultLookupSettings,
	now: Date = new Date()
): Promise<ResultFileDownload> {
	const dossier = await authenticatedDossier(db, input, clientAddress, settings, now);
	const file = resultFileOf(dossier);
	if (!file) throw new AppError('not_found');
	const [blob] = await db
		.select({ content: attachmentBlobs.content })
		.from(attachmentBlobs)
		.where(eq(attachmentBlobs.sha256, file.sha256))
		.limit(1);
	if (!blob) throw new AppError('not_found');
	await db.insert(auditLog).values({
		actorUserId: null,
		action: 'dossier.result_download',
		subject: dossier.code,
		details: { mimeType: file.mimeType, sizeBytes: file.sizeBytes },
		at: now
	});
	const bytes = blob.content;
	return {
		fileName: file.fileName,
		mimeType: file.mimeType,
		sizeBytes: file.sizeBytes,
		base64: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64')
	};
}
