import { createHash } from 'node:crypto';
import { eq, inArray, sql } from 'drizzle-orm';
import { AppError } from '$lib/errors/app-error';
import { queryRows, type Database } from '../db/client';
import { attachmentBlobs, attachmentChunks } from '../db/schema';

/** At most this much per request: a lost response on a slow line costs one chunk, not the file. */
export const CHUNK_MAX_BYTES = 256 * 1024;
/** The document slots' `maxSizeMb: 5` (the shipped procedure documents), counted as validation does. */
export const ATTACHMENT_MAX_BYTES = 5 * 1024 * 1024;
/** An upload nobody finished in a week is abandoned: the device has long dropped it too. */
export const CHUNK_KEEP_MS = 7 * 24 * 60 * 60 * 1000;

export const attachmentTypes = ['image/jpeg', 'image/png', 'application/pdf'] as const;
export type AttachmentType = (typeof attachmentTypes)[number];

export type UploadStatus = { receivedBytes: number; complete: boolean };

export type Chunk = {
	/** Lower-case hex SHA-256 of the whole file. */
	sha256: string;
	mimeType: string;
	totalBytes: number;
	offset: number;
	data: Uint8Array;
};

const magic: Record<AttachmentType, number[]> = {
	'image/jpeg': [0xff, 0xd8, 0xff],
	'image/png': [0x89, 0x50, 0x4e, 0x47],
	'application/pdf': [0x25, 0x50, 0x44, 0x46] // %PDF
};

/** The type the first bytes say, whatever name or type the browser gave the file. */
export function sniffType(head: Uint8Array): AttachmentType | undefined {
	return attachmentTypes.find((type) => magic[type].every((byte, i) => head[i] === byte));
}

const isAttachmentType = (type: string): type is AttachmentType =>
	(attachmentTypes as readonly string[]).includes(type);

const sha256Hex = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** What the server holds of a file: all of it, or the first `receivedBytes`. */
export async function uploadStatus(db: Database, sha256: string): Promise<UploadStatus> {
	const [row] = await queryRows<{ blob: number | null; received: number }>(
		db,
		sql`select
			(select ${attachmentBlobs.sizeBytes} from ${attachmentBlobs}
				where ${attachmentBlobs.sha256} = ${sha256}) as blob,
			coalesce((select sum(length(${attachmentChunks.bytes})) from ${attachmentChunks}
				where ${attachmentChunks.sha256} = ${sha256}), 0)::int as received`
	);
	if (row?.blob != null) return { receivedBytes: Number(row.blob), complete: true };
	return { receivedBytes: Number(row?.received ?? 0), complete: false };
}

/** Uploads left unfinished for a week, whole: their newest chunk is older than the cut-off. */
export async function purgeStaleChunks(db: Database, now: Date): Promise<void> {
	const cutoff = new Date(now.getTime() - CHUNK_KEEP_MS);
	const stale = db
		.select({ sha256: attachmentChunks.sha256 })
		.from(attachmentChunks)
		.groupBy(attachmentChunks.sha256)
		.having(sql`max(${attachmentChunks.createdAt}) < ${cutoff.toISOString()}::timestamptz`);
	await db.delete(attachmentChunks).where(inArray(attachmentChunks.sha256, stale));
}

type Outcome = UploadStatus | { refused: 'checksum_mismatch' | 'unsupported_type' };

/**
 * Stores one chunk of a content-addressed upload and, with the last one, the whole file.
 * Idempotent and resumable: a chunk below what is held is a resend and is ignored, one beyond it
 * is not stored, and either way the answer says where to go on. On completion the bytes must hash
 * to `sha256` and start like `mimeType`, else the chunks go and the upload is refused.
 * Expected refusals are AppErrors: `unsupported_type`, `payload_too_large`, `invalid_input`,
 * `checksum_mismatch`.
 */
