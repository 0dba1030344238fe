/**
 * The device's sync pass against the real server code (routers, PGlite or PostgreSQL), with
 * faults between them: requests lost before the server, answers lost after it, servers that
 * forgot the device. Whatever happens, each dossier is accepted once and the queue drains.
 */
import Dexie from 'dexie';
import fc from 'fast-check';
import { count, eq } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Answers } from '$lib/domain/procedures/answers';
import { getProcedure, procedures } from '$testing/procedures/catalogue';
import { validateApplication } from '$lib/domain/procedures/validate-application';
import { todayInVietnam } from '$lib/domain/validation/dates';
import { attachmentBlobs, dossierAttachments, dossiers } from '$lib/server/db/schema';
import { createCaller } from '$lib/server/trpc/root';
import { openTestDatabase } from '$testing/server/database';
import { testContext } from '$testing/server/context';
import { seedProvinces } from '$lib/server/units/import-units';
import { openCungLamDb, type CungLamDb } from '../db';
import { countWaiting, enqueueSubmission, retrySubmission } from './outbox';
import { runSyncPass, type SyncApi } from './sync-pass';

type Handle = Awaited<ReturnType<typeof openTestDatabase>>;

const today = todayInVietnam(new Date());

function sample(id: string) {
	const definition = getProcedure(id)!;
	const result = validateApplication(definition, definition.sampleCase!, { today });
	if (!result.ok) throw new Error(`sample of ${id} does not validate`);
	return { definition, application: result.application };
}

const withoutFiles = procedures
	.filter((p) => p.sampleCase && !JSON.stringify(p.sampleCase).includes('attachmentId'))
	.map((p) => p.id);

function directApi(handle: Handle): SyncApi {
	const caller = createCaller(testContext(handle));
	return {
		push: (input) => caller.sync.push(input),
		pull: (input) => caller.sync.pull(input),
		attachmentStatus: (input) => caller.attachments.status(input),
		putChunk: (input) => caller.attachments.putChunk(input)
	};
}

class Lost extends Error {
	override name = 'TRPCClientError';
}

/** Each call: lost before the server, lost after it, or answered, as `plan()` decides. */
function faulty(api: SyncApi, plan: () => 'before' | 'after' | 'ok'): SyncApi {
	const wrap =
		<I, O>(call: (input: I) => Promise<O>) =>
		async (input: I): Promise<O> => {
			const fault = plan();
			if (fault === 'before') throw new Lost('request lost');
			const output = await call(input);
			if (fault === 'after') throw new Lost('answer lost');
			return output;
		};
	return {
		push: wrap(api.push),
		pull: wrap(api.pull),
		attachmentStatus: wrap(api.attachmentStatus),
		putChunk: wrap(api.putChunk)
	};
}

async function queue(db: CungLamDb, procedureId: string, files = new Map<string, Blob>()) {
	const { definition, application } = sample(procedureId);
	return enqueueSubmission(db, {
		application,
		procedureSlug: definition.slug,
		files,
		phone: '0912345678'
	});
}

/** Passes until the queue is empty; failed passes (lost calls) are simply tried again. */
async function drain(db: CungLamDb, api: SyncApi, limit = 500): Promise<number> {
	for (let attempt = 1; attempt <= limit; attempt++) {
		try {
			await runSyncPass(db, api, { batchSize: 7, chunkBytes: 64 * 1024 });
			if ((await db.outbox.count()) === 0) return attempt;
		} catch (error) {
			if (!(error instanceof Lost)) throw error;
		}
	}
	throw new Error('the queue did not drain');
}

