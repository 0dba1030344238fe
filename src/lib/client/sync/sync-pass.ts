/**
 * One sync pass: upload the queued files, push the queued mutations in order, settle what the
 * server applied, then pull the status changes of this device's dossiers. Any network failure
 * simply ends the pass (the loop retries later); because the server applies each mutation id
 * once, resending after a lost request or a lost response is always safe.
 */
import type { DossierChange, PullResult } from '$lib/server/sync/pull';
import type { Mutation, PushResult } from '$lib/server/sync/push';
import type { CungLamDb, OutboxRecord, SubmissionRecord } from '../db';
import { openBlobFromBlob } from '../vault/cipher';
import { checkIn, readEnrolment } from '../devices/device-enrolment';
import { CHUNK_BYTES, uploadChunks, type ChunkApi } from './chunk-upload';
import {
	clientIdOf,
	dropUnneededFiles,
	fileAad,
	openPayload,
	outboxKeyOf,
	peekNextMutationId,
	readCursor,
	setNextMutationId,
	writeCursor
} from './outbox';

/** The server procedures a pass calls: the tRPC client in the app, a direct caller in tests. */
export type SyncApi = ChunkApi & {
	push(input: { clientId: string; device?: string; mutations: Mutation[] }): Promise<PushResult>;
	pull(input: { clientId: string; cursor?: string }): Promise<PullResult>;
	/** An enrolled PC's report and its settings (issue 21); absent: no check-in. */
	checkIn?: Parameters<typeof checkIn>[1];
};

export type PassOptions = {
	batchSize?: number;
	chunkBytes?: number;
	now?: () => Date;
	/** The app's version and storage use, for an enrolled PC's report. */
	deviceFacts?: DeviceFacts;
};

type DeviceFacts = Parameters<typeof checkIn>[2];

export type PassOutcome = { pushed: number; refused: number; pulled: number };

const PULL_PAGE = 500;

/**
 * A refusal is an answer from our server with an app error code other than "server": sending
 * the same thing again will not change it. Anything else (no answer, a 5xx) is worth a retry.
 */
export function isRefusal(error: unknown): boolean {
	const data = (error as { data?: { appCode?: unknown } } | null)?.data;
	return typeof data?.appCode === 'string' && data.appCode !== 'server';
}

/** Uploads one queued file, resuming from what the server already holds. */
async function uploadFile(
	db: CungLamDb,
	api: SyncApi,
	key: CryptoKey,
	sha256: string,
	chunkBytes: number
): Promise<void> {
	const record = await db.outboxFiles.get(sha256);
	if (!record || record.uploaded) return;
	await uploadChunks(
		api,
		{
			sha256,
			mimeType: record.mimeType,
			bytes: async () => {
				const plain = await openBlobFromBlob(key, record.blob, record.mimeType, fileAad(sha256));
				return new Uint8Array(await plain.arrayBuffer());
			}
		},
		chunkBytes
	);
	await db.outboxFiles.update(sha256, { uploaded: true });
}

/** Files of these entries, uploaded; a refused file is left for the push to report. */
async function uploadFiles(
	db: CungLamDb,
	api: SyncApi,
	key: CryptoKey,
	entries: OutboxRecord[],
	chunkBytes: number
): Promise<void> {
	for (const sha256 of new Set(entries.flatMap((e) => e.files))) {
		try {
			await uploadFile(db, api, key, sha256, chunkBytes);
		} catch (error) {
			// The server will refuse the dossier as "attachment_missing", which the citizen sees.
			if (!isRefusal(error)) throw error;
		}
	}
}

type Accepted = { code: string; receivedAt: Date | string; dueDate: string };

function acceptedValue(value: unknown): Accepted | undefined {
	const v = value as Partial<Accepted> | null;
	return v && typeof v.code === 'string' && typeof v.dueDate === 'string' && v.receivedAt
		? (v as Accepted)
		: undefined;
}

const iso = (at: Date | string) => (typeof at === 'string' ? at : at.toISOString());

function withEvent(
	record: SubmissionRecord,
	status: SubmissionRecord['events'][number]['status'],
	at: string
): SubmissionRecord['events'] {
	return record.events.some((e) => e.status === status && e.at === at)
		? record.events
		: [...record.events, { status, at }];
}

/** Applies a push response in one transaction: settled entries leave the queue. */
async function settlePush(
	db: CungLamDb,
	entries: OutboxRecord[],
	response: PushResult,
	now: Date
): Promise<{ settled: number; refused: number }> {
	const settled = entries.filter((e) => e.mutationId <= response.lastMutationId);
	let refused = 0;
	await db.transaction('rw', [db.outbox, db.submissions, db.outboxFiles], async () => {
		for (const entry of settled) {
			const result = response.results.find((r) => r.id === entry.mutationId);
			const record = await db.submissions.get(entry.localReference);
			if (record && result && !result.ok) {
				refused++;
				await db.submissions.put({
					...record,
					failure: {
						reason: result.reason,
						at: now.toISOString(),
						sealed: entry.sealed,
						files: entry.files
					}
				});
			} else if (record && result?.ok) {
				const accepted = acceptedValue(result.value);
				if (accepted) {
					const receivedAt = iso(accepted.receivedAt);
					await db.submissions.put({
						...record,
						status: record.status === 'pending' ? 'received' : record.status,
						dossierCode: accepted.code,
						receivedAt,
						dueDate: accepted.dueDate,
						events: withEvent(record, 'received', receivedAt),
						knownAt: now.toISOString()
					});
				}
			}
			// No result: applied by an earlier push whose answer was lost; pull brings the code.
			await db.outbox.delete(entry.mutationId);
		}
		const refusedFiles = new Set(
			settled
				.filter((e) => response.results.some((r) => r.id === e.mutationId && !r.ok))
				.flatMap((e) => e.files)
		);
		await dropUnneededFiles(
			db,
			settled.flatMap((e) => e.files).filter((f) => !refusedFiles.has(f))
		);
	});
	return { settled: settled.length, refused };
}

