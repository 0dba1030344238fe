import { asc, eq } from 'drizzle-orm';
import type { Database } from '../db/client';
import { auditLog, calendarDaysOff } from '../db/schema';
import { ensureYearFilled, inYears, type DayOff } from './working-calendar';

/** The kinds a day off may have, for the router's input. */
export { calendarDayOffKinds as dayOffKinds } from '../db/schema';

/**
 * The administrator's edits of the days off that due dates skip (DOMAIN.md: the government fixes
 * Tết and bridge days each year). Every change is audit-logged; it counts for dossiers received
 * afterwards, issued due dates stay as they are.
 */

/** A year's days off in date order, as the administrator edits them. */
export async function daysOffOfYear(db: Database, year: number): Promise<DayOff[]> {
	await ensureYearFilled(db, year);
	return db
		.select({
			date: calendarDaysOff.date,
			nameVi: calendarDaysOff.nameVi,
			nameEn: calendarDaysOff.nameEn,
			kind: calendarDaysOff.kind,
			source: calendarDaysOff.source
		})
		.from(calendarDaysOff)
		.where(inYears(year))
		.orderBy(asc(calendarDaysOff.date));
}

/** Adds or corrects a day off; the year is filled first, so the defaults never overwrite it. */
export async function setDayOff(
	db: Database,
	actorUserId: string,
	day: Omit<DayOff, 'source'>
): Promise<DayOff> {
	await ensureYearFilled(db, Number(day.date.slice(0, 4)));
	const row = { ...day, source: 'admin' as const };
	await db
		.insert(calendarDaysOff)
		.values(row)
		.onConflictDoUpdate({
			target: calendarDaysOff.date,
			set: { nameVi: row.nameVi, nameEn: row.nameEn, kind: row.kind, source: row.source }
		});
	await db.insert(auditLog).values({
		actorUserId,
		action: 'calendar.set_day_off',
		subject: day.date,
		details: { kind: day.kind }
	});
	return row;
}

/** Makes a day a working day again; `removed` is false when it was not a day off. */
export async function removeDayOff(
	db: Database,
	actorUserId: string,
	date: string
): Promise<{ removed: boolean }> {
	await ensureYearFilled(db, Number(date.slice(0, 4)));
	const deleted = await db
		.delete(calendarDaysOff)
		.where(eq(calendarDaysOff.date, date))
		.returning({ date: calendarDaysOff.date });
	const removed = deleted.length > 0;
	await db.insert(auditLog).values({
		actorUserId,
		action: 'calendar.remove_day_off',
		subject: date,
		details: { removed }
	});
	return { removed };
}
