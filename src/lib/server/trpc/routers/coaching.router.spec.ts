import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionUser } from '../../auth/session';
import { storeCoachingRecord } from '../../coaching/coaching-records';
import { coachingRecordFor, seedCoachingWorld, type CoachingWorld } from '$testing/server/coaching';
import { openTestDatabase } from '$testing/server/database';
import { testContext } from '$testing/server/context';
import { createCaller } from '../root';
import { createCallerFactory, createRouter } from '../trpc';
import { createCoachingRouter } from './coaching.router';

describe('coaching router', () => {
	let handle: Awaited<ReturnType<typeof openTestDatabase>>;
	let world: CoachingWorld;
	beforeAll(async () => {
		handle = await openTestDatabase();
		world = await seedCoachingWorld(handle.db);
	});
	afterAll(() => handle.dispose());

	const coaching = (user: SessionUser | null = null, clientAddress = '203.0.113.7') =>
		createCaller(testContext(handle, { user, clientAddress })).coaching;
	const store = (...args: Parameters<typeof coachingRecordFor>) =>
		storeCoachingRecord(handle.db, coachingRecordFor(...args), 'client-test');
	/** Steps of the fixture session done alone, and in all. */
	const fixture = coachingRecordFor(randomUUID(), randomUUID());
	const fixtureAlone = fixture.steps.filter((s) => s.outcome === 'alone').length;

	it('shows a skill card’s sessions in order, with nothing but progress', async () => {
		const card = 'Q4RT8W2N';
		const allAlone = coachingRecordFor(world.pointA, world.volunteerA.id).steps.map((s) => ({
			...s,
			outcome: 'alone' as const
		}));
		// Stored out of order; the second visit is a practice run at another point.
		await store(world.pointA, world.volunteerA.id, {
			skillCard: card,
			startedAt: '2026-12-03T01:00:00Z',
			endedAt: '2026-12-03T01:10:00Z',
			steps: allAlone
		});
		await store(world.pointA, world.volunteerA2.id, {
			skillCard: card,
			startedAt: '2026-11-20T17:30:00Z',
			endedAt: '2026-11-20T17:40:00Z'
		});
		await store(world.pointB, world.volunteerB.id, { skillCard: 'ZZZZZZZZ' });

		// Typed back in lower case with a dash, and O for 0 would read the same.
		const { sessions } = await coaching().skillCardProgress({ code: 'q4rt-8w2n' });
		expect(sessions).toStrictEqual([
			{
				// 17:30 UTC is already the next day in Vietnam.
				date: '2026-11-21',
				procedureId: 'dang-ky-khai-sinh',
				stepsTotal: fixture.steps.length,
				stepsAlone: fixtureAlone,
				shareAlone: fixtureAlone / fixture.steps.length
			},
			{
				date: '2026-12-03',
				procedureId: 'dang-ky-khai-sinh',
				stepsTotal: allAlone.length,
				stepsAlone: allAlone.length,
				shareAlone: 1
			}
		]);
		expect((await coaching().skillCardProgress({ code: '22222222' })).sessions).toEqual([]);
		await expect(coaching().skillCardProgress({ code: 'UUUUUUUU' })).rejects.toMatchObject({
			code: 'BAD_REQUEST'
		});
	});

	it('limits look-ups of unknown cards per address, not known ones from elsewhere', async () => {
		const strict = (address: string) =>
			createCallerFactory(
				createRouter({ coaching: createCoachingRouter({ maxFailuresPerAddress: 3 }) })
			)(testContext(handle, { clientAddress: address })).coaching;
		const guesser = strict('198.51.100.9');
		for (let i = 0; i < 3; i++) {
			expect((await guesser.skillCardProgress({ code: `3333333${i}` })).sessions).toEqual([]);
		}
		await expect(guesser.skillCardProgress({ code: '33333334' })).rejects.toMatchObject({
			code: 'TOO_MANY_REQUESTS'
		});
		// Even the right code now waits: the address is what is limited.
		await expect(guesser.skillCardProgress({ code: 'Q4RT8W2N' })).rejects.toMatchObject({
			code: 'TOO_MANY_REQUESTS'
		});
		const citizen = strict('198.51.100.10');
		expect((await citizen.skillCardProgress({ code: 'Q4RT8W2N' })).sessions).toHaveLength(2);
	});

	it('gives a volunteer their own help log only, with totals', async () => {
		const mine = [
			await store(world.pointA, world.volunteerA2.id, {
				startedAt: '2026-10-01T02:00:00Z',
				endedAt: '2026-10-01T02:09:00Z'
			}),
			await store(world.pointA, world.volunteerA2.id, {
				practice: true,
				startedAt: '2026-10-02T16:59:59Z',
				endedAt: '2026-10-02T17:05:00Z'
			}),
			await store(world.pointA, world.volunteerA2.id, {
				startedAt: '2026-10-02T17:00:00Z',
				endedAt: '2026-10-02T17:10:00Z'
			})
		];
		await store(world.pointA, world.volunteerA.id, { startedAt: '2026-10-02T03:00:00Z' });

		const log = await coaching(world.volunteerA2).myLog({ from: '2026-10-01', to: '2026-10-02' });
		expect(log.sessions.map((s) => s.id)).toEqual([mine[1]!.id, mine[0]!.id]);
		expect(log.sessions[0]).toStrictEqual({
			id: mine[1]!.id,
			date: '2026-10-02',
			startedAt: new Date('2026-10-02T16:59:59Z'),
			procedureId: 'dang-ky-khai-sinh',
			procedureVersion: fixture.procedureVersion,
			practice: true,
			stepsTotal: fixture.steps.length,
			stepsAlone: fixtureAlone,
			stepsHint: 0,
			stepsExplain: 1,
			stepsDemonstrate: 1,
			stepsVolunteer: 1,
			durationMs: mine[1]!.durationMs
		});
		// Practice counts as a session but not in the share of steps done alone.
		expect(log.totals).toStrictEqual({
			sessions: 2,
			practiceSessions: 1,
			stepsTotal: fixture.steps.length,
			stepsAlone: fixtureAlone,
			shareAlone: fixtureAlone / fixture.steps.length
		});

		// 17:00 UTC on 2 October is 3 October in Vietnam.
		const third = await coaching(world.volunteerA2).myLog({ from: '2026-10-03', to: '2026-10-03' });
		expect(third.sessions.map((s) => s.date)).toEqual(['2026-10-03']);
		const all = await coaching(world.volunteerA2).myLog({});
		// With the skill-card session of the test above, newest first.
		expect(all.sessions.map((s) => s.date)).toEqual([
			'2026-11-21',
			'2026-10-03',
			'2026-10-02',
			'2026-10-01'
		]);

		const empty = await coaching(world.managerB).myLog({});
		expect(empty).toStrictEqual({
			sessions: [],
			totals: { sessions: 0, practiceSessions: 0, stepsTotal: 0, stepsAlone: 0, shareAlone: 0 }
		});
	});

	it('keeps the help log to coaches, and checks its range', async () => {
		await expect(coaching().myLog({})).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
		await expect(coaching(world.officerA).myLog({})).rejects.toMatchObject({ code: 'FORBIDDEN' });
		await expect(
			coaching(world.volunteerA).myLog({ from: '2026-10-03', to: '2026-10-02' })
		).rejects.toMatchObject({ code: 'BAD_REQUEST' });
		await expect(coaching(world.volunteerA).myLog({ from: '2026-02-30' })).rejects.toMatchObject({
			code: 'BAD_REQUEST'
		});
	});
});
