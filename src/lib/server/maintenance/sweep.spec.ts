import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, inArray, like } from 'drizzle-orm';
import { putChunk } from '../attachments/attachment-store';
import { createSession } from '../auth/session';
import {
	attachmentBlobs,
	attachmentChunks,
	dossierAttachments,
	dossiers,
	practiceExercises,
	practiceSeats,
	rateLimitEvents,
	resumeDrafts,
	sessions,
	users
} from '../db/schema';
import { fakeFile, sha256Of } from '$testing/server/attachments';
import { submittedDossier } from '$testing/server/officer';
import { openTestDatabase } from '$testing/server/database';
import { seedProvinces } from '../units/import-units';
import { defaultSweepSettings, removeUnreferencedFiles, sweep } from './sweep';

const dayMs = 24 * 60 * 60 * 1000;
const now = new Date('2026-11-20T03:00:00Z');
const ago = (ms: number) => new Date(now.getTime() - ms);

describe('scheduled sweep', () => {
	let handle: Awaited<ReturnType<typeof openTestDatabase>>;
	beforeAll(async () => {
		handle = await openTestDatabase();
		// The sample dossier's address names a province.
		await seedProvinces(handle.db);
	});
	afterAll(() => handle.dispose());

	/** A whole file uploaded at `at`, in one chunk; its hash. */
	async function uploadedAt(at: Date, seed: string): Promise<string> {
		const bytes = fakeFile('image/jpeg', 5_000, seed);
		const sha256 = sha256Of(bytes);
		await putChunk(
			handle.db,
			{ sha256, mimeType: 'image/jpeg', totalBytes: 5_000, offset: 0, data: bytes },
			at
		);
		return sha256;
	}

	const blobsLeft = async (hashes: string[]) =>
		(
			await handle.db
				.select({ sha256: attachmentBlobs.sha256 })
				.from(attachmentBlobs)
				.where(inArray(attachmentBlobs.sha256, hashes))
		)
			.map((b) => b.sha256)
			.sort();

	it('removes old files nobody names, and keeps named, recent and unfinished ones', async () => {
		const old = ago(defaultSweepSettings.unreferencedFileKeepMs + dayMs);
		// A dossier's files, uploaded long ago: named by dossier_attachments.
		const code = await submittedDossier(handle.db, now);
		const [dossier] = await handle.db.select().from(dossiers).where(eq(dossiers.code, code));
		const named = (
			await handle.db
				.select({ sha256: dossierAttachments.sha256 })
				.from(dossierAttachments)
				.where(eq(dossierAttachments.dossierId, dossier!.id))
		).map((a) => a.sha256);
		expect(named.length).toBeGreaterThan(0);
		await handle.db
			.update(attachmentBlobs)
			.set({ createdAt: old })
			.where(inArray(attachmentBlobs.sha256, named));

		// An online result file named only by the dossier's result delivery.
		const result = await uploadedAt(old, 'result');
		await handle.db
			.update(dossiers)
			.set({
				resultDelivery: {
					method: 'online',
					fileSha256: result,
					fileName: 'ket-qua.pdf',
					mimeType: 'image/jpeg',
					sizeBytes: 5_000
				}
			})
			.where(eq(dossiers.id, dossier!.id));

		const orphanOld = await uploadedAt(old, 'orphan old');
		const orphanRecent = await uploadedAt(
			ago(defaultSweepSettings.unreferencedFileKeepMs - dayMs),
			'recent'
		);
		// An upload in progress, its last chunk a day old: within the chunks' own lifetime.
		const partial = fakeFile('image/jpeg', 400_000, 'partial');
		await putChunk(
			handle.db,
			{
				sha256: sha256Of(partial),
				mimeType: 'image/jpeg',
				totalBytes: 400_000,
				offset: 0,
				data: partial.subarray(0, 262_144)
			},
			ago(dayMs)
		);

		const report = await sweep(handle.db, now);
		expect(report.files).toBe(1);
		const all = [...named, result, orphanOld, orphanRecent];
		expect(await blobsLeft(all)).toEqual([...named, result, orphanRecent].sort());
		const chunks = await handle.db
			.select()
			.from(attachmentChunks)
			.where(eq(attachmentChunks.sha256, sha256Of(partial)));
		expect(chunks).toHaveLength(1);

		// Run again, as a second app server would: nothing more goes, nothing fails.
		expect((await sweep(handle.db, now)).files).toBe(0);
		expect(await blobsLeft(all)).toEqual([...named, result, orphanRecent].sort());
	});

	it('removes files in batches until none is left', async () => {
		const old = ago(defaultSweepSettings.unreferencedFileKeepMs + dayMs);
		const hashes = [];
		for (let i = 0; i < 5; i++) hashes.push(await uploadedAt(old, `batch ${i}`));
		const removed = await removeUnreferencedFiles(handle.db, now, {
			...defaultSweepSettings,
			fileBatch: 2
		});
		expect(removed).toBe(5);
		expect(await blobsLeft(hashes)).toEqual([]);
	});

	it('removes expired resume bundles, sessions, rate-limit records and practice exercises only', async () => {
		const bundle = (lookupId: string, expiresAt: Date) => ({
			lookupId,
			authHash: 'a'.repeat(64),
			ciphertext: new Uint8Array([1, 2, 3]),
			sizeBytes: 3,
			createdAt: ago(40 * dayMs),
			expiresAt
		});
		await handle.db
			.insert(resumeDrafts)
			.values([
				bundle('e'.repeat(64), ago(1000)),
				bundle('f'.repeat(64), new Date(now.getTime() + dayMs))
			]);

		const [user] = await handle.db
			.insert(users)
			.values({
				username: 'sweep.manager',
				displayName: 'Quản lý',
				role: 'manager',
				passwordHash: 'x'
			})
			.returning();
		// One session past its 12 hours, one in use.
		await createSession(handle.db, user!.id, ago(13 * 60 * 60 * 1000));
		const live = await createSession(handle.db, user!.id, ago(60_000));

		await handle.db.insert(rateLimitEvents).values([
			{ key: 'sweep:old', at: ago(defaultSweepSettings.rateLimitKeepMs + 1000) },
			{ key: 'sweep:recent', at: ago(60_000) }
		]);

		const [expired, current] = await handle.db
			.insert(practiceExercises)
			.values([
				{
					code: 'OLD111',
					caseId: 'c',
					createdBy: user!.id,
					createdAt: ago(dayMs),
					expiresAt: ago(1000)
				},
				{
					code: 'NEW222',
					caseId: 'c',
					createdBy: user!.id,
					expiresAt: new Date(now.getTime() + dayMs)
				}
			])
			.returning();
		await handle.db.insert(practiceSeats).values([
			{ exerciseId: expired!.id, number: 1, tokenHash: '1'.repeat(64) },
			{ exerciseId: current!.id, number: 1, tokenHash: '2'.repeat(64) }
		]);

		const report = await sweep(handle.db, now);
		expect(report).toMatchObject({ resumeBundles: 1, practiceExercises: 1 });

		const bundles = await handle.db.select({ id: resumeDrafts.lookupId }).from(resumeDrafts);
		expect(bundles.map((b) => b.id)).toEqual(['f'.repeat(64)]);
		const left = await handle.db.select().from(sessions).where(eq(sessions.userId, user!.id));
		expect(left).toHaveLength(1);
		expect(left[0]!.expiresAt).toEqual(live.expiresAt);
		const events = await handle.db
			.select({ key: rateLimitEvents.key })
			.from(rateLimitEvents)
			.where(like(rateLimitEvents.key, 'sweep:%'));
		expect(events.map((e) => e.key)).toEqual(['sweep:recent']);
		const exercises = await handle.db
			.select({ code: practiceExercises.code })
			.from(practiceExercises);
		expect(exercises.map((e) => e.code)).toEqual(['NEW222']);
		const seats = await handle.db
			.select({ exerciseId: practiceSeats.exerciseId })
			.from(practiceSeats);
		expect(seats.map((s) => s.exerciseId)).toEqual([current!.id]);
	});

	it('two sweeps at once (two app servers) remove each file once between them', async () => {
		const old = ago(defaultSweepSettings.unreferencedFileKeepMs + dayMs);
		const hashes = [];
		for (let i = 0; i < 4; i++) hashes.push(await uploadedAt(old, `twice ${i}`));
		const [a, b] = await Promise.all([sweep(handle.db, now), sweep(handle.db, now)]);
		expect(a.files + b.files).toBe(4);
		expect(await blobsLeft(hashes)).toEqual([]);
	});
});
