import type { DocumentSlot } from '$lib/domain/procedures/procedure.schema';
import type { SamplePaper } from '$lib/domain/practice/practice-case';
import { paperHeight, paperWidth, samplePaperSvg } from '$lib/domain/practice/sample-paper-svg';
import type { AttachmentHost, AttachmentResult } from '../wizard/wizard-host';

/**
 * Practice's files: prepared the way a real attachment is (type and size checked, photos made
 * smaller), then kept in this page's memory only, never in IndexedDB. A reload forgets them.
 */
export function createPracticeFiles(): AttachmentHost & { clear(): void } {
	const files = new Map<string, { blob: Blob; thumbnail: Blob | null }>();
	return {
		async addAttachment(file: File, slot: DocumentSlot): Promise<AttachmentResult> {
			const { prepareAttachment } = await import('../attachments/prepare-attachment');
			const prepared = await prepareAttachment(file, slot);
			if (!prepared.ok) return prepared;
			const attachmentId = `practice-${crypto.randomUUID()}`;
			files.set(attachmentId, { blob: prepared.blob, thumbnail: prepared.thumbnail });
			return {
				ok: true,
				ref: {
					attachmentId,
					fileName: prepared.fileName,
					mimeType: prepared.mimeType,
					sizeBytes: prepared.blob.size
				}
			};
		},
		async thumbnail(id: string) {
			const file = files.get(id);
			return file ? (file.thumbnail ?? file.blob) : null;
		},
		async removeAttachment(id: string) {
			files.delete(id);
		},
		clear: () => files.clear()
	};
}

/** The sample paper drawn to a PNG, the way a photo of it would arrive: a file to attach. */
export async function paperFile(paper: SamplePaper): Promise<File> {
	const scale = 2;
	const image = new Image();
	const url = URL.createObjectURL(new Blob([samplePaperSvg(paper)], { type: 'image/svg+xml' }));
	try {
		image.src = url;
		await image.decode();
		const canvas = document.createElement('canvas');
		canvas.width = paperWidth * scale;
		canvas.height = paperHeight(paper) * scale;
		const context = canvas.getContext('2d');
		if (!context) throw new Error('no canvas');
		context.drawImage(image, 0, 0, canvas.width, canvas.height);
		const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
		if (!blob) throw new Error('no image');
		return new File([blob], `${paper.fileName}.png`, { type: 'image/png' });
	} finally {
		URL.revokeObjectURL(url);
	}
}
