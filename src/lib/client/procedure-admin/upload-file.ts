import { DOCUMENT_FILE_MAX_BYTES } from '$lib/domain/procedures/document-file-limit';

/**
 * The administrator's upload, checked in the browser before anything is sent: the server refuses
 * the same files (over 10 MB decoded, before parsing), this only spares a long wait for a no.
 */
export const MAX_UPLOAD_BYTES = DOCUMENT_FILE_MAX_BYTES;

export type UploadFileCheck = { ok: true } | { ok: false; reason: 'too_large' | 'wrong_type' };

/** A .json document (or array of them) or an .xlsx workbook in the spreadsheet layout. */
export const acceptedUpload =
	'.json,.xlsx,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function checkUploadFile(file: { name: string; size: number }): UploadFileCheck {
	if (!/\.(json|xlsx)$/i.test(file.name)) return { ok: false, reason: 'wrong_type' };
	if (file.size > MAX_UPLOAD_BYTES) return { ok: false, reason: 'too_large' };
	return { ok: true };
}

/** The file's bytes as base64, the way the upload carries them through tRPC's JSON. */
export function fileToBase64(file: Blob): Promise<string> {
	return new Promise((resolve, reject) => {
		const reader = new FileReader();
		reader.onload = () => {
			const url = String(reader.result);
			resolve(url.slice(url.indexOf(',') + 1));
		};
		reader.onerror = () => reject(reader.error ?? new Error('read failed'));
		reader.readAsDataURL(file);
	});
}