export async function putChunk(
	db: Database,
	chunk: Chunk,
	now: Date = new Date()
): Promise<UploadStatus> {
	const { sha256, mimeType, totalBytes, offset, data } = chunk;
	if (!isAttachmentType(mimeType)) throw new AppError('unsupported_type');
	if (totalBytes > ATTACHMENT_MAX_BYTES || data.byteLength > CHUNK_MAX_BYTES) {
		throw new AppError('payload_too_large');
	}
	if (data.byteLength === 0 || offset + data.byteLength > totalBytes) {
		throw new AppError('invalid_input');
	}
	// The first chunk says what the file is: no need to receive 5 MB of something else.
	if (offset === 0 && sniffType(data) !== mimeType) throw new AppError('unsupported_type');
	if (offset === 0 && data.byteLength === totalBytes) {
		return storeWhole(db, { ...chunk, mimeType }, now);
	}
	// Only uploads in several chunks leave chunks behind, so they are the ones that clean up.
	if (offset === 0) await purgeStaleChunks(db, now);

	const outcome = await db.transaction(async (tx): Promise<Outcome> => {
		// One upload of a given file at a time, so that chunks stay contiguous and two devices
		// sending the same photo at once end with one blob.
		await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${sha256}, 0))`);
		const [state] = await queryRows<{
			blob: number | null;
			received: number;
			total: number | null;
			type: string | null;
		}>(
			tx,
			sql`select
				(select ${attachmentBlobs.sizeBytes} from ${attachmentBlobs}
					where ${attachmentBlobs.sha256} = ${sha256}) as blob,
				coalesce(sum(length(${attachmentChunks.bytes})), 0)::int as received,
				max(${attachmentChunks.totalBytes}) as total,
				max(${attachmentChunks.mimeType}) as type
			from ${attachmentChunks} where ${attachmentChunks.sha256} = ${sha256}`
		);
		if (state?.blob != null) return { receivedBytes: Number(state.blob), complete: true };
		let received = Number(state?.received ?? 0);
		if (received > 0 && (Number(state?.total) !== totalBytes || state?.type !== mimeType)) {
			// The same hash announced with another size or type: one of the two uploads is wrong,
			// and the checksum will tell which. Start again with this one rather than lock it out.
			await tx.delete(attachmentChunks).where(eq(attachmentChunks.sha256, sha256));
			received = 0;
		}
		if (offset !== received) return { receivedBytes: received, complete: false };

		const end = offset + data.byteLength;
		if (end < totalBytes) {
			await tx
				.insert(attachmentChunks)
				.values({ sha256, offset, bytes: data, mimeType, totalBytes, createdAt: now });
			return { receivedBytes: end, complete: false };
		}
		return completeUpload(tx, { ...chunk, mimeType }, now);
	});
	if ('refused' in outcome) throw new AppError(outcome.refused);
	return outcome;
}

/**
 * The whole file in one request, the usual case for a compressed photo: checked here, stored in
 * one statement, with no chunk rows and no lock (storing it twice stores it once). Chunks of an
 * earlier, interrupted upload of the same file go with it.
 */
async function storeWhole(
	db: Database,
	file: Chunk & { mimeType: AttachmentType },
	now: Date
): Promise<UploadStatus> {
	const { sha256, mimeType, totalBytes, data } = file;
	if (sha256Hex(data) !== sha256) throw new AppError('checksum_mismatch');
	const content = Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('base64');
	await db.execute(
		sql`with gone as (delete from ${attachmentChunks} where ${attachmentChunks.sha256} = ${sha256})
			insert into ${attachmentBlobs} (sha256, mime_type, size_bytes, content, created_at)
			values (${sha256}, ${mimeType}, ${totalBytes}::int, decode(${content}, 'base64'),
				${now.toISOString()}::timestamptz)
			on conflict (sha256) do nothing`
	);
	return { receivedBytes: totalBytes, complete: true };
}

/**
 * The last chunk of a file sent in several: hashed and joined inside the database, so that
 * megabytes never travel back to the app server. A refusal deletes the chunks (the transaction
 * commits, then the caller throws), so the device starts again from nothing.
 */
async function completeUpload(
	tx: Database,
	chunk: Chunk & { mimeType: AttachmentType },
	now: Date
): Promise<Outcome> {
	const { sha256, mimeType, totalBytes, offset, data } = chunk;
	await tx
		.insert(attachmentChunks)
		.values({ sha256, offset, bytes: data, mimeType, totalBytes, createdAt: now });
	const whole = sql`(select string_agg(${attachmentChunks.bytes}, ''::bytea order by ${attachmentChunks.offset})
		from ${attachmentChunks} where ${attachmentChunks.sha256} = ${sha256})`;
	const [check] = await queryRows<{ digest: string; size: number; head: string }>(
		tx,
		sql`select encode(sha256(w.content), 'hex') as digest, length(w.content) as size,
			encode(substring(w.content from 1 for 8), 'hex') as head
			from (select ${whole} as content) w`
	);
	const chunksOnly = eq(attachmentChunks.sha256, sha256);
	if (check?.digest !== sha256 || Number(check.size) !== totalBytes) {
		await tx.delete(attachmentChunks).where(chunksOnly);
		return { refused: 'checksum_mismatch' };
	}
	if (sniffType(Buffer.from(check.head, 'hex')) !== mimeType) {
		await tx.delete(attachmentChunks).where(chunksOnly);
		return { refused: 'unsupported_type' };
	}
	await tx.execute(
		sql`insert into ${attachmentBlobs} (sha256, mime_type, size_bytes, content, created_at)
			values (${sha256}, ${mimeType}, ${totalBytes}::int, ${whole}, ${now.toISOString()}::timestamptz)
			on conflict (sha256) do nothing`
	);
	await tx.delete(attachmentChunks).where(chunksOnly);
	return { receivedBytes: totalBytes, complete: true };
}
