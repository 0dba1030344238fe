import { and, gte, inArray, lte } from 'drizzle-orm';
import { defaultDaysOff } from '$lib/domain/calendar/holidays';
import {
	createWorkingCalendar,
	dueDate,
	localDateAndTime,
	type WorkingCalendar
} from '$lib/domain/calendar/working-days';
import type { TimeLimit } from '$lib/domain/procedures/procedure.schema';
import type { Database } from '../db/client';
import {
	calendarDaysOff,
	calendarMakeUpDays,
	calendarYears,
	type calendarDayOffKinds
} from '../db/schema';
import { dayOffReceiptRule, type DayOffReceiptRule } from './day-off-rule';

export type DayOffKind = (typeof calendarDayOffKinds)[number];

export type DayOff = {
	date: string;
	nameVi: string;
	nameEn: string;
	kind: DayOffKind;
	source: 'generated' | 'admin';
};

const yearRange = (from: number, to = from) => [`${from}-01-01`, `${to}-12-31`] as const;

export const inYears = (from: number, to = from) => {
	const [first, last] = yearRange(from, to);
	return and(gte(calendarDaysOff.date, first), lte(calendarDaysOff.date, last));
};

export const makeUpDaysInYears = (from: number, to = from) => {
	const [first, last] = yearRange(from, to);
	return and(gte(calendarMakeUpDays.date, first), lte(calendarMakeUpDays.date, last));
};

/**
 * Fills a year's days off from the generated defaults, once: `calendar_years` records the years
 * filled, so that a day the administrator removed stays removed, even the last one of a year.
 * Concurrent callers queue on the marker's key and the losers find the year filled.
 */
export async function ensureYearFilled(db: Database, year: number): Promise<void> {
	const claimed = await db
		.insert(calendarYears)
		.values({ year })
		.onConflictDoNothing()
		.returning({ year: calendarYears.year });
	if (claimed.length === 0) return;
	// A year filled before the markers existed keeps its rows as they are.
	const [existing] = await db
		.select({ date: calendarDaysOff.date })
		.from(calendarDaysOff)
		.where(inYears(year))
		.limit(1);
	if (existing) return;
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
}

async function ensureYearsFilled(db: Database, years: readonly number[]): Promise<void> {
	const filled = await db
		.select({ year: calendarYears.year })
		.from(calendarYears)
		.where(inArray(calendarYears.year, [...years]));
	const known = new Set(filled.map((row) => row.year));
	for (const year of years) if (!known.has(year)) await ensureYearFilled(db, year);
}

/**
 * Days off for the given years from the administrator's table, each year filled from the
 * defaults the first time it is needed, so a fresh install computes due dates correctly and the
 * administrator edits rows rather than starting from nothing; with them, the make-up working
 * days (Saturdays worked in exchange for a bridge day), which due dates count.
 */
export async function workingCalendarFrom(
	db: Database,
	years: readonly number[]
): Promise<WorkingCalendar> {
	const sorted = [...new Set(years)].sort((a, b) => a - b);
	if (sorted.length === 0) return createWorkingCalendar([]);
	await ensureYearsFilled(db, sorted);
	// One range from the first to the last year: days off of years in between are days off too.
	const [first, last] = [sorted[0]!, sorted.at(-1)!];
	const [rows, worked] = await Promise.all([
		db.select({ date: calendarDaysOff.date }).from(calendarDaysOff).where(inYears(first, last)),
		db
			.select({ date: calendarMakeUpDays.date })
			.from(calendarMakeUpDays)
			.where(makeUpDaysInYears(first, last))
	]);
	return createWorkingCalendar(rows, { workedWeekendDays: worked.map((row) => row.date) });
}

/** The years a due date counted from `receivedAt` may touch: that year and the next. */
export function dueDateYears(receivedAt: Date): number[] {
	const year = Number(localDateAndTime(receivedAt).date.slice(0, 4));
	// The limit may run into January; the longest limits are weeks, never more than a year.
	return [year, year + 1];
}

/**
 * The due date for a procedure's time limit. The longer limits "if verification is needed" are
 * not applied here: whether verification is needed is the officer's decision, later. `calendar`
 * lets a push read the calendar once for all its dossiers, and `rule` the administrator's rule for a
 * receipt on a day off (day-off-rule.ts), read here when not given.
 */
export async function dossierDueDate(
	db: Database,
	timeLimit: TimeLimit,
	receivedAt: Date,
	calendar?: WorkingCalendar,
	rule?: DayOffReceiptRule
): Promise<string> {
	return dueDate({
		receivedAt,
		timeLimit:
			timeLimit.kind === 'same_day'
				? { kind: 'same_day', cutoffHour: timeLimit.cutoffHour }
				: { kind: 'working_days', days: timeLimit.days },
		calendar: calendar ?? (await workingCalendarFrom(db, dueDateYears(receivedAt))),
		receivedOnDayOff: rule ?? (await dayOffReceiptRule(db))
	});
}
