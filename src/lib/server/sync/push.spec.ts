import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { AttachmentRef } from '$lib/domain/procedures/answers';
import { getProcedure } from '$lib/domain/procedures/registry';
import { validateApplication, type Application } from '$lib/domain/procedures/validate-application';
import { queryRows } from '../db/client';
import { dossiers, syncClients, syncFailures } from '../db/schema';
import { withUploadedAttachments } from '../testing/attachments';
import { openTestDatabase } from '../testing/test-database';
import { seedProvinces } from '../units/import-units';
import { appSyncHandlers } from './dossier-handlers';
import { applyPush, syncHandler, type Mutation, type SyncHandlers } from './push';

/** The same handlers without their one-statement form: every mutation in a transaction. */
const transactionalHandlers: SyncHandlers = Object.fromEntries(
	Object.entries(appSyncHandlers).map(([kind, { applyAlone: _alone, ...handler }]) => [
		kind,
		handler
	])
);

/** One row per applied 'test.divide' mutation, written only by the one-statement form. */
const divideHandlers: SyncHandlers = {
	'test.divide': syncHandler(
		z.object({ n: z.number().int(), by: z.number().int() }),
		async ({ tx, clientId }, { n, by }) => {
			await tx.execute(
				sql`insert into push_test_quotients values (${clientId}, ${n}::int / ${by}::int)`
			);
			return n;
		},
		{
			refusesBeforeWriting: true,
			applyAlone: async ({ db, clientId, advance }, { n, by }) => {
				const rows = await queryRows(
					db,
					sql`with advanced as (${advance(sql`true`)})
						insert into push_test_quotients select ${clientId}, ${n}::int / ${by}::int from advanced
						returning 1 as one`
				);
				return rows.length > 0 ? { value: n } : undefined;
			}
		}
	)
};

const receivedAt = new Date('2026-11-20T02:00:00Z');