/**
 * The server does not know our earlier mutations (its database was restored from a backup, or
 * this is another server): number the queue again from what it expects. Safe, because the
 * server also refuses a second dossier with the same local reference from the same device.
 */
async function renumberFrom(db: CungLamDb, first: number): Promise<void> {
	await db.transaction('rw', [db.outbox, db.settings], async () => {
		const entries = await db.outbox.orderBy('mutationId').toArray();
		await db.outbox.clear();
		await db.outbox.bulkAdd(entries.map((e, i) => ({ ...e, mutationId: first + i })));
		await setNextMutationId(db, first + entries.length);
	});
}

async function pushQueue(
	db: CungLamDb,
	api: SyncApi,
	clientId: string,
	key: CryptoKey,
	options: Required<Omit<PassOptions, 'deviceFacts'>>
): Promise<{ pushed: number; refused: number }> {
	// An enrolled PC's credential: staff kinds need it when no staff member is logged in.
	const device = (await readEnrolment(db))?.credential;
	let pushed = 0;
	let refused = 0;
	let renumbered = false;
	for (;;) {
		const entries = await db.outbox.orderBy('mutationId').limit(options.batchSize).toArray();
		if (entries.length === 0) break;
		await uploadFiles(db, api, key, entries, options.chunkBytes);
		const mutations: Mutation[] = await Promise.all(
			entries.map(async (e) => ({
				id: e.mutationId,
				kind: e.kind,
				payload: await openPayload(key, e.localReference, e.sealed)
			}))
		);
		const response = await api.push({ clientId, ...(device && { device }), mutations });
		const first = entries[0]!.mutationId;
		const next = await peekNextMutationId(db);
		const serverBehind = response.lastMutationId < first - 1;
		const serverAhead = response.lastMutationId >= next;
		if ((serverBehind || serverAhead) && !renumbered) {
			renumbered = true;
			await renumberFrom(db, response.lastMutationId + 1);
			continue;
		}
		const outcome = await settlePush(db, entries, response, options.now());
		pushed += outcome.settled;
		refused += outcome.refused;
		// Nothing settled: the server stopped at a gap it should not see; retry on the next pass.
		if (outcome.settled === 0) throw new Error('sync: the server applied nothing');
	}
	return { pushed, refused };
}

async function applyChanges(db: CungLamDb, changes: DossierChange[], now: Date): Promise<void> {
	await db.transaction('rw', db.submissions, async () => {
		for (const change of changes) {
			const record = await db.submissions.get(change.clientReference);
			if (!record) continue;
			const at = iso(change.at);
			await db.submissions.put({
				...record,
				status: change.status,
				dossierCode: change.dossierCode,
				dueDate: change.dueDate,
				receivedAt: record.receivedAt ?? (change.status === 'received' ? at : undefined),
				events: withEvent(record, change.status, at),
				knownAt: now.toISOString(),
				// Accepted after all (a resend under a new id): nothing is refused any more.
				failure: undefined
			});
		}
	});
}

async function pullAll(
	db: CungLamDb,
	api: SyncApi,
	clientId: string,
	now: () => Date
): Promise<number> {
	let pulled = 0;
	for (;;) {
		const cursor = await readCursor(db);
		const page = await api.pull(cursor === undefined ? { clientId } : { clientId, cursor });
		await applyChanges(db, page.changes, now());
		await writeCursor(db, page.cursor);
		pulled += page.changes.length;
		if (page.changes.length < PULL_PAGE || page.cursor === cursor) return pulled;
	}
}

export async function runSyncPass(
	db: CungLamDb,
	api: SyncApi,
	options: PassOptions = {}
): Promise<PassOutcome> {
	const settings: Required<Omit<PassOptions, 'deviceFacts'>> = {
		batchSize: options.batchSize ?? 20,
		chunkBytes: options.chunkBytes ?? CHUNK_BYTES,
		now: options.now ?? (() => new Date())
	};
	const clientId = await clientIdOf(db);
	const key = await outboxKeyOf(db);
	const { pushed, refused } = await pushQueue(db, api, clientId, key, settings);
	const pulled = await pullAll(db, api, clientId, settings.now);
	if (api.checkIn) {
		const facts = options.deviceFacts ?? (() => Promise.resolve({}));
		await checkIn(db, api.checkIn, facts, settings.now());
	}
	return { pushed, refused, pulled };
}
