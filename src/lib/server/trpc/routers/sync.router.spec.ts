import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { TRPCError } from '@trpc/server';
import { and, eq, gte, like, lte, sql } from 'drizzle-orm';
import { integer, pgTable, text } from 'drizzle-orm/pg-core';
import { z } from 'zod';
import { AppError } from '$lib/errors/app-error';
import { defaultDaysOff } from '$lib/domain/calendar/holidays';
import type { Answers, AttachmentRef } from '$lib/domain/procedures/answers';
import { getProcedure, procedures } from '$testing/procedures/catalogue';
import { validateApplication, type Application } from '$lib/domain/procedures/validate-application';
import {
	attachmentBlobs,
	calendarDaysOff,
	dossierAttachments,
	dossierCodeSequences,
	dossierEvents,
	dossiers,
	syncClients,
	syncFailures
} from '../../db/schema';
import { dossierDueDate } from '../../calendar/working-calendar';
import { dossierCode } from '../../dossiers/dossier-code';
import { appSyncHandlers } from '../../sync/dossier-handlers';
import { syncHandler, type Mutation, type PushResult } from '../../sync/push';
import { withUploadedAttachments } from '$testing/server/attachments';
import { openTestDatabase } from '$testing/server/database';
import { testContext } from '$testing/server/context';
import { seedProvinces } from '../../units/import-units';
import { createCaller } from '../root';
import { createCallerFactory, createRouter } from '../trpc';
import { createSyncRouter } from './sync.router';

/** A table only this test creates: one row per applied 'test.count' mutation. */
const counted = pgTable('sync_test_counts', {
	clientId: text('client_id').notNull(),
	n: integer('n').notNull()
});

const countHandlers = {
	'test.count': syncHandler(
		z.object({ n: z.number().int(), refuse: z.boolean() }),
		async ({ tx, clientId }, { n, refuse }) => {
			await tx.insert(counted).values({ clientId, n });
			// Refused after writing: the savepoint must take the row back.
			if (refuse) throw new AppError('conflict');
			return n;
		}
	)
};

/** Clean answers of each procedure's sample case, as the wizard would queue them. */
function sampleApplication(id: string) {
	const definition = getProcedure(id)!;
	const result = validateApplication(definition, definition.sampleCase, { today: '2026-11-22' });
	if (!result.ok) throw new Error(`sample case of ${id} does not validate`);
	return result.application;
}

/** Sample applications with their files uploaded, filled in `beforeAll`. */
const uploadedApplications = new Map<string, Application>();

const submit = (id: number, clientReference: string, procedureId = 'dang-ky-khai-sinh') => ({
	id,
	kind: 'dossier.submit',
	payload: { ...uploadedApplications.get(procedureId)!, clientReference }
});

/** 09:00 in Vietnam on the given day. */
const morningOf = (isoDate: string) => new Date(`${isoDate}T02:00:00Z`);

