import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TRPCError } from '@trpc/server';
import { eq } from 'drizzle-orm';
import type { TimeLimit } from '$lib/domain/procedures/procedure.schema';
import type { SessionUser } from '../../auth/session';
import { auditLog, serverSettings, users } from '../../db/schema';
import { dossierDueDate } from '../../calendar/working-calendar';
import { openTestDatabase } from '$testing/server/database';
import { testContext } from '$testing/server/context';
import { createCaller } from '../root';

/** A wall-clock time in Vietnam. */
const vn = (localDateTime: string) => new Date(`${localDateTime}+07:00`);
const threeDays: TimeLimit = { kind: 'working_days', days: 3 };
const sameDay: TimeLimit = { kind: 'same_day', cutoffHour: 15 };

// Runs on PGlite, and on PostgreSQL when DATABASE_URL is set (openTestDatabase).
describe('calendar: a dossier received on a day off, counted by the administrator’s rule', () => {
	let handle: Awaited<ReturnType<typeof openTestDatabase>>;
	let admin: SessionUser;
	beforeAll(async () => {
		handle = await openTestDatabase();
		const [row] = await handle.db
			.insert(users)
			.values({ username: 'quantri', displayName: 'Quản trị', role: 'admin', passwordHash: 'x' })
			.returning();
		admin = {
			id: row!.id,
			username: 'quantri',
			displayName: 'Quản trị',
			role: 'admin',
			accessPointId: null
		};
	});
	afterAll(() => handle.dispose());

	const calendar = (user: SessionUser | null = null) =>
		createCaller(testContext(handle, { user })).calendar;

	it('counts the next working day as day 1 until the administrator says otherwise', async () => {
		expect(await calendar().dayOffRule()).toBe('next_working_day_is_day_1');
		// Saturday 13 March 2027: Mon 15 (1), Tue 16 (2), Wed 17 (3).
		expect(await dossierDueDate(handle.db, threeDays, vn('2027-03-13T09:00'))).toBe('2027-03-17');
	});

	it('moves the due date a day when the next working day is day 0, and back', async () => {
		expect(await calendar(admin).setDayOffRule({ rule: 'next_working_day_is_day_0' })).toEqual({
			rule: 'next_working_day_is_day_0'
		});
		expect(await calendar().dayOffRule()).toBe('next_working_day_is_day_0');
		// Mon 15 is the day of receipt: Tue 16 (1), Wed 17 (2), Thu 18 (3).
		expect(await dossierDueDate(handle.db, threeDays, vn('2027-03-13T09:00'))).toBe('2027-03-18');
		// Hùng Kings' day, Friday 16 April 2027, is a day off too: Mon 19 is day 0.
		expect(await dossierDueDate(handle.db, threeDays, vn('2027-04-16T10:00'))).toBe('2027-04-22');
		// A working day, and a same-day procedure, count as before.
		expect(await dossierDueDate(handle.db, threeDays, vn('2027-03-12T09:00'))).toBe('2027-03-17');
		expect(await dossierDueDate(handle.db, sameDay, vn('2027-03-13T09:00'))).toBe('2027-03-15');

		await calendar(admin).setDayOffRule({ rule: 'next_working_day_is_day_1' });
		expect(await dossierDueDate(handle.db, threeDays, vn('2027-03-13T09:00'))).toBe('2027-03-17');
		expect(await dossierDueDate(handle.db, threeDays, vn('2027-04-16T10:00'))).toBe('2027-04-21');

		const log = await handle.db
			.select()
			.from(auditLog)
			.where(eq(auditLog.action, 'calendar.set_day_off_rule'));
		expect(log.map((e) => [e.actorUserId, e.details])).toEqual([
			[admin.id, { rule: 'next_working_day_is_day_0' }],
			[admin.id, { rule: 'next_working_day_is_day_1' }]
		]);
	});

	it('lets only an administrator change it, and only to a known rule', async () => {
		for (const role of ['officer', 'manager', 'volunteer'] as const) {
			const user = { ...admin, role, username: role };
			await expect(
				calendar(user).setDayOffRule({ rule: 'next_working_day_is_day_0' })
			).rejects.toBeInstanceOf(TRPCError);
		}
		await expect(
			calendar().setDayOffRule({ rule: 'next_working_day_is_day_0' })
		).rejects.toBeInstanceOf(TRPCError);
		await expect(
			// @ts-expect-error: not one of the two rules
			calendar(admin).setDayOffRule({ rule: 'day_2' })
		).rejects.toBeInstanceOf(TRPCError);
		expect(await calendar().dayOffRule()).toBe('next_working_day_is_day_1');
	});

	it('falls back to the default when the stored value is not a rule', async () => {
		await handle.db
			.update(serverSettings)
			.set({ value: 'something else' })
			.where(eq(serverSettings.key, 'calendar.dayOffReceiptRule'));
		expect(await calendar().dayOffRule()).toBe('next_working_day_is_day_1');
	});
});
