import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, onTestFinished, vi } from 'vitest';
import fc from 'fast-check';
import { eq, sql, type SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import { z } from 'zod';
import type { AppErrorCode } from '$lib/errors/app-error';
import type { Answers, AttachmentRef } from '$lib/domain/procedures/answers';
import { getProcedure } from '$testing/procedures/catalogue';
import { validateApplication, type Application } from '$lib/domain/procedures/validate-application';
import { queryRows } from '../db/client';
import { classifyDatabaseError } from '../db/database-error';
import { dossiers, syncClients, syncFailures } from '../db/schema';
import { withUploadedAttachments } from '$testing/server/attachments';
import { openTestDatabase } from '$testing/server/database';
import { seedProvinces } from '../units/import-units';
import { appSyncHandlers } from './dossier-handlers';
import { applyPush, syncHandler, type Mutation, type SyncHandlers } from './push';

/** The same handlers without their one-statement forms: every mutation in a transaction. */
const transactionalHandlers: SyncHandlers = Object.fromEntries(
	Object.entries(appSyncHandlers).map(
		([kind, { applyAlone: _alone, applyRun: _run, ...handler }]) => [kind, handler]
	)
);

/** The same handlers without their run form: one statement per mutation. */
const oneByOneHandlers: SyncHandlers = Object.fromEntries(
	Object.entries(appSyncHandlers).map(([kind, { applyRun: _run, ...handler }]) => [kind, handler])
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

/** An error as postgres-js shapes one from the server, for faults no test can cause on demand. */
const databaseFault = (code: string) =>
	Object.assign(new Error('fault'), { name: 'PostgresError', severity: 'FATAL', code });

/**
 * The real handlers, and some that fail as nothing should: a query the key breaks (a duplicate,
 * a NUL) without a savepoint, a bug that throws in both forms, a bug after a write.
 */
const poisonHandlers: SyncHandlers = {
	...appSyncHandlers,
	'test.once': syncHandler(
		z.object({ key: z.string() }),
		async ({ tx }, { key }) => {
			await tx.execute(sql`insert into push_test_once values (${key})`);
			return key;
		},
		{ refusesBeforeWriting: true }
	),
	'test.throw': syncHandler(
		z.object({ text: z.string() }),
		({ tx }, { text }) => Promise.resolve((tx as unknown as { none: () => string }).none() + text),
		{
			refusesBeforeWriting: true,
			applyAlone: (_ctx, { text }) => {
				throw new TypeError(`cannot read ${text.slice(0, 0)}`);
			}
		}
	),
	'test.write-throw': syncHandler(z.object({ key: z.string() }), async ({ tx }, { key }) => {
		await tx.execute(sql`insert into push_test_once values (${key})`);
		throw new TypeError('after a write');
	})
};

/** The refusal each kind of poisoned mutation gets (see `poisoned`); none for good ones. */
const poisonReasons: Partial<Record<number, AppErrorCode>> = {
	1: 'invalid_input',
	2: 'invalid_input',
	3: 'apply_failed',
	4: 'conflict',
	5: 'apply_failed',
	7: 'invalid_input'
};

/** The application with a NUL after its first text answer, as a scanner might paste it. */
function withNul(application: Application): Application {
	let done = false;
	const answers = Object.fromEntries(
		Object.entries(application.answers).map(([step, fields]) => [
			step,
			Object.fromEntries(
				Object.entries(fields ?? {}).map(([field, value]) => {
					if (done || typeof value !== 'string') return [field, value];
					done = true;
					return [field, `${value}\u0000`];
				})
			)
		])
	);
	if (!done) throw new Error('the sample has no text answer');
	return { ...application, answers: answers as Answers };
}

const referenceOf = (m: Mutation) => (m.payload as { clientReference: string }).clientReference;

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
		await handle.db.execute(sql`create table push_test_once (key text primary key)`);
		await handle.db.execute(sql`insert into push_test_once values ('dup')`);
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

	const failuresOf = async (clientId: string) =>
		handle.db
			.select({ id: syncFailures.mutationId, reason: syncFailures.reason })
			.from(syncFailures)
			.where(eq(syncFailures.clientId, clientId))
			.orderBy(syncFailures.mutationId);

	const onceKeys = async (pattern: string) =>
		(
			await queryRows<{ key: string }>(
				handle.db,
				sql`select key from push_test_once where key like ${pattern} order by key`
			)
		).map((r) => r.key);

	/**
	 * Good or poisoned: 0 a clean slip, 1 refused by validation, 2 a NUL in its reference (the
	 * database refuses it), 3 a handler that throws TypeError, 4 a duplicate key, 5 a TypeError
	 * after a write, 6 a good key, 7 a NUL in an answer.
	 */
	const poisoned = (id: number, kind: number, clientId: string): Mutation => {
		const reference = `Q-${clientId}-${id}`;
		switch (kind) {
			case 1:
				return {
					id,
					kind: 'dossier.submit',
					payload: { ...ready, answers: {}, clientReference: reference }
				};
			case 2:
				return {
					id,
					kind: 'dossier.submit',
					payload: { ...ready, clientReference: `${reference}\u0000` }
				};
			case 3:
				return { id, kind: 'test.throw', payload: { text: reference } };
			case 4:
				return { id, kind: 'test.once', payload: { key: 'dup' } };
			case 5:
				return { id, kind: 'test.write-throw', payload: { key: `${clientId}-w${id}` } };
			case 6:
				return { id, kind: 'test.once', payload: { key: `${clientId}-${id}` } };
			case 7:
				return {
					id,
					kind: 'dossier.submit',
					payload: { ...withNul(ready), clientReference: reference }
				};
			default:
				return { id, kind: 'dossier.submit', payload: { ...ready, clientReference: reference } };
		}
	};

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
		expect(alone).toEqual(await run(oneByOneHandlers));
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

	it('writes a run of clean slips in one statement, with consecutive codes, once', async () => {
		const clientId = randomUUID();
		const mutations = Array.from({ length: 30 }, (_, i) => slip(i + 1, 0, `R-${i + 1}`));
		const statements = vi.spyOn(handle.db, 'execute');
		const first = await applyPush(
			handle.db,
			appSyncHandlers,
			clientId,
			mutations,
			() => receivedAt
		);
		const texts = statements.mock.calls.map(([query]) =>
			new PgDialect().sqlToQuery(query as SQL).sql.replace(/\s+/g, ' ')
		);
		statements.mockRestore();
		// All thirty dossiers in one statement, not a statement per slip.
		expect(texts.filter((text) => text.includes('insert into dossiers'))).toHaveLength(1);
		expect(texts.filter((text) => text.includes('with input as'))).toHaveLength(1);
		expect(first.lastMutationId).toBe(30);
		expect(first.results.every((r) => r.ok)).toBe(true);
		const codes = first.results.map((r) => (r.ok ? (r.value as { code: string }).code : ''));
		const numbers = codes.map((code) => Number(code.split('-').at(-1)));
		expect(numbers).toEqual(numbers.map((_, i) => numbers[0]! + i));
		const stored = await handle.db
			.select({ ref: dossiers.clientReference, code: dossiers.code })
			.from(dossiers)
			.where(eq(dossiers.clientId, clientId));
		expect(new Map(stored.map((d) => [d.ref, d.code]))).toEqual(
			new Map(mutations.map((m, i) => [referenceOf(m), codes[i]]))
		);
		expect(await lastOf(clientId)).toBe(30);
		// Sent again: nothing new, whatever part of it.
		expect(
			await applyPush(handle.db, appSyncHandlers, clientId, mutations.slice(10), () => receivedAt)
		).toEqual({ lastMutationId: 30, results: [] });
		// A device unknown to the server starting at its second mutation: a gap, nothing written.
		const stranger = randomUUID();
		const gap = await applyPush(
			handle.db,
			appSyncHandlers,
			stranger,
			[slip(2, 0, 'G-2'), slip(3, 0, 'G-3')],
			() => receivedAt
		);
		expect(gap).toEqual({ lastMutationId: 0, results: [] });
		expect(await handle.db.select().from(dossiers).where(eq(dossiers.clientId, stranger))).toEqual(
			[]
		);
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

	it('records a statement that fails as a refusal, takes back its move and goes on', async () => {
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
		// Division by zero: a fault of the mutation, not of the database.
		const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
		const faulted = await applyPush(handle.db, divideHandlers, clientId, [
			divide(3, 0),
			divide(4, 1)
		]);
		quiet.mockRestore();
		expect(faulted).toEqual({
			lastMutationId: 4,
			results: [
				{ id: 3, ok: false, reason: 'apply_failed' },
				{ id: 4, ok: true, value: 4 }
			]
		});
		expect(await lastOf(clientId)).toBe(4);
		const rows = await queryRows<{ q: number }>(
			handle.db,
			sql`select q from push_test_quotients where client_id = ${clientId} order by q`
		);
		expect(rows.map((r) => Number(r.q))).toEqual([1, 2, 4]);
		expect(await failuresOf(clientId)).toEqual([{ id: 3, reason: 'apply_failed' }]);
		// Sent again, both are known: nothing more is written or recorded.
		expect(
			await applyPush(handle.db, divideHandlers, clientId, [divide(3, 0), divide(4, 1)])
		).toEqual({ lastMutationId: 4, results: [] });
		expect(await failuresOf(clientId)).toEqual([{ id: 3, reason: 'apply_failed' }]);
	});

	it('records a kind with a NUL or a lone surrogate in its name as refused, and goes on', async () => {
		const clientId = randomUUID();
		const pushed = await applyPush(handle.db, poisonHandlers, clientId, [
			{ id: 1, kind: 'dossier.submit\u0000', payload: {} },
			{ id: 2, kind: 'test.\ud800', payload: {} },
			{ id: 3, kind: 'test.once', payload: { key: `${clientId}-kind` } }
		]);
		expect(pushed).toEqual({
			lastMutationId: 3,
			results: [
				{ id: 1, ok: false, reason: 'invalid_input' },
				{ id: 2, ok: false, reason: 'invalid_input' },
				{ id: 3, ok: true, value: `${clientId}-kind` }
			]
		});
		const kinds = await handle.db
			.select({ kind: syncFailures.kind })
			.from(syncFailures)
			.where(eq(syncFailures.clientId, clientId))
			.orderBy(syncFailures.mutationId);
		expect(kinds.map((k) => k.kind)).toEqual(['dossier.submit\ufffd', 'test.\ufffd']);
	});

	it('ends the push on a database that is away, and tries a deadlock again', async () => {
		const clientId = randomUUID();
		let deadlocks = 1;
		const handlers: SyncHandlers = {
			...poisonHandlers,
			'test.away': syncHandler(z.object({}), () => Promise.reject(databaseFault('57P01')), {
				refusesBeforeWriting: true
			}),
			'test.deadlock': syncHandler(
				z.object({ key: z.string() }),
				async ({ tx }, { key }) => {
					await tx.execute(sql`insert into push_test_once values (${key})`);
					if (deadlocks-- > 0) throw databaseFault('40P01');
					return key;
				},
				{ refusesBeforeWriting: true }
			)
		};
		const key = `deadlock-${clientId}`;
		const pushed = await applyPush(handle.db, handlers, clientId, [
			{ id: 1, kind: 'test.deadlock', payload: { key } },
			{ id: 2, kind: 'test.away', payload: {} },
			{ id: 3, kind: 'test.once', payload: { key: `after-${clientId}` } }
		]).catch((error: unknown) => error);
		expect(classifyDatabaseError(pushed)).toMatchObject({ kind: 'unavailable' });
		// The deadlock was tried again and applied once; the rest waits for the next push.
		expect(await lastOf(clientId)).toBe(1);
		expect(await onceKeys(key)).toEqual([key]);
		expect(await failuresOf(clientId)).toEqual([]);
	});

	it('logs a failing mutation by kind, code and SQLSTATE, never the citizen’s answers', async () => {
		const secret = 'Bí Mật Nguyễn 0912345678';
		const lines: string[] = [];
		const capture = (...args: unknown[]) => void lines.push(args.map(String).join(' '));
		const spies = [
			vi.spyOn(console, 'error').mockImplementation(capture),
			vi.spyOn(console, 'warn').mockImplementation(capture)
		];
		const clientId = randomUUID();
		const pushed = await applyPush(
			handle.db,
			poisonHandlers,
			clientId,
			[
				{ id: 1, kind: 'test.once', payload: { key: `${secret}\u0000` } },
				{ id: 2, kind: 'test.throw', payload: { text: secret } }
			],
			() => receivedAt
		);
		for (const spy of spies) spy.mockRestore();
		expect(pushed.results.map((r) => (r.ok ? 'ok' : r.reason))).toEqual([
			'invalid_input',
			'apply_failed'
		]);
		expect(lines.join('\n')).toMatch(/\[sync\.push\] test\.once invalid_input \w+ sqlstate=22021/);
		expect(lines.join('\n')).toMatch(/\[sync\.push\] test\.throw apply_failed TypeError/);
		expect(lines.join('\n')).not.toContain('0912345678');
		expect(lines.join('\n')).not.toContain('Nguyễn');
	});

	it('refuses each poisoned mutation once and applies every good one once, whatever the order', async () => {
		const quiet = [
			vi.spyOn(console, 'error').mockImplementation(() => {}),
			vi.spyOn(console, 'warn').mockImplementation(() => {})
		];
		onTestFinished(() => quiet.forEach((spy) => spy.mockRestore()));
		await fc.assert(
			fc.asyncProperty(
				fc.array(fc.integer({ min: 0, max: 7 }), { minLength: 1, maxLength: 12 }),
				fc.array(fc.nat(1000), { minLength: 10, maxLength: 40 }),
				async (kinds, choices) => {
					const clientId = randomUUID();
					const all = kinds.map((kind, i) => poisoned(i + 1, kind, clientId));
					let step = 0;
					const pick = (bound: number) => choices[step++ % choices.length]! % bound;
					const push = (from: number) =>
						applyPush(
							handle.db,
							poisonHandlers,
							clientId,
							all.slice(from, from + 1 + pick(4)),
							() => receivedAt
						);
					let acked = 0;
					for (let round = 0; round < choices.length && acked < all.length; round++) {
						// Two devices' worth of requests at once, resending windows the other sent.
						const results = await Promise.all([push(pick(acked + 1)), push(pick(acked + 1))]);
						acked = Math.max(acked, ...results.map((r) => r.lastMutationId));
					}
					while (acked < all.length) acked = (await push(acked)).lastMutationId;

					expect(await lastOf(clientId)).toBe(all.length);
					const stored = await handle.db
						.select({ ref: dossiers.clientReference })
						.from(dossiers)
						.where(eq(dossiers.clientId, clientId));
					expect(stored.map((d) => d.ref).sort()).toEqual(
						all
							.filter((_, i) => kinds[i] === 0)
							.map(referenceOf)
							.sort()
					);
					// Good writes once each; a write before a throw taken back.
					expect(await onceKeys(`${clientId}%`)).toEqual(
						all
							.filter((_, i) => kinds[i] === 6)
							.map((m) => (m.payload as { key: string }).key)
							.sort()
					);
					expect(await failuresOf(clientId)).toEqual(
						all
							.map((m, i) => ({ id: m.id, reason: poisonReasons[kinds[i]!] }))
							.filter((f) => f.reason !== undefined)
					);
				}
			),
			{ numRuns: 15 }
		);
	});
});
