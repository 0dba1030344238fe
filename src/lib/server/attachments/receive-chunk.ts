import type { Database } from '../db/client';
import { decodeBase64 } from '../base64';
import { chargeUpload } from '../upload-limit';
import { CHUNK_MAX_BYTES, putChunk, type UploadStatus } from './attachment-store';

/**
 * `attachments.putChunk`: the chunk as the browser sends it (standard base64), charged against
 * the address's hourly upload allowance before it is stored (see putChunk for the resume rules).
 */
export async function receiveChunk(
	db: Database,
	clientAddress: string,
	input: { sha256: string; mimeType: string; totalBytes: number; offset: number; data: string }
): Promise<UploadStatus> {
	const data = decodeBase64(input.data, CHUNK_MAX_BYTES);
	await chargeUpload(db, clientAddress, data.byteLength);
	return putChunk(db, {
		sha256: input.sha256,
		mimeType: input.mimeType,
		totalBytes: input.totalBytes,
		offset: input.offset,
		data
	});
}