describe('sync router', () => {
	let handle: Awaited<ReturnType<typeof openTestDatabase>>;
	let now = morningOf('2026-11-20');
	beforeAll(async () => {
		handle = await openTestDatabase();
		await seedProvinces(handle.db);
		await handle.db.execute(
			sql`create table sync_test_counts (client_id text not null, n integer not null)`
		);
		for (const { id } of procedures) {
			uploadedApplications.set(id, await withUploadedAttachments(handle.db, sampleApplication(id)));
		}
	});
	afterAll(() => handle.dispose());

	const syncWith = (handlers: Parameters<typeof createSyncRouter>[0]) =>
		createCallerFactory(createRouter({ sync: createSyncRouter(handlers, () => now) }))(
			testContext(handle)
		).sync;
	const sync = () => syncWith(appSyncHandlers);
	const lastMutationIdOf = async (clientId: string) =>
		(
			await handle.db
				.select({ last: syncClients.lastMutationId })
				.from(syncClients)
				.where(eq(syncClients.clientId, clientId))
		)[0]?.last;

	it('applies each mutation exactly once under lost, repeated and reordered requests', async () => {
		const counter = syncWith(countHandlers);
		await fc.assert(
			fc.asyncProperty(
				fc.integer({ min: 1, max: 15 }),
				fc.array(fc.boolean(), { minLength: 15, maxLength: 15 }),
				fc.array(fc.nat(1000), { minLength: 20, maxLength: 120 }),
				async (total, refusals, choices) => {
					const clientId = randomUUID();
					const all: Mutation[] = Array.from({ length: total }, (_, i) => ({
						id: i + 1,
						kind: 'test.count',
						payload: { n: i + 1, refuse: refusals[i]! }
					}));
					let acked = 0;
					const inFlight: Mutation[][] = [];
					const receive = (result: PushResult) => {
						acked = Math.max(acked, result.lastMutationId);
					};
					let step = 0;
					const pick = (bound: number) => choices[step++ % choices.length]! % bound;
					// A random schedule first, then an orderly client so every run ends.
					for (let round = 0; round < choices.length && acked < total; round++) {
						if (inFlight.length > 0 && pick(2) === 0) {
							// The network delivers some earlier request, in any order, maybe twice.
							const [batch] = inFlight.splice(pick(inFlight.length), 1);
							const result = await counter.push({ clientId, mutations: batch! });
							if (pick(2) === 0) receive(result);
							if (pick(4) === 0) receive(await counter.push({ clientId, mutations: batch! }));
						} else {
							const start = 1 + pick(acked + 1);
							const length = 1 + pick(5);
							inFlight.push(all.slice(start - 1, start - 1 + length));
						}
					}
					while (acked < total) {
						receive(await counter.push({ clientId, mutations: all.slice(acked, acked + 5) }));
					}

					const rows = await handle.db
						.select({ n: counted.n })
						.from(counted)
						.where(eq(counted.clientId, clientId));
					const applied = all.filter((m) => !refusals[m.id - 1]).map((m) => m.id);
					expect(rows.map((r) => r.n).sort((a, b) => a - b)).toEqual(applied);
					const failures = await handle.db
						.select({ id: syncFailures.mutationId, reason: syncFailures.reason })
						.from(syncFailures)
						.where(eq(syncFailures.clientId, clientId));
					expect(failures.map((f) => f.id).sort((a, b) => a - b)).toEqual(
						all.filter((m) => refusals[m.id - 1]).map((m) => m.id)
					);
					expect(failures.every((f) => f.reason === 'conflict')).toBe(true);
					expect(await lastMutationIdOf(clientId)).toBe(total);
				}
			),
			{ numRuns: 30 }
		);
	});

	it('accepts every procedure’s sample case with a code and a due date', async () => {
		now = morningOf('2026-11-20');
		const clientId = randomUUID();
		const mutations = procedures.map((p, i) => submit(i + 1, `L-${i + 1}`, p.id));
		const result = await sync().push({ clientId, mutations });
		expect(result.lastMutationId).toBe(procedures.length);
		expect(result.results).toHaveLength(procedures.length);
		for (const item of result.results) {
			expect(item, `mutation ${item.id}`).toMatchObject({ ok: true });
			if (!item.ok) continue;
			const value = item.value as { code: string; receivedAt: Date; dueDate: string };
			expect(value.code).toMatch(/^[A-Z0-9.]+-\d{6}-\d{6}$/);
			expect(value.code).toContain('-261120-');
			expect(value.dueDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
			expect(value.dueDate >= '2026-11-20').toBe(true);
			expect(value.receivedAt).toEqual(now);
		}
		const stored = await handle.db.select().from(dossiers).where(eq(dossiers.clientId, clientId));
		expect(stored).toHaveLength(procedures.length);
		expect(stored.every((d) => d.status === 'received')).toBe(true);

		// The same requests again: nothing new, and the queue position stays.
		const again = await sync().push({ clientId, mutations });
		expect(again).toEqual({ lastMutationId: procedures.length, results: [] });
		expect(
			await handle.db.select().from(dossiers).where(eq(dossiers.clientId, clientId))
		).toHaveLength(procedures.length);
	});

	it('records refusals and still moves the queue on', async () => {
		const clientId = randomUUID();
		const invalid = { ...submit(1, 'L-1').payload, answers: {} as Answers };
		const result = await sync().push({
			clientId,
			mutations: [
				{ id: 1, kind: 'dossier.submit', payload: invalid },
				{ id: 2, kind: 'dossier.submit', payload: { ...invalid, procedureId: 'no-such-thing' } },
				{ id: 3, kind: 'no.such.kind', payload: {} },
				{ id: 4, kind: 'dossier.submit', payload: { clientReference: 'L-4' } },
				submit(5, 'L-5')
			]
		});
		expect(result.lastMutationId).toBe(5);
		expect(result.results.map((r) => (r.ok ? 'ok' : r.reason))).toEqual([
			'invalid_input',
			'unknown_procedure',
			'invalid_input',
			'invalid_input',
			'ok'
		]);
		const failures = await handle.db
			.select({ id: syncFailures.mutationId, kind: syncFailures.kind, reason: syncFailures.reason })
			.from(syncFailures)
			.where(eq(syncFailures.clientId, clientId));
		expect(failures.sort((a, b) => a.id - b.id)).toEqual([
			{ id: 1, kind: 'dossier.submit', reason: 'invalid_input' },
			{ id: 2, kind: 'dossier.submit', reason: 'unknown_procedure' },
			{ id: 3, kind: 'no.such.kind', reason: 'invalid_input' },
			{ id: 4, kind: 'dossier.submit', reason: 'invalid_input' }
		]);
		expect(
			await handle.db.select().from(dossiers).where(eq(dossiers.clientId, clientId))
		).toHaveLength(1);
	});

	it('accepts a dossier only once its files have arrived, and records them', async () => {
		now = morningOf('2026-11-20');
		const clientId = randomUUID();
		const ready = uploadedApplications.get('dang-ky-khai-sinh')!;
		const [file] = ready.answers.documents!.birthCertificate as AttachmentRef[];
		const { sha256: _sha256, ...withoutHash } = file!;
		const withFile = (id: number, ref: AttachmentRef) => ({
			id,
			kind: 'dossier.submit',
			payload: {
				...ready,
				clientReference: `L-file-${id}`,
				answers: {
					...ready.answers,
					documents: { ...ready.answers.documents, birthCertificate: [ref] }
				}
			}
		});
		const result = await sync().push({
			clientId,
			mutations: [
				withFile(1, withoutHash),
				withFile(2, { ...file!, sha256: 'ab'.repeat(32) }),
				withFile(3, { ...file!, sizeBytes: file!.sizeBytes - 1 }),
				withFile(4, { ...file!, mimeType: 'image/png' }),
				withFile(5, { ...file!, sha256: file!.sha256!.toUpperCase() }),
				withFile(6, file!)
			]
		});
		expect(result.results.map((r) => (r.ok ? 'ok' : r.reason))).toEqual([
			'attachment_missing',
			'attachment_missing',
			'attachment_missing',
			'attachment_missing',
			'invalid_input',
			'ok'
		]);
		const [dossier] = await handle.db
			.select()
			.from(dossiers)
			.where(eq(dossiers.clientId, clientId));
		expect(dossier!.clientReference).toBe('L-file-6');
		expect((dossier!.answers as Answers).documents!.birthCertificate).toEqual([file]);
		expect(
			await handle.db
				.select()
				.from(dossierAttachments)
				.where(eq(dossierAttachments.dossierId, dossier!.id))
		).toEqual([
			{
				dossierId: dossier!.id,
				sha256: file!.sha256,
				stepId: 'documents',
				fieldId: 'birthCertificate',
				fileName: file!.fileName,
				mimeType: 'image/jpeg',
				sizeBytes: file!.sizeBytes,
				position: 0
			}
		]);
		// Every sample dossier names the same file: stored once, used many times.
		expect(
			await handle.db
				.select()
				.from(attachmentBlobs)
				.where(eq(attachmentBlobs.sha256, file!.sha256!))
		).toHaveLength(1);
		expect(
			(
				await handle.db
					.select()
					.from(dossierAttachments)
					.where(eq(dossierAttachments.sha256, file!.sha256!))
			).length
		).toBeGreaterThan(1);
	});

	it('stops at a gap and waits for the missing mutation', async () => {
		const clientId = randomUUID();
		const result = await sync().push({ clientId, mutations: [submit(2, 'L-2'), submit(3, 'L-3')] });
		expect(result).toEqual({ lastMutationId: 0, results: [] });
		expect(
			await handle.db.select().from(dossiers).where(eq(dossiers.clientId, clientId))
		).toHaveLength(0);
	});

	it('gives the same slip sent under a new mutation id its first dossier', async () => {
		const clientId = randomUUID();
		const first = await sync().push({ clientId, mutations: [submit(1, 'L-same')] });
		const second = await sync().push({ clientId, mutations: [submit(2, 'L-same')] });
		expect(second.lastMutationId).toBe(2);
		expect(second.results[0]).toEqual(first.results[0] && { ...first.results[0], id: 2 });
		expect(
			await handle.db.select().from(dossiers).where(eq(dossiers.clientId, clientId))
		).toHaveLength(1);
	});

	it('numbers dossiers from twenty devices at once without a gap or a repeat', async () => {
		now = morningOf('2026-11-23');
		const clients = Array.from({ length: 20 }, () => randomUUID());
		for (const round of [1, 2]) {
			const results = await Promise.all(
				clients.map((clientId) =>
					sync().push({ clientId, mutations: [submit(round, `L-${round}`)] })
				)
			);
			expect(results.every((r) => r.lastMutationId === round && r.results[0]?.ok)).toBe(true);
		}
		const codes = (
			await handle.db
				.select({ code: dossiers.code })
				.from(dossiers)
				.where(like(dossiers.code, '%-261123-%'))
		).map((r) => r.code);
		expect(codes).toHaveLength(40);
		expect(new Set(codes).size).toBe(40);
		const sequences = codes.map((code) => Number(code.slice(-6))).sort((a, b) => a - b);
		expect(sequences).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
		const [row] = await handle.db
			.select({ last: dossierCodeSequences.lastValue })
			.from(dossierCodeSequences)
			.where(eq(dossierCodeSequences.day, '261123'));
		expect(row?.last).toBe(40);
	});

	it('computes due dates with the cut-off hour, weekends and generated holidays', async () => {
		const sameDay = getProcedure('dang-ky-khai-sinh')!.timeLimit;
		const threeDays = getProcedure('dang-ky-tam-tru')!.timeLimit;
		expect(threeDays).toMatchObject({ kind: 'working_days', days: 3 });
		// Friday 20 Nov 2026, 14:59 and 15:00 in Vietnam.
		expect(await dossierDueDate(handle.db, sameDay, new Date('2026-11-20T07:59:00Z'))).toBe(
			'2026-11-20'
		);
		expect(await dossierDueDate(handle.db, sameDay, new Date('2026-11-20T08:00:00Z'))).toBe(
			'2026-11-23'
		);
		// Thursday 12 Nov 2026: Friday, Monday, Tuesday.
		expect(await dossierDueDate(handle.db, threeDays, morningOf('2026-11-12'))).toBe('2026-11-17');
		// Friday 29 Aug 2025: 1–2 Sep are National Day, so Wednesday to Friday.
		expect(await dossierDueDate(handle.db, threeDays, morningOf('2025-08-29'))).toBe('2025-09-05');
		const generated = await handle.db
			.select()
			.from(calendarDaysOff)
			.where(and(eq(calendarDaysOff.date, '2025-09-02'), eq(calendarDaysOff.source, 'generated')));
		expect(generated).toHaveLength(1);
	});

	it('fills a new year’s days off once when many transactions need it at once', async () => {
		const threeDays = getProcedure('dang-ky-tam-tru')!.timeLimit;
		const dues = await Promise.all(
			Array.from({ length: 20 }, () =>
				handle.db.transaction((tx) => dossierDueDate(tx, threeDays, morningOf('2030-08-29')))
			)
		);
		expect(new Set(dues).size).toBe(1);
		const rows = await handle.db
			.select({ date: calendarDaysOff.date })
			.from(calendarDaysOff)
			.where(and(gte(calendarDaysOff.date, '2030-01-01'), lte(calendarDaysOff.date, '2030-12-31')));
		expect(rows.map((r) => r.date).sort()).toEqual(defaultDaysOff(2030).map((d) => d.date));
	});

	it('writes codes in Vietnam’s date, not the server’s', () => {
		// 23:30 UTC on 31 Dec is already 1 Jan in Vietnam.
		expect(dossierCode('G22.99.08', new Date('2025-12-31T23:30:00Z'), 42)).toBe(
			'G22.99.08-260101-000042'
		);
	});

	it('pulls the received event once, then nothing new', async () => {
		now = morningOf('2026-11-20');
		const clientId = randomUUID();
		const pushed = await sync().push({ clientId, mutations: [submit(1, 'L-pull')] });
		const code = (pushed.results[0] as { value: { code: string } }).value.code;
		const first = await sync().pull({ clientId });
		expect(first.changes).toEqual([
			{
				dossierCode: code,
				clientReference: 'L-pull',
				status: 'received',
				at: now,
				dueDate: '2026-11-20'
			}
		]);
		const second = await sync().pull({ clientId, cursor: first.cursor });
		expect(second.changes).toEqual([]);
		expect(second.cursor).toBe(first.cursor);
		// Another device sees none of it.
		expect((await sync().pull({ clientId: randomUUID() })).changes).toEqual([]);

		await handle.db.insert(dossierEvents).values({
			dossierId: (await handle.db.select().from(dossiers).where(eq(dossiers.code, code)))[0]!.id,
			status: 'processing'
		});
		const third = await sync().pull({ clientId, cursor: second.cursor });
		expect(third.changes.map((c) => c.status)).toEqual(['processing']);
	});

	it('refuses a cursor it did not issue, and is registered on the app router', async () => {
		const error = await createCaller(testContext(handle))
			.sync.pull({ clientId: randomUUID(), cursor: 'not-a-cursor' })
			.catch((e: unknown) => e);
		expect(error).toBeInstanceOf(TRPCError);
		expect(((error as TRPCError).cause as AppError).code).toBe('invalid_input');
	});
});
