import type { AttachmentRef } from '$lib/domain/procedures/answers';

/**
 * The files behind attachment references, held in memory for as long as the page lives.
 * Encrypted storage on the device (drafts issue) replaces this map; the references in the
 * answers stay the same.
 */
const files = new Map<string, File>();

export function keepAttachment(file: File): AttachmentRef {
	const attachmentId = crypto.randomUUID();
	files.set(attachmentId, file);
	return { attachmentId, fileName: file.name, mimeType: file.type, sizeBytes: file.size };
}

export function dropAttachment(attachmentId: string): void {
	files.delete(attachmentId);
}

export function attachmentFile(attachmentId: string): File | undefined {
	return files.get(attachmentId);
}
