import { createHash } from 'node:crypto';
import type { Answers, AttachmentRef } from '$lib/domain/procedures/answers';
import type { Application } from '$lib/domain/procedures/validate-application';
import {
	CHUNK_MAX_BYTES,
	putChunk,
	type AttachmentType,
	type UploadStatus
} from '$lib/server/attachments/attachment-store';
import type { Database } from '$lib/server/db/client';

const headers: Record<AttachmentType, number[]> = {
	'image/jpeg': [0xff, 0xd8, 0xff, 0xe0],
	'image/png': [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
	'application/pdf': [...Buffer.from('%PDF-1.7\n')]
};

/** A file of the given type and size: the type's magic bytes, then filler derived from `seed`. */
export function fakeFile(type: AttachmentType, size: number, seed = 'file'): Uint8Array {
	const bytes = new Uint8Array(size);
	const words = new Uint32Array(bytes.buffer, 0, size >> 2);
	// xorshift32 from the seed's hash: fast, and the same bytes for the same seed.
	let x = createHash('sha256').update(seed).digest().readUInt32LE(0) || 1;
	for (let i = 0; i < words.length; i++) {
		x ^= x << 13;
		x ^= x >>> 17;
		x ^= x << 5;
		words[i] = x >>> 0;
	}
	for (let i = words.length * 4; i < size; i++) bytes[i] = i & 0xff;
	bytes.set(headers[type].slice(0, size), 0);
	return bytes;
}

export const sha256Of = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Uploads a file as a device would: chunk by chunk, going on from where the server says. */
export async function uploadFile(
	db: Database,
	bytes: Uint8Array,
	mimeType: AttachmentType,
	chunkBytes = CHUNK_MAX_BYTES
): Promise<string> {
	const sha256 = sha256Of(bytes);
	let status: UploadStatus = { receivedBytes: 0, complete: false };
	while (!status.complete) {
		const offset = status.receivedBytes;
		const data = bytes.subarray(offset, Math.min(bytes.length, offset + chunkBytes));
		status = await putChunk(db, { sha256, mimeType, totalBytes: bytes.length, offset, data });
	}
	return sha256;
}

/**
 * The application with each file it names uploaded (a made-up file of the stated size, the
 * same for the same attachment id) and its reference carrying the hash, as the device sends it.
 */
export async function withUploadedAttachments(
	db: Database,
	application: Application
): Promise<Application> {
	const answers: Answers = {};
	for (const [stepId, step] of Object.entries(application.answers)) {
		const values: Record<string, unknown> = {};
		for (const [fieldId, value] of Object.entries(step)) {
			if (!isRefList(value)) values[fieldId] = value;
			else {
				const refs: AttachmentRef[] = [];
				for (const ref of value) refs.push(await uploaded(db, ref));
				values[fieldId] = refs;
			}
		}
		answers[stepId] = values;
	}
	return { ...application, answers };
}

const isRefList = (value: unknown): value is AttachmentRef[] =>
	Array.isArray(value) &&
	value.every((v) => typeof (v as Partial<AttachmentRef>)?.attachmentId === 'string');

async function uploaded(db: Database, ref: AttachmentRef): Promise<AttachmentRef> {
	const type = ref.mimeType as AttachmentType;
	const sha256 = await uploadFile(db, fakeFile(type, ref.sizeBytes, ref.attachmentId), type);
	return { ...ref, sha256 };
}
