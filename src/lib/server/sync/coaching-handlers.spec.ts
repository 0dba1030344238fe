import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { countOutcomes, stepSummarySchema } from '$lib/domain/coaching/attribution';
import type { Rating } from '$lib/domain/coaching/coaching-record';
import { sessionSummary } from '$lib/domain/coaching/summary';
import { coachingRecords, ratings, syncFailures } from '../db/schema';
import { coachingRecordFor, seedCoachingWorld, type CoachingWorld } from '$testing/server/coaching';
import { openTestDatabase } from '$testing/server/database';
import { testContext } from '$testing/server/context';
import { createCaller } from '../trpc/root';
import type { MutationResult } from './push';

describe('coaching sync handlers', () => {
	let handle: Awaited<ReturnType<typeof openTestDatabase>>;
	let world: CoachingWorld;
	beforeAll(async () => {
		handle = await openTestDatabase();
		world = await seedCoachingWorld(handle.db);
	});
	afterAll(() => handle.dispose());

	/** Through the app's own router, so the handlers' registration is tested too. */
	// As a logged-in volunteer: staff kinds need a staff session or an enrolled PC (issue 21).
	const sync = () => createCaller(testContext(handle, { user: world.volunteerA })).sync;
	const clients = new Map<string, number>();
	/** Pushes one mutation as the next of `clientId`'s queue and answers its result. */
	async function push(kind: string, payload: unknown, clientId = randomUUID()) {
		const id = (clients.get(clientId) ?? 0) + 1;
		clients.set(clientId, id);
		const result = await sync().push({ clientId, mutations: [{ id, kind, payload }] });
		expect(result.lastMutationId).toBe(id);
		return result.results[0]!;
	}
	const reasonOf = (result: MutationResult) => (result.ok ? 'ok' : result.reason);
	const recordRows = (id: string) =>
		handle.db.select().from(coachingRecords).where(eq(coachingRecords.id, id));

	it('stores a record with the summary’s counts and nothing personal', async () => {
		const record = coachingRecordFor(world.pointA, world.volunteerA.id, {
			skillCard: '7K3M9QXZ'
		});
		const clientId = randomUUID();
		const result = await push('coaching.record', record, clientId);
		expect(result.ok).toBe(true);

		const counts = countOutcomes(record.steps);
		const summary = sessionSummary(record.steps, (id) => ({ vi: id, en: id }));
		expect(counts).toEqual({ alone: 2, hint: 0, explain: 1, demonstrate: 1, volunteer: 1 });
		expect(summary.alone).toBe(counts.alone);
		const durationMs = 42_000 + 35_000 + 61_000 + 20_500;

		const rows = await recordRows(record.id);
		expect(rows).toHaveLength(1);
		const row = rows[0]!;
		// Every column, each with its expected value: a new column would have to be added here.
		expect(row).toStrictEqual({
			id: record.id,
			accessPointId: world.pointA,
			volunteerId: world.volunteerA.id,
			procedureId: 'dang-ky-khai-sinh',
			procedureVersion: record.procedureVersion,
			practice: false,
			startedAt: new Date(record.startedAt),
			endedAt: new Date(record.endedAt),
			durationMs,
			steps: record.steps,
			stepsTotal: summary.total,
			stepsAlone: summary.alone,
			stepsHint: counts.hint,
			stepsExplain: counts.explain,
			stepsDemonstrate: counts.demonstrate,
			stepsVolunteer: counts.volunteer,
			skillCard: '7K3M9QXZ',
			clientId,
			receivedAt: expect.any(Date) as Date
		});
		const stepKeys = Object.keys(stepSummarySchema.shape).sort();
		for (const step of row.steps as Record<string, unknown>[]) {
			expect(Object.keys(step).sort()).toEqual(stepKeys);
		}
		// The raw JSON too, as stored: only step summaries, no field ids or answers.
		const raw = await handle.db.execute<{ steps: string }>(
			sql`select steps::text as steps from coaching_records where id = ${record.id}`
		);
		const text = (Array.isArray(raw) ? raw : (raw as { rows: { steps: string }[] }).rows)[0]!.steps;
		expect(text).not.toMatch(/fullName|motherName|birthCertificate|citizen/);

		expect(result.ok && result.value).toMatchObject({
			id: record.id,
			durationMs,
			stepsTotal: summary.total,
			stepsAlone: summary.alone,
			stepsVolunteer: 1
		});
	});

	it('keeps one row when the record is resent under new mutation ids or by another device', async () => {
		const record = coachingRecordFor(world.pointA, world.volunteerA.id);
		const clientId = randomUUID();
		const first = await push('coaching.record', record, clientId);
		const again = await push('coaching.record', record, clientId);
		const elsewhere = await push('coaching.record', record);
		expect(again).toEqual({ ...first, id: 2 });
		expect(elsewhere).toEqual({ ...first, id: 1 });
		const rows = await recordRows(record.id);
		expect(rows).toHaveLength(1);
		expect(rows[0]!.clientId).toBe(clientId);
	});

	it('refuses client totals, and counts from the steps only', async () => {
		const record = coachingRecordFor(world.pointA, world.volunteerA.id);
		const result = await push('coaching.record', { ...record, stepsAlone: 99 });
		expect(reasonOf(result)).toBe('invalid_input');
		expect(await recordRows(record.id)).toHaveLength(0);
	});

	it('refuses a volunteer of another access point, and records the failure', async () => {
		const record = coachingRecordFor(world.pointA, world.volunteerB.id);
		const clientId = randomUUID();
		const result = await push('coaching.record', record, clientId);
		expect(reasonOf(result)).toBe('forbidden');
		expect(await recordRows(record.id)).toHaveLength(0);
		const failures = await handle.db
			.select({ kind: syncFailures.kind, reason: syncFailures.reason })
			.from(syncFailures)
			.where(eq(syncFailures.clientId, clientId));
		expect(failures).toEqual([{ kind: 'coaching.record', reason: 'forbidden' }]);
	});

	it('admits only active coaches of the point: volunteers, managers and administrators', async () => {
		const outcome = async (volunteerId: string) =>
			reasonOf(await push('coaching.record', coachingRecordFor(world.pointA, volunteerId)));
		expect(await outcome(world.managerA.id)).toBe('ok');
		expect(await outcome(world.officerA.id)).toBe('forbidden');
		expect(await outcome(world.disabledA.id)).toBe('forbidden');
		expect(await outcome(world.managerB.id)).toBe('forbidden');
		expect(await outcome(randomUUID())).toBe('forbidden');
		// The administrator belongs to no access point.
		expect(await outcome(world.admin.id)).toBe('forbidden');
	});

	it('refuses unknown points, procedures, versions, steps and backwards times', async () => {
		const base = () => coachingRecordFor(world.pointA, world.volunteerA.id);
		const outcome = async (overrides: Record<string, unknown>) =>
			reasonOf(await push('coaching.record', { ...base(), ...overrides }));
		expect(await outcome({ accessPointId: randomUUID() })).toBe('not_found');
		expect(await outcome({ procedureId: 'khong-co' })).toBe('unknown_procedure');
		expect(await outcome({ procedureVersion: 99 })).toBe('unknown_procedure');
		const steps = base().steps;
		expect(await outcome({ steps: [...steps.slice(1), { ...steps[0]!, stepId: 'spouse' }] })).toBe(
			'invalid_input'
		);
		expect(await outcome({ steps: [...steps, steps[0]!] })).toBe('invalid_input');
		expect(
			await outcome({ startedAt: '2026-11-20T03:00:00Z', endedAt: '2026-11-20T02:59:59Z' })
		).toBe('invalid_input');
		expect(await outcome({ startedAt: '0000-01-01T00:00:00Z' })).toBe('invalid_input');
		// The same instant is a session of no length, not a refusal.
		expect(
			await outcome({ startedAt: '2026-11-20T03:00:00Z', endedAt: '2026-11-20T03:00:00Z' })
		).toBe('ok');
	});

	it('stores a rating once, however often it is resent', async () => {
		const record = coachingRecordFor(world.pointA, world.volunteerA.id);
		await push('coaching.record', record);
		const rating: Rating = {
			id: randomUUID(),
			accessPointId: world.pointA,
			procedureId: 'dang-ky-khai-sinh',
			coachingRecordId: record.id,
			overall: 'very_satisfied',
			criteria: { staff_attitude: 2, total_time: 1 },
			at: '2026-11-20T02:06:00.000Z'
		};
		const clientId = randomUUID();
		const first = await push('rating.submit', rating, clientId);
		expect(first.ok && first.value).toMatchObject({
			id: rating.id,
			overall: 'very_satisfied',
			criteria: { staff_attitude: 2, total_time: 1 }
		});
		expect(await push('rating.submit', rating, clientId)).toEqual({ ...first, id: 2 });

		const rows = await handle.db.select().from(ratings).where(eq(ratings.id, rating.id));
		expect(rows).toStrictEqual([
			{
				id: rating.id,
				accessPointId: world.pointA,
				procedureId: 'dang-ky-khai-sinh',
				coachingRecordId: record.id,
				overall: 'very_satisfied',
				criteria: { staff_attitude: 2, total_time: 1 },
				at: new Date(rating.at),
				clientId,
				receivedAt: expect.any(Date) as Date
			}
		]);
	});

	it('stores a bare rating, and refuses bad ones', async () => {
		const rating = (overrides: Record<string, unknown> = {}) => ({
			id: randomUUID(),
			accessPointId: world.pointA,
			overall: 'unsatisfied',
			criteria: {},
			at: '2026-11-20T02:06:00Z',
			...overrides
		});
		expect(reasonOf(await push('rating.submit', rating()))).toBe('ok');
		expect(reasonOf(await push('rating.submit', rating({ accessPointId: randomUUID() })))).toBe(
			'not_found'
		);
		expect(reasonOf(await push('rating.submit', rating({ procedureId: 'khong-co' })))).toBe(
			'unknown_procedure'
		);
		const four = { total_time: 0, contacts: 1, agencies: 2, publication: 1 };
		expect(reasonOf(await push('rating.submit', rating({ criteria: four })))).toBe('invalid_input');
		// A session of point A rated as point B's.
		const record = coachingRecordFor(world.pointA, world.volunteerA.id);
		await push('coaching.record', record);
		expect(
			reasonOf(
				await push(
					'rating.submit',
					rating({ accessPointId: world.pointB, coachingRecordId: record.id })
				)
			)
		).toBe('conflict');
	});
});
