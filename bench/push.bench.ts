/**
 * Push throughput: 1,000 dossiers in batches of 50 (one device each) through applyPush with the
 * real handlers, on a fresh database, from every procedure's sample case in turn (their sample
 * document photos uploaded once beforehand, as files already on the server). Then the same with
 * one fresh 200 KB photo per dossier, uploaded through putChunk (one 256 KiB chunk) before the
 * push that names it; the clock runs over uploads and pushes. With DATABASE_URL, the first case
 * again on PostgreSQL, in a database created and dropped here, with four pushes in flight (the
 * BENCH figure) and one at a time (for information). Targets: ≥ 300/s on PGlite, ≥ 1,000/s on
 * PostgreSQL.
 *
 * Run: npx tsx bench/push.bench.ts
 * Prints: BENCH push_pglite_per_s … / BENCH push_attach_pglite_per_s … / BENCH push_postgres_per_s …
 * (or a line saying PostgreSQL was skipped).
 */
import { randomUUID } from 'node:crypto';
import type { AttachmentRef } from '../src/lib/domain/procedures/answers';
import { procedures } from '../src/testing/procedures/catalogue';
import { sampleToday } from '../src/testing/procedures/sample-data';
import {
	validateApplication,
	type Application
} from '../src/lib/domain/procedures/validate-application';
import type { Database } from '../src/lib/server/db/client';
import { appSyncHandlers } from '../src/lib/server/sync/dossier-handlers';
import { applyPush, type Mutation } from '../src/lib/server/sync/push';
import { fakeFile, uploadFile, withUploadedAttachments } from '$testing/server/attachments';
import { openTestDatabase } from '$testing/server/database';
import { seedProvinces } from '../src/lib/server/units/import-units';

const DOSSIERS = 1_000;
const BATCH = 50;
const PHOTO_BYTES = 200 * 1000;
/** The samples were written for this day; 09:00 in Vietnam, so same-day limits apply. */
const receivedAt = new Date(`${sampleToday}T02:00:00Z`);

type Sample = { application: Application; documentField?: { stepId: string; fieldId: string } };

/** Each procedure's sample case, clean, with its sample photos on the server. */
async function samples(db: Database): Promise<Sample[]> {
	const list: Sample[] = [];
	for (const definition of procedures) {
		const checked = validateApplication(definition, definition.sampleCase, { today: sampleToday });
		if (!checked.ok) throw new Error(`sample case of ${definition.id} does not validate`);
		const application = await withUploadedAttachments(db, checked.application);
		const documentField = definition.steps
			.flatMap((step) =>
				step.fields.map((field) => ({ stepId: step.id, fieldId: field.id, kind: field.kind }))
			)
			.find(
				({ stepId, fieldId, kind }) =>
					kind === 'document' && application.answers[stepId]?.[fieldId] !== undefined
			);
		list.push({ application, documentField });
	}
	return list;
}

/**
 * Pushes each batch from its own device (client id), `inFlight` pushes at a time: a server hears
 * from many access points at once. On PGlite, one connection, more in flight changes nothing.
 */
async function pushAll(db: Database, batches: Mutation[][], inFlight: number): Promise<void> {
	let next = 0;
	const device = async () => {
		while (next < batches.length) {
			const batch = batches[next++]!;
			const result = await applyPush(db, appSyncHandlers, randomUUID(), batch, () => receivedAt);
			const refused = result.results.find((r) => !r.ok);
			if (refused || result.results.length !== batch.length) {
				throw new Error(`push refused a dossier: ${JSON.stringify(refused)}`);
			}
		}
	};
	await Promise.all(Array.from({ length: inFlight }, device));
}

/** The mutation ids of one device's outbox, from 1; the slip references stay unique. */
const submit = (id: number, serial: number, application: Application): Mutation => ({
	id,
	kind: 'dossier.submit',
	payload: { ...application, clientReference: `B-${serial}` }
});

/** Dossiers per second, without uploads. */
function plainRun(inFlight: number) {
	return async (db: Database): Promise<number> => {
		const list = await samples(db);
		const batches = Array.from({ length: DOSSIERS / BATCH }, (_, b) =>
			Array.from({ length: BATCH }, (_, i) =>
				submit(i + 1, b * BATCH + i, list[(b * BATCH + i) % list.length]!.application)
			)
		);
		const started = performance.now();
		await pushAll(db, batches, inFlight);
		return DOSSIERS / ((performance.now() - started) / 1000);
	};
}

/** Dossiers per second, each with its own 200 KB photo uploaded before the push naming it. */
async function attachmentRun(db: Database): Promise<number> {
	const withDocuments = (await samples(db)).filter((s) => s.documentField);
	const photos = Array.from({ length: DOSSIERS }, (_, i) =>
		fakeFile('image/jpeg', PHOTO_BYTES, `bench photo ${i}`)
	);
	const started = performance.now();
	for (let first = 0; first < DOSSIERS; first += BATCH) {
		const batch: Mutation[] = [];
		for (let i = first; i < first + BATCH; i++) {
			const { application, documentField } = withDocuments[i % withDocuments.length]!;
			const { stepId, fieldId } = documentField!;
			const sha256 = await uploadFile(db, photos[i]!, 'image/jpeg');
			const ref: AttachmentRef = {
				attachmentId: `photo-${i}`,
				fileName: `anh-${i}.jpg`,
				mimeType: 'image/jpeg',
				sizeBytes: PHOTO_BYTES,
				sha256
			};
			const answers = {
				...application.answers,
				[stepId]: { ...application.answers[stepId], [fieldId]: [ref] }
			};
			batch.push(submit(i - first + 1, i, { ...application, answers }));
		}
		await pushAll(db, [batch], 1);
	}
	return DOSSIERS / ((performance.now() - started) / 1000);
}

async function onFresh<T>(url: string, run: (db: Database) => Promise<T>): Promise<T> {
	const handle = await openTestDatabase(url);
	try {
		await seedProvinces(handle.db);
		return await run(handle.db);
	} finally {
		await handle.dispose();
	}
}

const figure = (value: number) => value.toFixed(0);
/** Pushes in flight at once on PostgreSQL: four access points sending together. */
const POSTGRES_IN_FLIGHT = 4;

console.log(`BENCH push_pglite_per_s ${figure(await onFresh('', plainRun(1)))} dossiers/s`);
console.log(
	`BENCH push_attach_pglite_per_s ${figure(await onFresh('', attachmentRun))} dossiers/s`
);
const databaseUrl = process.env.DATABASE_URL;
if (databaseUrl) {
	const parallel = await onFresh(databaseUrl, plainRun(POSTGRES_IN_FLIGHT));
	console.log(`BENCH push_postgres_per_s ${figure(parallel)} dossiers/s`);
	const alone = await onFresh(databaseUrl, plainRun(1));
	console.log(`push_postgres_one_push_at_a_time_per_s ${figure(alone)} dossiers/s`);
} else {
	console.log('push_postgres skipped: set DATABASE_URL to measure PostgreSQL');
}
