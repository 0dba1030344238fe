import { and, gte, lte } from 'drizzle-orm';
import { defaultDaysOff } from '$lib/domain/calendar/holidays';
import {
	createWorkingCalendar,
	dueDate,
	localDateAndTime,
	type WorkingCalendar
} from '$lib/domain/calendar/working-days';
import type { TimeLimit } from '$lib/domain/procedures/procedure.schema';
import type { Database } from '../db/client';
import { calendarDaysOff } from '../db/schema';

const yearRange = (year: number) => [`${year}-01-01`, `${year}-12-31`] as const;

/**
 * Days off for the given years from the administrator's table. A year with no rows yet is
 * filled from the generated defaults first, so a fresh install computes due dates correctly and
 * the administrator edits rows rather than starting from nothing.
 */
export async function workingCalendarFrom(
	db: Database,
	years: readonly number[]
): Promise<WorkingCalendar> {
	const rows: { date: string }[] = [];
	for (const year of [...new Set(years)].sort()) {
		const [from, to] = yearRange(year);
		const inYear = () =>
			db
				.select({ date: calendarDaysOff.date })
				.from(calendarDaysOff)
				.where(and(gte(calendarDaysOff.date, from), lte(calendarDaysOff.date, to)));
		let found = await inYear();
		if (found.length === 0) {
			await db
				.insert(calendarDaysOff)
				.values(
					defaultDaysOff(year).map((day) => ({
						date: day.date,
						nameVi: day.name.vi,
						nameEn: day.name.en,
						kind: day.kind,
						source: 'generated' as const
					}))
				)
				.onConflictDoNothing();
			found = await inYear();
		}
		rows.push(...found);
	}
	return createWorkingCalendar(rows);
}

/**
 * The due date for a procedure's time limit. The longer limits "if verification is needed" are
 * not applied here: whether verification is needed is the officer's decision, later.
 */
export async function dossierDueDate(
	db: Database,
	timeLimit: TimeLimit,
	receivedAt: Date
): Promise<string> {
	const year = Number(localDateAndTime(receivedAt).date.slice(0, 4));
	// The limit may run into January; the longest limits are weeks, never more than a year.
	const calendar = await workingCalendarFrom(db, [year, year + 1]);
	return dueDate({
		receivedAt,
		timeLimit:
			timeLimit.kind === 'same_day'
				? { kind: 'same_day', cutoffHour: timeLimit.cutoffHour }
				: { kind: 'working_days', days: timeLimit.days },
		calendar
	});
}
