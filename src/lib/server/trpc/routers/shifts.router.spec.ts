import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asc, eq, inArray } from 'drizzle-orm';
import type { SessionUser } from '../../auth/session';
import { seedCoachingWorld, type CoachingWorld } from '$testing/server/coaching';
import { auditLog, shifts } from '../../db/schema';
import { openTestDatabase } from '$testing/server/database';
import { testContext } from '$testing/server/context';
import { createCallerFactory, createRouter } from '../trpc';
import { createShiftsRouter } from './shifts.router';

describe('shifts router', () => {
	let handle: Awaited<ReturnType<typeof openTestDatabase>>;
	let world: CoachingWorld;
	let now = new Date('2026-11-20T03:00:00Z');
	beforeAll(async () => {
		handle = await openTestDatabase();
		world = await seedCoachingWorld(handle.db);
	});
	afterAll(() => handle.dispose());

	const router = createRouter({ shifts: createShiftsRouter(() => now) });
	const call = (user: SessionUser | null = null) =>
		createCallerFactory(router)(testContext(handle, { user })).shifts;
	/** A shift from `start` (Vietnamese local time on 20 November) lasting `hours`. */
	const on = (volunteer: SessionUser, start: string, hours: number) => {
		const startsAt = new Date(`2026-11-20T${start}:00+07:00`);
		return {
			volunteerId: volunteer.id,
			startsAt: `2026-11-20T${start}:00+07:00`,
			endsAt: new Date(startsAt.getTime() + hours * 3_600_000).toISOString()
		};
	};
	const day = { from: '2026-11-20T00:00:00+07:00', to: '2026-11-21T00:00:00+07:00' };

	it('lets a manager set their point’s shifts, audit-logged, and shows who is on duty now', async () => {
		const morning = await call(world.managerA).create(on(world.volunteerA, '07:30', 4));
		expect(morning).toStrictEqual({
			id: expect.any(String) as string,
			accessPointId: world.pointA,
			volunteerId: world.volunteerA.id,
			displayName: world.volunteerA.displayName,
			startsAt: new Date('2026-11-20T00:30:00Z'),
			endsAt: new Date('2026-11-20T04:30:00Z')
		});
		// The manager may put themselves on duty too.
		await call(world.managerA).create(on(world.managerA, '09:00', 2));
		await call(world.managerA).create(on(world.volunteerA2, '13:30', 4));
		await call(world.managerB).create(on(world.volunteerB, '08:00', 8));

		const [row] = await handle.db.select().from(shifts).where(eq(shifts.id, morning.id));
		expect(row?.createdBy).toBe(world.managerA.id);
		const log = await handle.db
			.select({ action: auditLog.action, subject: auditLog.subject, details: auditLog.details })
			.from(auditLog)
			.where(eq(auditLog.actorUserId, world.managerA.id));
		expect(log[0]).toStrictEqual({
			action: 'shifts.create',
			subject: morning.id,
			details: {
				accessPointId: world.pointA,
				volunteerId: world.volunteerA.id,
				startsAt: '2026-11-20T00:30:00.000Z',
				endsAt: '2026-11-20T04:30:00.000Z'
			}
		});

		// 10:00 in Vietnam: the morning volunteer and the manager; point B's rota is its own.
		expect(await call().onDutyNow({ accessPointId: world.pointA })).toStrictEqual({
			names: [world.volunteerA.displayName, world.managerA.displayName]
		});
		expect(await call().onDutyNow({ accessPointId: world.pointB })).toStrictEqual({
			names: [world.volunteerB.displayName]
		});
		expect(await call().onDutyNow({ accessPointId: randomUUID() })).toStrictEqual({ names: [] });
		now = new Date('2026-11-20T04:30:00Z');
		expect((await call().onDutyNow({ accessPointId: world.pointA })).names).toEqual([]);
		now = new Date('2026-11-20T06:30:00Z');
		expect((await call().onDutyNow({ accessPointId: world.pointA })).names).toEqual([
			world.volunteerA2.displayName
		]);
	});

	it('shows a point’s staff their own rota, in order, and no one else’s', async () => {
		const rota = await call(world.volunteerA2).list(day);
		expect(rota.map((s) => [s.displayName, s.startsAt.toISOString()])).toEqual([
			[world.volunteerA.displayName, '2026-11-20T00:30:00.000Z'],
			[world.managerA.displayName, '2026-11-20T02:00:00.000Z'],
			[world.volunteerA2.displayName, '2026-11-20T06:30:00.000Z']
		]);
		// A shift overlapping the window's edge is in it.
		const edge = await call(world.volunteerA).list({
			from: '2026-11-20T04:00:00Z',
			to: '2026-11-20T05:00:00Z'
		});
		expect(edge.map((s) => s.volunteerId)).toEqual([world.volunteerA.id]);

		expect((await call(world.volunteerB).list(day)).map((s) => s.accessPointId)).toEqual([
			world.pointB
		]);
		await expect(
			call(world.volunteerB).list({ ...day, accessPointId: world.pointA })
		).rejects.toMatchObject({ code: 'FORBIDDEN' });
		expect(await call(world.admin).list({ ...day, accessPointId: world.pointA })).toHaveLength(3);
		await expect(call(world.admin).list(day)).rejects.toMatchObject({ code: 'FORBIDDEN' });
		await expect(call(world.officerA).list(day)).rejects.toMatchObject({ code: 'FORBIDDEN' });
		await expect(call().list(day)).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
		await expect(call(world.volunteerA).list({ from: day.to, to: day.from })).rejects.toMatchObject(
			{ code: 'BAD_REQUEST' }
		);
		await expect(
			call(world.volunteerA).list({ from: '2026-01-01T00:00:00Z', to: '2026-06-01T00:00:00Z' })
		).rejects.toMatchObject({ code: 'BAD_REQUEST' });
	});

	it('keeps shifts to the manager’s own point, positive, at most 16 hours, not overlapping', async () => {
		const refusal = (user: SessionUser, input: ReturnType<typeof on>) =>
			call(user)
				.create(input)
				.then(
					() => 'created',
					(e: { code: string }) => e.code
				);
		expect(await refusal(world.managerA, on(world.volunteerB, '18:00', 2))).toBe('FORBIDDEN');
		expect(await refusal(world.managerB, on(world.volunteerA, '18:00', 2))).toBe('FORBIDDEN');
		expect(await refusal(world.managerA, on(world.officerA, '18:00', 2))).toBe('NOT_FOUND');
		expect(await refusal(world.managerA, on(world.disabledA, '18:00', 2))).toBe('NOT_FOUND');
		expect(
			await refusal(world.managerA, {
				...on(world.volunteerA, '18:00', 2),
				volunteerId: randomUUID()
			})
		).toBe('NOT_FOUND');
		expect(await refusal(world.managerA, on(world.volunteerA, '18:00', 0))).toBe('BAD_REQUEST');
		expect(await refusal(world.managerA, on(world.volunteerA, '18:00', -1))).toBe('BAD_REQUEST');
		expect(await refusal(world.managerA, on(world.volunteerA, '06:00', 16.01))).toBe('BAD_REQUEST');
		// Overlaps the 07:30–11:30 shift by a minute.
		expect(await refusal(world.managerA, on(world.volunteerA, '11:29', 1))).toBe('CONFLICT');
		expect(await refusal(world.managerA, on(world.volunteerA, '11:30', 1))).toBe('created');
		expect(await refusal(world.volunteerA, on(world.volunteerA, '20:00', 1))).toBe('FORBIDDEN');
		// An administrator may set shifts anywhere; the shift is the volunteer's point's.
		expect(await refusal(world.admin, on(world.volunteerB, '17:00', 16))).toBe('created');
		const refused = await handle.db
			.select({ id: shifts.id })
			.from(shifts)
			.where(inArray(shifts.volunteerId, [world.officerA.id, world.disabledA.id]));
		expect(refused).toEqual([]);
	});

	it('removes a shift of the manager’s own point only, audit-logged', async () => {
		const [mine] = await call(world.volunteerA).list(day);
		const [theirs] = await call(world.volunteerB).list(day);
		await expect(call(world.managerB).remove({ id: mine!.id })).rejects.toMatchObject({
			code: 'NOT_FOUND'
		});
		await expect(call(world.volunteerA).remove({ id: mine!.id })).rejects.toMatchObject({
			code: 'FORBIDDEN'
		});
		expect(await call(world.managerA).remove({ id: mine!.id })).toEqual({ removed: true });
		await expect(call(world.managerA).remove({ id: mine!.id })).rejects.toMatchObject({
			code: 'NOT_FOUND'
		});
		expect(await call(world.admin).remove({ id: theirs!.id })).toEqual({ removed: true });
		const log = await handle.db
			.select({ actor: auditLog.actorUserId, action: auditLog.action })
			.from(auditLog)
			.where(inArray(auditLog.subject, [mine!.id, theirs!.id]))
			.orderBy(asc(auditLog.id));
		expect(log).toEqual([
			{ actor: world.managerA.id, action: 'shifts.create' },
			{ actor: world.managerB.id, action: 'shifts.create' },
			{ actor: world.managerA.id, action: 'shifts.remove' },
			{ actor: world.admin.id, action: 'shifts.remove' }
		]);
		expect((await call(world.volunteerA).list(day)).map((s) => s.id)).not.toContain(mine!.id);
	});
});
