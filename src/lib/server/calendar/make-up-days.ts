import { asc, eq } from 'drizzle-orm';
import { weekday } from '$lib/domain/calendar/iso-date';
import { AppError } from '$lib/errors/app-error';
import type { Database } from '../db/client';
import { auditLog, calendarDaysOff, calendarMakeUpDays } from '../db/schema';
import { makeUpDaysInYears } from './working-calendar';

/** A Saturday or Sunday worked in exchange for a bridge day off (ngày làm bù). */
export type MakeUpDay = { date: string; nameVi: string; nameEn: string };

/**
 * The administrator's make-up working days: the government's yearly decision that gives a bridge
 * day off also names the weekend day worked for it, and due dates count that day. Like days off,
 * every change is audit-logged and counts for dossiers received afterwards.
 */

/** A year's make-up days in date order. */
export function makeUpDaysOfYear(db: Database, year: number): Promise<MakeUpDay[]> {
	return db
		.select({
			date: calendarMakeUpDays.date,
			nameVi: calendarMakeUpDays.nameVi,
			nameEn: calendarMakeUpDays.nameEn
		})
		.from(calendarMakeUpDays)
		.where(makeUpDaysInYears(year))
		.orderBy(asc(calendarMakeUpDays.date));
}

/**
 * Adds or renames a make-up day. Refused (`make_up_day_invalid`) on a weekday, which is worked
 * anyway, and on a weekend day the table keeps as a day off (a holiday falling on a Saturday).
 */
export async function setMakeUpDay(
	db: Database,
	actorUserId: string,
	day: MakeUpDay
): Promise<MakeUpDay> {
	const dayOfWeek = weekday(day.date);
	if (dayOfWeek !== 0 && dayOfWeek !== 6) throw new AppError('make_up_day_invalid');
	return db.transaction(async (tx) => {
		const [dayOff] = await tx
			.select({ date: calendarDaysOff.date })
			.from(calendarDaysOff)
			.where(eq(calendarDaysOff.date, day.date))
			.limit(1);
		if (dayOff) throw new AppError('make_up_day_invalid');
		await tx
			.insert(calendarMakeUpDays)
			.values(day)
			.onConflictDoUpdate({
				target: calendarMakeUpDays.date,
				set: { nameVi: day.nameVi, nameEn: day.nameEn }
			});
		await tx.insert(auditLog).values({
			actorUserId,
			action: 'calendar.set_make_up_day',
			subject: day.date
		});
		return day;
	});
}

/** Makes a make-up day a weekend day again; `removed` is false when it was not one. */
export async function removeMakeUpDay(
	db: Database,
	actorUserId: string,
	date: string
): Promise<{ removed: boolean }> {
	return db.transaction(async (tx) => {
		const deleted = await tx
			.delete(calendarMakeUpDays)
			.where(eq(calendarMakeUpDays.date, date))
			.returning({ date: calendarMakeUpDays.date });
		const removed = deleted.length > 0;
		await tx.insert(auditLog).values({
			actorUserId,
			action: 'calendar.remove_make_up_day',
			subject: date,
			details: { removed }
		});
		return { removed };
	});
}
