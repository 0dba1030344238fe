import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { CHUNK_MAX_BYTES, type AttachmentType } from '../../attachments/attachment-store';
import { queryRows } from '../../db/client';
import { attachmentBlobs, attachmentChunks } from '../../db/schema';
import { fakeFile, sha256Of } from '$testing/server/attachments';
import { openTestDatabase } from '$testing/server/database';
import { testContext } from '$testing/server/context';
import { appRouter, createCaller } from '../root';
import { failure } from '$testing/server/failure';

const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

describe('attachments router', () => {
	let handle: Awaited<ReturnType<typeof openTestDatabase>>;
	beforeAll(async () => {
		handle = await openTestDatabase();
	});
	afterAll(() => handle.dispose());

	const attachments = () => createCaller(testContext(handle)).attachments;

	/** The chunk of `bytes` at `offset`, as the browser sends it. */
	const chunkOf = (
		bytes: Uint8Array,
		offset: number,
		type: AttachmentType = 'image/jpeg',
		sha256 = sha256Of(bytes)
	) => ({
		sha256,
		mimeType: type,
		totalBytes: bytes.length,
		offset,
		data: base64(bytes.subarray(offset, offset + CHUNK_MAX_BYTES))
	});

	const blobRows = (sha256: string) =>
		handle.db.select().from(attachmentBlobs).where(eq(attachmentBlobs.sha256, sha256));
	const chunkRows = (sha256: string) =>
		handle.db.select().from(attachmentChunks).where(eq(attachmentChunks.sha256, sha256));

	it('stores a file sent in one chunk, byte for byte, as bytea', async () => {
		const bytes = fakeFile('image/png', 200_000, 'one chunk');
		bytes.set([0, 255, 0, 128], 100);
		const sha256 = sha256Of(bytes);
		expect(await attachments().status({ sha256 })).toEqual({ receivedBytes: 0, complete: false });
		expect(await attachments().putChunk(chunkOf(bytes, 0, 'image/png'))).toEqual({
			receivedBytes: 200_000,
			complete: true
		});
		expect(await attachments().status({ sha256: sha256.toUpperCase() })).toEqual({
			receivedBytes: 200_000,
			complete: true
		});
		const [blob] = await blobRows(sha256);
		expect(blob!.content).toBeInstanceOf(Uint8Array);
		expect(Buffer.from(blob!.content).equals(Buffer.from(bytes))).toBe(true);
		expect(blob).toMatchObject({ mimeType: 'image/png', sizeBytes: 200_000 });
		const [raw] = await queryRows<{ digest: string; kind: string }>(
			handle.db,
			sql`select encode(sha256(content), 'hex') as digest, pg_typeof(content)::text as kind
				from attachment_blobs where sha256 = ${sha256}`
		);
		expect(raw).toEqual({ digest: sha256, kind: 'bytea' });
		expect(await chunkRows(sha256)).toEqual([]);
		// Sent again (another device, another dossier): nothing new.
		expect(await attachments().putChunk(chunkOf(bytes, 0, 'image/png'))).toEqual({
			receivedBytes: 200_000,
			complete: true
		});
		expect(await blobRows(sha256)).toHaveLength(1);
	});

	it('resumes a file in chunks, ignoring resends and refusing to skip ahead', async () => {
		const bytes = fakeFile('application/pdf', 2 * CHUNK_MAX_BYTES + 1000, 'chunks');
		const sha256 = sha256Of(bytes);
		const put = (offset: number) =>
			attachments().putChunk(chunkOf(bytes, offset, 'application/pdf'));
		expect(await put(0)).toEqual({ receivedBytes: CHUNK_MAX_BYTES, complete: false });
		// The answer was lost and the device sends the first chunk again.
		expect(await put(0)).toEqual({ receivedBytes: CHUNK_MAX_BYTES, complete: false });
		// A chunk beyond what is held is not stored; the answer says where to go on.
		expect(await put(2 * CHUNK_MAX_BYTES)).toEqual({
			receivedBytes: CHUNK_MAX_BYTES,
			complete: false
		});
		expect(await chunkRows(sha256)).toHaveLength(1);
		expect(await attachments().status({ sha256 })).toEqual({
			receivedBytes: CHUNK_MAX_BYTES,
			complete: false
		});
		expect(await put(CHUNK_MAX_BYTES)).toEqual({
			receivedBytes: 2 * CHUNK_MAX_BYTES,
			complete: false
		});
		expect(await put(2 * CHUNK_MAX_BYTES)).toEqual({
			receivedBytes: bytes.length,
			complete: true
		});
		const [blob] = await blobRows(sha256);
		expect(Buffer.from(blob!.content).equals(Buffer.from(bytes))).toBe(true);
		expect(await chunkRows(sha256)).toEqual([]);
		expect(await put(CHUNK_MAX_BYTES)).toEqual({ receivedBytes: bytes.length, complete: true });
	});

	it('refuses a file that does not hash to its name, and forgets its chunks', async () => {
		const bytes = fakeFile('image/jpeg', CHUNK_MAX_BYTES + 10, 'damaged');
		const wrong = sha256Of(fakeFile('image/jpeg', CHUNK_MAX_BYTES + 10, 'other'));
		await attachments().putChunk(chunkOf(bytes, 0, 'image/jpeg', wrong));
		expect(
			await failure(attachments().putChunk(chunkOf(bytes, CHUNK_MAX_BYTES, 'image/jpeg', wrong)))
		).toBe('checksum_mismatch');
		expect(await chunkRows(wrong)).toEqual([]);
		expect(await blobRows(wrong)).toEqual([]);
		expect(await attachments().status({ sha256: wrong })).toEqual({
			receivedBytes: 0,
			complete: false
		});
		// In one chunk too.
		const small = fakeFile('image/jpeg', 1000, 'small');
		expect(await failure(attachments().putChunk(chunkOf(small, 0, 'image/jpeg', wrong)))).toBe(
			'checksum_mismatch'
		);
		expect(await blobRows(wrong)).toEqual([]);
	});

	it('accepts JPEG, PNG and PDF only, by their first bytes', async () => {
		const png = fakeFile('image/png', 500, 'png');
		const gif = Buffer.concat([Buffer.from('GIF89a'), Buffer.alloc(100)]);
		expect(
			await failure(attachments().putChunk({ ...chunkOf(png, 0), mimeType: 'image/gif' }))
		).toBe('unsupported_type');
		// Declared as a JPEG, but it is a PNG; and a GIF declared as a JPEG.
		expect(await failure(attachments().putChunk(chunkOf(png, 0, 'image/jpeg')))).toBe(
			'unsupported_type'
		);
		expect(await failure(attachments().putChunk(chunkOf(new Uint8Array(gif), 0)))).toBe(
			'unsupported_type'
		);
		expect(await blobRows(sha256Of(png))).toEqual([]);
		for (const type of ['image/jpeg', 'image/png', 'application/pdf'] as const) {
			const file = fakeFile(type, 300, type);
			expect(await attachments().putChunk(chunkOf(file, 0, type))).toMatchObject({
				complete: true
			});
		}
	});

	it('refuses files over 5 MB up front, chunks over 256 KiB, and malformed chunks', async () => {
		const bytes = fakeFile('image/jpeg', 1000, 'limits');
		const tooBig = { ...chunkOf(bytes, 0), totalBytes: 5 * 1024 * 1024 + 1 };
		expect(await failure(attachments().putChunk(tooBig))).toBe('payload_too_large');
		const wide = fakeFile('image/jpeg', CHUNK_MAX_BYTES + 1, 'wide');
		expect(await failure(attachments().putChunk({ ...chunkOf(wide, 0), data: base64(wide) }))).toBe(
			'payload_too_large'
		);
		for (const input of [
			{ ...chunkOf(bytes, 0), data: 'not base64!' },
			{ ...chunkOf(bytes, 0), totalBytes: 999 },
			{ ...chunkOf(bytes, 0), offset: -1 },
			{ ...chunkOf(bytes, 0), sha256: 'abc' }
		]) {
			expect(await failure(attachments().putChunk(input))).toBe('invalid_input');
		}
		// Exactly 5 MB is allowed.
		const largest = fakeFile('image/jpeg', 5 * 1024 * 1024, 'largest');
		const sha256 = sha256Of(largest);
		let status = { receivedBytes: 0, complete: false };
		while (!status.complete)
			status = await attachments().putChunk(chunkOf(largest, status.receivedBytes));
		expect((await blobRows(sha256))[0]!.sizeBytes).toBe(5 * 1024 * 1024);
	});

	it('ends two simultaneous uploads of the same file with one blob', async () => {
		const bytes = fakeFile('image/jpeg', 3 * CHUNK_MAX_BYTES + 5, 'twice');
		const sha256 = sha256Of(bytes);
		const device = async () => {
			let status = { receivedBytes: 0, complete: false };
			while (!status.complete) {
				status = await attachments().putChunk(chunkOf(bytes, status.receivedBytes));
			}
		};
		await Promise.all([device(), device(), device()]);
		const [blob] = await blobRows(sha256);
		expect(Buffer.from(blob!.content).equals(Buffer.from(bytes))).toBe(true);
		expect(await blobRows(sha256)).toHaveLength(1);
		expect(await chunkRows(sha256)).toEqual([]);
	});

	it('starts again when the same hash comes with another size', async () => {
		const bytes = fakeFile('image/jpeg', CHUNK_MAX_BYTES + 5, 'resized');
		const sha256 = sha256Of(bytes);
		await attachments().putChunk({ ...chunkOf(bytes, 0), totalBytes: bytes.length + 1 });
		expect(await attachments().putChunk(chunkOf(bytes, CHUNK_MAX_BYTES))).toEqual({
			receivedBytes: 0,
			complete: false
		});
		expect(await chunkRows(sha256)).toEqual([]);
		await attachments().putChunk(chunkOf(bytes, 0));
		expect(await attachments().putChunk(chunkOf(bytes, CHUNK_MAX_BYTES))).toMatchObject({
			complete: true
		});
	});

	it('takes the whole file in one request even after an interrupted upload of it', async () => {
		const bytes = fakeFile('image/jpeg', 5000, 'whole after parts');
		const sha256 = sha256Of(bytes);
		// An upload in 1000-byte chunks (another device, another app version) was cut off.
		await handle.db.insert(attachmentChunks).values({
			sha256,
			offset: 0,
			bytes: bytes.subarray(0, 1000),
			mimeType: 'image/jpeg',
			totalBytes: 5000
		});
		expect(await attachments().status({ sha256 })).toEqual({
			receivedBytes: 1000,
			complete: false
		});
		expect(await attachments().putChunk(chunkOf(bytes, 0))).toEqual({
			receivedBytes: 5000,
			complete: true
		});
		expect(await chunkRows(sha256)).toEqual([]);
		const [blob] = await blobRows(sha256);
		expect(Buffer.from(blob!.content).equals(Buffer.from(bytes))).toBe(true);
	});

	it('purges uploads left unfinished for a week when another starts', async () => {
		const old = fakeFile('image/jpeg', CHUNK_MAX_BYTES * 2, 'abandoned');
		const recent = fakeFile('image/jpeg', CHUNK_MAX_BYTES * 2, 'in progress');
		await attachments().putChunk(chunkOf(old, 0));
		await attachments().putChunk(chunkOf(recent, 0));
		await handle.db
			.update(attachmentChunks)
			.set({ createdAt: sql`${attachmentChunks.createdAt} - interval '8 days'` })
			.where(eq(attachmentChunks.sha256, sha256Of(old)));
		// Only an upload in several chunks cleans up: single requests leave no chunks behind.
		const single = fakeFile('image/png', 100, 'single');
		await attachments().putChunk(chunkOf(single, 0, 'image/png'));
		expect(await chunkRows(sha256Of(old))).toHaveLength(1);
		const next = fakeFile('image/png', CHUNK_MAX_BYTES + 1, 'next');
		await attachments().putChunk(chunkOf(next, 0, 'image/png'));
		expect(await chunkRows(sha256Of(old))).toEqual([]);
		expect(await chunkRows(sha256Of(recent))).toHaveLength(1);
	});

	it('answers over HTTP with the status of each refusal and never echoes the bytes', async () => {
		const { fetchRequestHandler } = await import('@trpc/server/adapters/fetch');
		const png = fakeFile('image/png', 64, 'http');
		const call = (input: unknown) =>
			fetchRequestHandler({
				endpoint: '/api/trpc',
				req: new Request('http://localhost/api/trpc/attachments.putChunk', {
					method: 'POST',
					headers: { 'content-type': 'application/json' },
					body: JSON.stringify({ json: input })
				}),
				router: appRouter,
				createContext: () => testContext(handle)
			});
		const declaredJpeg = await call(chunkOf(png, 0, 'image/jpeg'));
		expect(declaredJpeg.status).toBe(415);
		const text = await declaredJpeg.text();
		expect(text).toContain('"appCode":"unsupported_type"');
		expect(text).not.toContain(base64(png));
		const damaged = await call(chunkOf(png, 0, 'image/png', 'ab'.repeat(32)));
		expect(damaged.status).toBe(422);
		expect(await damaged.text()).toContain('"appCode":"checksum_mismatch"');
	});
});
