/**
 * The officer console's calls. Errors stay thrown: each form shows the app error code's sentence
 * next to itself.
 */
import { safeFileName } from '$lib/domain/text/safe-text';
import type { Office } from '$lib/receipts/types';
import { api, type RouterInputs } from '../api';
import type { ActInput } from './types';

export type { ActInput };

export const loadDossier = async (code: string) => (await api()).officer.dossier.query({ code });

export const inbox = async (input: RouterInputs['officer']['inbox']) =>
	(await api()).officer.inbox.query(input);

export const act = async (input: ActInput) => (await api()).officer.act.mutate(input);

export const apologize = async (input: RouterInputs['officer']['apologize']) =>
	(await api()).officer.apologize.mutate(input);

/** Extra working days for verification, within the procedure's allowance. */
export const extend = async (input: RouterInputs['officer']['extend']) =>
	(await api()).officer.extend.mutate(input);

/** Papers handed in at the desk for the open supplement request: the clock resumes. */
export const supplementAtDesk = async (input: RouterInputs['officer']['supplementAtDesk']) =>
	(await api()).officer.supplementAtDesk.mutate(input);

/** The supplement request withdrawn, with a reason: the clock resumes. */
export const withdrawSupplement = async (input: RouterInputs['officer']['withdrawSupplement']) =>
	(await api()).officer.withdrawSupplement.mutate(input);

export const assign = async (input: RouterInputs['officer']['assign']) =>
	(await api()).officer.assign.mutate(input);

export const colleagues = async () => (await api()).officer.colleagues.query();

/** The office for a letter head: the server's setting, this device's copy when offline. */
export async function office(): Promise<Office> {
	try {
		return await (await api()).system.office.query();
	} catch {
		const { cachedOffice } = await import('../sync/submission-ops');
		return cachedOffice();
	}
}

/** The types the server's attachment store accepts (attachment-store's attachmentTypes). */
export type ResultFileType = 'application/pdf' | 'image/jpeg' | 'image/png';

/**
 * The online result's file, uploaded in chunks like the device's queued files; what
 * `set_result_ready` then names. Refusals (type, size, checksum) stay thrown.
 */
export async function uploadResultFile(file: File, mimeType: ResultFileType) {
	const bytes = new Uint8Array(await file.arrayBuffer());
	const [{ sha256Hex }, { uploadChunks }, client] = await Promise.all([
		import('../sync/outbox'),
		import('../sync/chunk-upload'),
		api()
	]);
	const fileSha256 = await sha256Hex(bytes);
	await uploadChunks(
		{
			attachmentStatus: (input) => client.attachments.status.query(input),
			putChunk: (input) => client.attachments.putChunk.mutate(input)
		},
		{ sha256: fileSha256, mimeType, bytes: async () => bytes }
	);
	return {
		method: 'online' as const,
		fileSha256,
		fileName: safeFileName(file.name, 'ket-qua.pdf'),
		mimeType,
		sizeBytes: bytes.byteLength
	};
}
