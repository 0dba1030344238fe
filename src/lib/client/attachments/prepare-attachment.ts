/**
 * Turns a file the citizen picked into what is stored: photos of papers are re-encoded smaller
 * (and turned upright) before anything is kept, PDFs are kept as they are.
 */
import type { Options } from 'browser-image-compression';
import libraryUrl from 'browser-image-compression/dist/browser-image-compression.js?url';
import type { DocumentSlot } from '$lib/domain/procedures/procedure.schema';
import { safeFileName } from '$lib/domain/text/safe-text';

export type AcceptedType = DocumentSlot['acceptedTypes'][number];

export type PreparedAttachment = {
	blob: Blob;
	/** A small JPEG preview for images; null for PDFs or when no preview could be drawn. */
	thumbnail: Blob | null;
	mimeType: string;
	fileName: string;
};

export type PrepareErrorCode = 'type_not_accepted' | 'too_large' | 'unreadable';

export type PrepareResult =
	({ ok: true } & PreparedAttachment) | { ok: false; code: PrepareErrorCode };

/** browser-image-compression's signature; injectable because Node has no canvas or Worker. */
export type Compressor = (file: File, options: Options) => Promise<Blob>;

const MB = 1024 * 1024;
const PDF = 'application/pdf';
const JPEG = 'image/jpeg';
const PNG = 'image/png';
// Photos are re-encoded at most this large even when the slot allows more: a phone photo of a
// paper stays legible at 1.5 MB and 2000 px, and the upload from a slow line stays short.
const photoMaxMb = 1.5;
const photoMaxSide = 2000;
const thumbnailSide = 240;
const thumbnailMaxMb = 0.05;

const typeAliases: Record<string, AcceptedType> = {
	'image/jpg': JPEG,
	'image/pjpeg': JPEG,
	'image/x-png': PNG,
	'application/x-pdf': PDF
};

const typeByExtension: Record<string, AcceptedType> = {
	jpg: JPEG,
	jpeg: JPEG,
	jfif: JPEG,
	png: PNG,
	pdf: PDF
};

/**
 * The file's MIME type, or the one its extension implies when the browser gave none: a camera
 * capture or some Android pickers hand over '' or application/octet-stream for a .jpg.
 */
export function fileTypeOf(file: File): string {
	const declared = file.type.toLowerCase();
	if (declared !== '' && declared !== 'application/octet-stream') {
		return typeAliases[declared] ?? declared;
	}
	const extension = /\.([a-z0-9]+)$/i.exec(file.name)?.[1]?.toLowerCase();
	return (extension && typeByExtension[extension]) || declared;
}

function absoluteLibraryUrl(): string {
	return new URL(libraryUrl, globalThis.location?.href).href;
}

/**
 * The real compressor. Without `libURL` the library's worker imports its own script from
 * cdn.jsdelivr.net: offline, or on a network that blocks it, every photo would quietly be
 * compressed on the UI thread, and each attach would tell a third party about the visit. The
 * copy Vite emits beside the app is precached by the service worker. The worker starts from a
 * blob: URL, against which a relative path does not resolve, hence the absolute URL.
 */
export const defaultCompress: Compressor = async (file, options) => {
	// Loaded on first attach only: most sessions never attach a photo.
	const { default: imageCompression } = await import('browser-image-compression');
	return imageCompression(file, { ...options, libURL: absoluteLibraryUrl() });
};

/** A ~240 px JPEG preview, or null when the image cannot be drawn (a preview is optional). */
export async function makeThumbnail(
	image: Blob,
	compress: Compressor = defaultCompress
): Promise<Blob | null> {
	try {
		const file = new File([image], 'thumbnail.jpg', { type: image.type || JPEG });
		return await compress(file, {
			maxSizeMB: thumbnailMaxMb,
			maxWidthOrHeight: thumbnailSide,
			useWebWorker: true,
			fileType: JPEG,
			initialQuality: 0.7
		});
	} catch {
		return null;
	}
}

function renamed(name: string, type: string, fallback: string): string {
	const base = name.replace(/\.[^./\\]*$/, '').trim() || fallback;
	return safeFileName(`${base}${type === PNG ? '.png' : '.jpg'}`, `${fallback}.jpg`);
}

const pdfMagic = [...'%PDF-'].map((char) => char.charCodeAt(0));

function hasPdfHeader(head: Uint8Array): boolean {
	for (let start = 0; start + pdfMagic.length <= head.length; start++) {
		if (pdfMagic.every((byte, offset) => head[start + offset] === byte)) return true;
	}
	return false;
}

async function preparePdf(file: File, maxBytes: number): Promise<PrepareResult> {
	if (file.size > maxBytes) return { ok: false, code: 'too_large' };
	let head: Uint8Array;
	try {
		// The header may follow a little junk; readers look within the first 1024 bytes.
		head = new Uint8Array(await file.slice(0, 1024).arrayBuffer());
	} catch {
		// The file went away or cannot be read (NotReadableError) since it was picked.
		return { ok: false, code: 'unreadable' };
	}
	if (!hasPdfHeader(head)) return { ok: false, code: 'unreadable' };
	const blob = file.type === PDF ? file : file.slice(0, file.size, PDF);
	return {
		ok: true,
		blob,
		thumbnail: null,
		mimeType: PDF,
		fileName: safeFileName(file.name, 'tai-lieu.pdf')
	};
}

async function prepareImage(
	file: File,
	type: string,
	slot: DocumentSlot,
	compress: Compressor
): Promise<PrepareResult> {
	const accepted: readonly string[] = slot.acceptedTypes;
	// JPEG is far smaller than PNG for photos of papers, so uploads go faster; a slot that takes
	// PNG only keeps PNG, or the answer would fail its own type check at submission.
	const outputType = accepted.includes(JPEG) ? JPEG : type;
	// The library refuses a File whose type does not start with image/.
	const input =
		file.type === type
			? file
			: new File([file], file.name, { type, lastModified: file.lastModified });
	let blob: Blob;
	try {
		blob = await compress(input, {
			maxSizeMB: Math.min(slot.maxSizeMb, photoMaxMb),
			maxWidthOrHeight: photoMaxSide,
			useWebWorker: true,
			fileType: outputType,
			initialQuality: 0.8
		});
	} catch {
		return { ok: false, code: 'unreadable' };
	}
	if (blob.size > slot.maxSizeMb * MB) return { ok: false, code: 'too_large' };
	if (blob.type !== outputType) blob = blob.slice(0, blob.size, outputType);
	return {
		ok: true,
		blob,
		// From the re-encoded image: already upright and at most 2000 px, so quicker to draw.
		thumbnail: await makeThumbnail(blob, compress),
		mimeType: outputType,
		fileName: renamed(file.name, outputType, 'anh')
	};
}

/**
 * Checks the type against the slot before any work, re-encodes images, then checks the size
 * of what will actually be stored. Expected failures are codes for the UI, never throws.
 */
export async function prepareAttachment(
	file: File,
	slot: DocumentSlot,
	compress: Compressor = defaultCompress
): Promise<PrepareResult> {
	const type = fileTypeOf(file);
	const accepted: readonly string[] = slot.acceptedTypes;
	if (!accepted.includes(type)) return { ok: false, code: 'type_not_accepted' };
	if (type === PDF) return preparePdf(file, slot.maxSizeMb * MB);
	return prepareImage(file, type, slot, compress);
}
