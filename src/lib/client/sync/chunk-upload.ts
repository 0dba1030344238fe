/**
 * A file to the server's attachment store in chunks, going on from what the server already holds:
 * the device's queued files (sync-pass) and the officer's online result use the same loop.
 */
import { toBase64 } from '../vault/base64';

export type ChunkStatus = { receivedBytes: number; complete: boolean };

export type ChunkApi = {
	attachmentStatus(input: { sha256: string }): Promise<ChunkStatus>;
	putChunk(input: {
		sha256: string;
		mimeType: string;
		totalBytes: number;
		offset: number;
		data: string;
	}): Promise<ChunkStatus>;
};

/** The server's limit per request (attachment-store's CHUNK_MAX_BYTES). */
export const CHUNK_BYTES = 256 * 1024;

/**
 * Uploads `bytes` (whose SHA-256 is `sha256`); `bytes` is only asked for when the server lacks
 * some of it, so that an already uploaded file is not even decrypted. Refusals stay thrown.
 */
export async function uploadChunks(
	api: ChunkApi,
	file: { sha256: string; mimeType: string; bytes: () => Promise<Uint8Array> },
	chunkBytes: number = CHUNK_BYTES
): Promise<void> {
	let status = await api.attachmentStatus({ sha256: file.sha256 });
	if (status.complete) return;
	const bytes = await file.bytes();
	while (!status.complete) {
		const offset = status.receivedBytes;
		if (offset >= bytes.byteLength) break;
		status = await api.putChunk({
			sha256: file.sha256,
			mimeType: file.mimeType,
			totalBytes: bytes.byteLength,
			offset,
			data: toBase64(bytes.subarray(offset, offset + chunkBytes))
		});
	}
}