describe('applyPush with one statement per mutation', () => {
	let handle: Awaited<ReturnType<typeof openTestDatabase>>;
	let ready: Application;
	let file: AttachmentRef;
	beforeAll(async () => {
		handle = await openTestDatabase();
		await seedProvinces(handle.db);
		await handle.db.execute(
			sql`create table push_test_quotients (client_id text not null, q integer not null)`
		);
		const definition = getProcedure('dang-ky-khai-sinh')!;
		const checked = validateApplication(definition, definition.sampleCase, {
			today: '2026-11-20'
		});
		if (!checked.ok) throw new Error('sample case does not validate');
		ready = await withUploadedAttachments(handle.db, checked.application);
		file = (ready.answers.documents!.birthCertificate as AttachmentRef[])[0]!;
	});
	afterAll(() => handle.dispose());

	const lastOf = async (clientId: string) =>
		(
			await handle.db
				.select({ last: syncClients.lastMutationId })
				.from(syncClients)
				.where(eq(syncClients.clientId, clientId))
		)[0]?.last;

	/** A slip: clean, refused by validation, naming a file not uploaded, or a known reference. */
	const slip = (id: number, kind: number, clientReference: string): Mutation => {
		const payload = { ...ready, clientReference };
		if (kind === 1) payload.answers = {};
		if (kind === 2) {
			payload.answers = {
				...ready.answers,
				documents: {
					...ready.answers.documents,
					birthCertificate: [{ ...file, sha256: 'ab'.repeat(32) }]
				}
			};
		}
		return { id, kind: 'dossier.submit', payload };
	};

	it('answers as the transactional path does, refusals and known slips included', async () => {
		const kinds = [0, 0, 1, 0, 2, 0, 3, 0];
		const run = async (handlers: SyncHandlers) => {
			const clientId = randomUUID();
			const mutations = kinds.map((kind, i) =>
				slip(i + 1, kind, kind === 3 ? 'S-1' : `S-${i + 1}`)
			);
			const first = await applyPush(handle.db, handlers, clientId, mutations, () => receivedAt);
			const again = await applyPush(handle.db, handlers, clientId, mutations, () => receivedAt);
			const failures = await handle.db
				.select({ id: syncFailures.mutationId, reason: syncFailures.reason })
				.from(syncFailures)
				.where(eq(syncFailures.clientId, clientId));
			const stored = await handle.db
				.select({ ref: dossiers.clientReference, code: dossiers.code })
				.from(dossiers)
				.where(eq(dossiers.clientId, clientId));
			const codes = new Map(stored.map((d) => [d.code, d.ref]));
			// Codes differ from run to run; the slip each one names does not.
			const results = first.results.map((r) =>
				r.ok
					? {
							...r,
							value: { ...(r.value as object), code: codes.get((r.value as { code: string }).code) }
						}
					: r
			);
			return {
				results,
				again,
				failures: failures.sort((a, b) => a.id - b.id),
				count: stored.length
			};
		};
		const alone = await run(appSyncHandlers);
		expect(alone).toEqual(await run(transactionalHandlers));
		expect(alone.results.map((r) => (r.ok ? 'ok' : r.reason))).toEqual([
			'ok',
			'ok',
			'invalid_input',
			'ok',
			'attachment_missing',
			'ok',
			'ok',
			'ok'
		]);
		expect(alone.results[6]).toEqual({ ...alone.results[0], id: 7 });
		expect(alone.again).toEqual({ lastMutationId: kinds.length, results: [] });
		expect(alone.count).toBe(5);
	});

	it('applies each slip exactly once under resent and concurrent pushes', async () => {
		await fc.assert(
			fc.asyncProperty(
				fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 1, maxLength: 10 }),
				fc.array(fc.nat(1000), { minLength: 10, maxLength: 40 }),
				async (kinds, choices) => {
					const clientId = randomUUID();
					// A known slip names the first one's reference; the others are their own.
					const all = kinds.map((kind, i) => slip(i + 1, kind, kind === 3 ? 'P-1' : `P-${i + 1}`));
					let step = 0;
					const pick = (bound: number) => choices[step++ % choices.length]! % bound;
					const push = (from: number) =>
						applyPush(
							handle.db,
							appSyncHandlers,
							clientId,
							all.slice(from, from + 1 + pick(4)),
							() => receivedAt
						);
					let acked = 0;
					for (let round = 0; round < choices.length && acked < all.length; round++) {
						// Two devices' worth of requests at once: the same window, or an older one.
						const results = await Promise.all([push(pick(acked + 1)), push(pick(acked + 1))]);
						acked = Math.max(acked, ...results.map((r) => r.lastMutationId));
					}
					while (acked < all.length) acked = (await push(acked)).lastMutationId;

					expect(await lastOf(clientId)).toBe(all.length);
					const stored = await handle.db
						.select({ ref: dossiers.clientReference })
						.from(dossiers)
						.where(eq(dossiers.clientId, clientId));
					const refs = stored.map((d) => d.ref).sort();
					// A known slip is accepted too: as itself the first time, as the first one later.
					const accepted = all.filter((_, i) => kinds[i] === 0 || kinds[i] === 3);
					const refOf = (m: Mutation) => (m.payload as { clientReference: string }).clientReference;
					expect(refs).toEqual([...new Set(accepted.map(refOf))].sort());
					const failures = await handle.db
						.select({ id: syncFailures.mutationId })
						.from(syncFailures)
						.where(eq(syncFailures.clientId, clientId));
					expect(failures.map((f) => f.id).sort((a, b) => a - b)).toEqual(
						all.filter((_, i) => kinds[i] === 1 || kinds[i] === 2).map((m) => m.id)
					);
				}
			),
			{ numRuns: 15 }
		);
	});

	it('takes back the move of the queue with a statement that fails', async () => {
		const clientId = randomUUID();
		const divide = (id: number, by: number): Mutation => ({
			id,
			kind: 'test.divide',
			payload: { n: id, by }
		});
		// The first goes through a transaction (a new client), the second alone.
		const pushed = await applyPush(handle.db, divideHandlers, clientId, [
			divide(1, 1),
			divide(2, 1)
		]);
		expect(pushed).toEqual({
			lastMutationId: 2,
			results: [
				{ id: 1, ok: true, value: 1 },
				{ id: 2, ok: true, value: 2 }
			]
		});
		const error = await applyPush(handle.db, divideHandlers, clientId, [
			divide(3, 0),
			divide(4, 1)
		]).catch((e: unknown) => e);
		expect(String((error as Error).cause)).toMatch(/division by zero/);
		expect(await lastOf(clientId)).toBe(2);
		const rows = await queryRows<{ q: number }>(
			handle.db,
			sql`select q from push_test_quotients where client_id = ${clientId} order by q`
		);
		expect(rows.map((r) => Number(r.q))).toEqual([1, 2]);
		// The client retries: the same mutation, now applied.
		expect(
			await applyPush(handle.db, divideHandlers, clientId, [divide(3, 1), divide(4, 1)])
		).toMatchObject({ lastMutationId: 4 });
	});
});
