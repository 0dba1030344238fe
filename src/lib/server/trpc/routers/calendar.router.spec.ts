import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TRPCError } from '@trpc/server';
import { and, eq, gte, lte } from 'drizzle-orm';
import { defaultDaysOff } from '$lib/domain/calendar/holidays';
import { getProcedure } from '$testing/procedures/catalogue';
import type { SessionUser } from '../../auth/session';
import { auditLog, calendarDaysOff, users } from '../../db/schema';
import { dossierDueDate } from '../../calendar/working-calendar';
import { openTestDatabase } from '$testing/server/database';
import { testContext } from '$testing/server/context';
import { createCaller } from '../root';

/** 09:00 in Vietnam on the given day. */
const morningOf = (isoDate: string) => new Date(`${isoDate}T02:00:00Z`);

describe('calendar router', () => {
	let handle: Awaited<ReturnType<typeof openTestDatabase>>;
	let admin: SessionUser;
	beforeAll(async () => {
		handle = await openTestDatabase();
		// Audit rows point at a real account.
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
	const staff = (role: SessionUser['role']): SessionUser => ({ ...admin, role, username: role });
	const threeDays = () => getProcedure('dang-ky-tam-tru')!.timeLimit;

	it('shows anyone a year’s days off, generated the first time', async () => {
		const days = await calendar().daysOff({ year: 2027 });
		expect(days.map((d) => d.date)).toEqual(defaultDaysOff(2027).map((d) => d.date));
		expect(days.every((d) => d.source === 'generated')).toBe(true);
		expect(days.find((d) => d.date === '2027-04-16')).toMatchObject({ kind: 'holiday' });
		// Read again: the same rows, not a second fill.
		expect(await calendar().daysOff({ year: 2027 })).toEqual(days);
	});

	it('lets an administrator add and remove days off, and due dates follow', async () => {
		// Monday 8 Mar 2027, three working days: Tuesday to Thursday.
		expect(await dossierDueDate(handle.db, threeDays(), morningOf('2027-03-08'))).toBe(
			'2027-03-11'
		);
		const added = await calendar(admin).setDayOff({
			date: '2027-03-09',
			nameVi: ' Nghỉ bù ',
			nameEn: 'Bridge day',
			kind: 'bridge'
		});
		expect(added).toEqual({
			date: '2027-03-09',
			nameVi: 'Nghỉ bù',
			nameEn: 'Bridge day',
			kind: 'bridge',
			source: 'admin'
		});
		expect(await dossierDueDate(handle.db, threeDays(), morningOf('2027-03-08'))).toBe(
			'2027-03-12'
		);

		// Hùng Kings' day, Friday 16 Apr 2027, generated: received Thursday, due Wednesday.
		expect(await dossierDueDate(handle.db, threeDays(), morningOf('2027-04-15'))).toBe(
			'2027-04-21'
		);
		expect(await calendar(admin).removeDayOff({ date: '2027-04-16' })).toEqual({ removed: true });
		expect(await dossierDueDate(handle.db, threeDays(), morningOf('2027-04-15'))).toBe(
			'2027-04-20'
		);
		expect(await calendar(admin).removeDayOff({ date: '2027-04-16' })).toEqual({ removed: false });

		// Correcting a generated row makes it the administrator's.
		await calendar(admin).setDayOff({
			date: '2027-09-02',
			nameVi: 'Quốc khánh',
			nameEn: 'National Day',
			kind: 'holiday'
		});
		const days = await calendar().daysOff({ year: 2027 });
		expect(days.find((d) => d.date === '2027-09-02')?.source).toBe('admin');
		expect(days.find((d) => d.date === '2027-03-09')?.source).toBe('admin');
		expect(days.some((d) => d.date === '2027-04-16')).toBe(false);

		const log = await handle.db.select().from(auditLog).where(eq(auditLog.actorUserId, admin.id));
		expect(log.map((e) => [e.action, e.subject])).toEqual([
			['calendar.set_day_off', '2027-03-09'],
			['calendar.remove_day_off', '2027-04-16'],
			['calendar.remove_day_off', '2027-04-16'],
			['calendar.set_day_off', '2027-09-02']
		]);
	});

	it('counts a make-up Saturday in due dates, refuses a weekday or a holiday, and audits', async () => {
		// Thursday 18 Mar 2027, three working days: Friday, Monday, Tuesday.
		expect(await dossierDueDate(handle.db, threeDays(), morningOf('2027-03-18'))).toBe(
			'2027-03-23'
		);
		const saturday = { date: '2027-03-20', nameVi: 'Làm bù', nameEn: 'Make-up day' };
		await expect(calendar(staff('manager')).setMakeUpDay(saturday)).rejects.toMatchObject({
			code: 'FORBIDDEN'
		});
		expect(await calendar(admin).setMakeUpDay(saturday)).toEqual(saturday);
		expect(await calendar().makeUpDays({ year: 2027 })).toEqual([saturday]);
		// Friday, the worked Saturday, Monday.
		expect(await dossierDueDate(handle.db, threeDays(), morningOf('2027-03-18'))).toBe(
			'2027-03-22'
		);
		// Received on the worked Saturday itself: Monday is day 1, as after any working day.
		expect(await dossierDueDate(handle.db, threeDays(), morningOf('2027-03-20'))).toBe(
			'2027-03-24'
		);

		// A weekday is worked anyway; Saturday 1 May 2027 stays the holiday it is.
		expect(defaultDaysOff(2027).some((d) => d.date === '2027-05-01')).toBe(true);
		for (const date of ['2027-03-22', '2027-05-01']) {
			const refused = calendar(admin).setMakeUpDay({ ...saturday, date });
			await expect(refused).rejects.toMatchObject({ code: 'BAD_REQUEST' });
			await expect(refused).rejects.toSatisfy(
				(e) =>
					e instanceof TRPCError && (e.cause as { code?: string }).code === 'make_up_day_invalid'
			);
		}

		expect(await calendar(admin).removeMakeUpDay({ date: '2027-03-20' })).toEqual({
			removed: true
		});
		expect(await calendar().makeUpDays({ year: 2027 })).toEqual([]);
		expect(await dossierDueDate(handle.db, threeDays(), morningOf('2027-03-18'))).toBe(
			'2027-03-23'
		);
		const log = await handle.db.select().from(auditLog).where(eq(auditLog.actorUserId, admin.id));
		expect(
			log.filter((e) => e.action.includes('make_up')).map((e) => [e.action, e.subject])
		).toEqual([
			['calendar.set_make_up_day', '2027-03-20'],
			['calendar.remove_make_up_day', '2027-03-20']
		]);
	});

	it('keeps a year the administrator emptied empty, and fills a year edited first', async () => {
		for (const day of defaultDaysOff(2031)) {
			await calendar(admin).removeDayOff({ date: day.date });
		}
		expect(await calendar().daysOff({ year: 2031 })).toEqual([]);
		// 1 Jan 2031 is a Wednesday, a working day now.
		expect(await dossierDueDate(handle.db, threeDays(), morningOf('2030-12-31'))).toBe(
			'2031-01-03'
		);
		expect(await calendar().daysOff({ year: 2031 })).toEqual([]);

		// Editing a year nobody has read yet fills it first, so the defaults never overwrite the edit.
		await calendar(admin).setDayOff({
			date: '2033-01-01',
			nameVi: 'Tết Dương lịch',
			nameEn: 'New Year',
			kind: 'holiday'
		});
		const days = await calendar().daysOff({ year: 2033 });
		expect(days.map((d) => d.date)).toEqual(defaultDaysOff(2033).map((d) => d.date));
		expect(days.find((d) => d.date === '2033-01-01')).toMatchObject({
			nameEn: 'New Year',
			source: 'admin'
		});
	});

	it('leaves a year filled before the markers existed as it is', async () => {
		await handle.db.insert(calendarDaysOff).values({
			date: '2035-05-01',
			nameVi: 'Ngày Quốc tế Lao động',
			nameEn: 'International Workers’ Day',
			kind: 'holiday',
			source: 'generated'
		});
		expect((await calendar().daysOff({ year: 2035 })).map((d) => d.date)).toEqual(['2035-05-01']);
		const rows = await handle.db
			.select()
			.from(calendarDaysOff)
			.where(and(gte(calendarDaysOff.date, '2035-01-01'), lte(calendarDaysOff.date, '2035-12-31')));
		expect(rows).toHaveLength(1);
	});

	it('refuses changes from anyone but an administrator', async () => {
		const day = { date: '2027-06-01', nameVi: 'Nghỉ', nameEn: 'Off', kind: 'bridge' as const };
		for (const role of ['volunteer', 'officer', 'manager'] as const) {
			await expect(calendar(staff(role)).setDayOff(day)).rejects.toMatchObject({
				code: 'FORBIDDEN'
			});
			await expect(
				calendar(staff(role)).removeDayOff({ date: '2027-01-01' })
			).rejects.toMatchObject({ code: 'FORBIDDEN' });
		}
		await expect(calendar().setDayOff(day)).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
		await expect(calendar().removeDayOff({ date: '2027-01-01' })).rejects.toMatchObject({
			code: 'UNAUTHORIZED'
		});
		expect((await calendar().daysOff({ year: 2027 })).some((d) => d.date === '2027-06-01')).toBe(
			false
		);
		expect((await calendar().daysOff({ year: 2027 })).some((d) => d.date === '2027-01-01')).toBe(
			true
		);
	});

	it('refuses dates that do not exist and years out of range', async () => {
		for (const date of ['2027-02-29', '2027-13-01', '27-01-01', '1999-01-01']) {
			const error = await calendar(admin)
				.setDayOff({ date, nameVi: 'x', nameEn: 'x', kind: 'holiday' })
				.catch((e: unknown) => e);
			expect(error, date).toBeInstanceOf(TRPCError);
			expect((error as TRPCError).code).toBe('BAD_REQUEST');
		}
		await expect(calendar().daysOff({ year: 3000 })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
	});
});