describe('sync pass against the server', { timeout: 60_000 }, () => {
	let handle: Handle;
	let db: CungLamDb;
	beforeAll(async () => {
		handle = await openTestDatabase();
		await seedProvinces(handle.db);
	}, 60_000);
	afterAll(() => handle.dispose());
	beforeEach(() => {
		db = openCungLamDb('sync-' + crypto.randomUUID());
	});
	afterEach(async () => {
		db.close();
		await Dexie.delete(db.name);
	});

	const serverCount = async (clientId: string) =>
		(
			await handle.db.select({ n: count() }).from(dossiers).where(eq(dossiers.clientId, clientId))
		)[0]!.n;

	it('accepts every queued dossier exactly once whatever calls are lost', async () => {
		await fc.assert(
			fc.asyncProperty(
				fc.array(fc.constantFrom('before', 'after', 'ok', 'ok'), {
					minLength: 20,
					maxLength: 60
				}),
				fc.integer({ min: 1, max: 12 }),
				async (faults, n) => {
					const device = openCungLamDb('sync-prop-' + crypto.randomUUID());
					try {
						let i = 0;
						const api = faulty(directApi(handle), () => faults[i++ % faults.length]!);
						const queued = [];
						for (let k = 0; k < n; k++) {
							queued.push(await queue(device, withoutFiles[k % withoutFiles.length]!));
							// New dossiers also arrive while earlier ones are being sent.
							if (k % 3 === 0) await runSyncPass(device, api).catch(() => undefined);
						}
						await drain(device, api);
						const clientId = (await device.settings.get('sync.clientId'))!.value as string;
						expect(await serverCount(clientId)).toBe(n);
						const records = await device.submissions.toArray();
						expect(records.every((r) => r.dossierCode && r.status === 'received')).toBe(true);
						expect(new Set(records.map((r) => r.dossierCode)).size).toBe(n);
						expect(records.map((r) => r.localReference).sort()).toEqual(
							queued.map((q) => q.localReference).sort()
						);
						expect(await countWaiting(device)).toBe(0);
					} finally {
						device.close();
						await Dexie.delete(device.name);
					}
				}
			),
			{ numRuns: 15 }
		);
	});

	it('uploads a file in chunks that resume after a cut, then links it to the dossier', async () => {
		const photo = new Uint8Array(300 * 1024);
		photo.set([0xff, 0xd8, 0xff, 0xe0]);
		for (let i = 4; i < photo.length; i++) photo[i] = (i * 7) % 251;
		const { definition, application } = sample('dang-ky-khai-sinh');
		const refs = Object.values(application.answers)
			.flatMap((step) => Object.values(step))
			.filter(Array.isArray)
			.flat() as { attachmentId: string; sizeBytes: number; mimeType: string }[];
		const files = new Map(
			refs.map((ref) => [ref.attachmentId, new Blob([photo], { type: ref.mimeType })])
		);
		// The sample's declared sizes are examples; the queued refs carry the real ones.
		const answers: Answers = JSON.parse(
			JSON.stringify(application.answers).replace(/"sizeBytes":\d+/g, `"sizeBytes":${photo.length}`)
		) as Answers;
		const record = await enqueueSubmission(db, {
			application: { ...application, answers },
			procedureSlug: definition.slug,
			files,
			phone: '0912345678'
		});
		// Every third call is lost: the upload resumes from what the server already holds.
		let calls = 0;
		const api = faulty(directApi(handle), () => (++calls % 3 === 0 ? 'after' : 'ok'));
		await drain(db, api);
		const stored = await db.submissions.get(record.localReference);
		expect(stored!.dossierCode).toBeTruthy();
		const [dossier] = await handle.db
			.select({ id: dossiers.id })
			.from(dossiers)
			.where(eq(dossiers.code, stored!.dossierCode!));
		const links = await handle.db
			.select({ sha256: dossierAttachments.sha256, size: attachmentBlobs.sizeBytes })
			.from(dossierAttachments)
			.innerJoin(attachmentBlobs, eq(attachmentBlobs.sha256, dossierAttachments.sha256))
			.where(eq(dossierAttachments.dossierId, dossier!.id));
		expect(links.length).toBe(refs.length);
		expect(links.every((l) => l.size === photo.length)).toBe(true);
		expect(await db.outboxFiles.count()).toBe(0);
	});

	it('records a refusal on the item without blocking the queue; "Gửi lại" sends it again', async () => {
		const { definition, application } = sample(withoutFiles[0]!);
		const broken = { ...application, answers: {} };
		const record = await enqueueSubmission(db, {
			application: broken,
			procedureSlug: definition.slug,
			files: new Map()
		});
		await runSyncPass(db, directApi(handle));
		const refused = await db.submissions.get(record.localReference);
		expect(refused!.failure?.reason).toBe('invalid_input');
		expect(refused!.status).toBe('pending');
		expect(await db.outbox.count()).toBe(0);
		expect(await countWaiting(db)).toBe(0);

		await retrySubmission(db, record.localReference);
		expect(await countWaiting(db)).toBe(1);
		const later = await queue(db, withoutFiles[1]!);
		await runSyncPass(db, directApi(handle));
		expect((await db.submissions.get(record.localReference))!.failure?.reason).toBe(
			'invalid_input'
		);
		expect((await db.submissions.get(later.localReference))!.dossierCode).toBeTruthy();
	});

	it('a dossier the server cannot store is refused on its item; the next one is received', async () => {
		const api = directApi(handle);
		// A NUL on the way (as a scanner or a broken proxy might leave): the database refuses it.
		const poisoning: SyncApi = {
			...api,
			push: ({ clientId, mutations }) =>
				api.push({
					clientId,
					mutations: mutations.map((m, i) =>
						i === 0
							? {
									...m,
									payload: {
										...(m.payload as object),
										clientReference: `${(m.payload as { clientReference: string }).clientReference}\u0000`
									}
								}
							: m
					)
				})
		};
		const first = await queue(db, withoutFiles[0]!);
		const second = await queue(db, withoutFiles[1]!);
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
		const outcome = await runSyncPass(db, poisoning);
		warn.mockRestore();
		expect(outcome).toMatchObject({ pushed: 2, refused: 1 });
		const refused = await db.submissions.get(first.localReference);
		expect(refused!.failure?.reason).toBe('invalid_input');
		expect(refused!.dossierCode).toBeUndefined();
		expect((await db.submissions.get(second.localReference))!.dossierCode).toBeTruthy();
		expect(await db.outbox.count()).toBe(0);
		// "Gửi lại" over a clean line: now it is received.
		await retrySubmission(db, first.localReference);
		await runSyncPass(db, api);
		expect((await db.submissions.get(first.localReference))!.dossierCode).toBeTruthy();
	});

	it('numbers the queue again for a server that forgot this device', async () => {
		const api = directApi(handle);
		await queue(db, withoutFiles[0]!);
		await runSyncPass(db, api);
		const clientId = (await db.settings.get('sync.clientId'))!.value as string;
		// The server's database is restored from a backup taken before this device's first push.
		const fresh = await openTestDatabase();
		try {
			await seedProvinces(fresh.db);
			await queue(db, withoutFiles[1]!);
			await queue(db, withoutFiles[2]!);
			await runSyncPass(db, directApi(fresh as Handle));
			expect(await db.outbox.count()).toBe(0);
			const onFresh = await fresh.db
				.select({ n: count() })
				.from(dossiers)
				.where(eq(dossiers.clientId, clientId));
			expect(onFresh[0]!.n).toBe(2);
		} finally {
			await fresh.dispose();
		}
	});
});
