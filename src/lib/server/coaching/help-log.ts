import { and, desc, eq, gte, lt, sql, type SQL } from 'drizzle-orm';
import { addDays, todayInVietnam } from '$lib/domain/validation/dates';
import type { Database } from '../db/client';
import { coachingRecords } from '../db/schema';

export type HelpLogSession = {
	id: string;
	/** The day in Vietnam, yyyy-mm-dd. */
	date: string;
	startedAt: Date;
	procedureId: string;
	procedureVersion: number;
	practice: boolean;
	stepsTotal: number;
	stepsAlone: number;
	stepsHint: number;
	stepsExplain: number;
	stepsDemonstrate: number;
	stepsVolunteer: number;
	durationMs: number;
};

export type HelpLogTotals = {
	/** All sessions in the range, practice included. */
	sessions: number;
	practiceSessions: number;
	/** Steps of real (not practice) sessions: the share that proves citizens did them. */
	stepsTotal: number;
	stepsAlone: number;
	/** stepsAlone / stepsTotal, 0–1; 0 when there were no steps. */
	shareAlone: number;
};

export type HelpLog = { sessions: HelpLogSession[]; totals: HelpLogTotals };

/** The page shows the newest sessions; the totals always cover the whole range. */
export const helpLogMaxSessions = 200;

/** Midnight at the start of a Vietnamese day (UTC+7, no daylight saving). */
const startOfVietnamDay = (isoDate: string) => new Date(`${isoDate}T00:00:00+07:00`);

/**
 * A volunteer's own help log: sessions they coached between two Vietnamese days, inclusive,
 * newest first, and totals. Real and practice sessions both show; the share of steps done alone
 * counts real sessions only, as it is the figure the access point must prove (seed 003).
 */
export async function helpLog(
	db: Database,
	volunteerId: string,
	range: { from?: string; to?: string }
): Promise<HelpLog> {
	const conditions: SQL[] = [eq(coachingRecords.volunteerId, volunteerId)];
	if (range.from) conditions.push(gte(coachingRecords.startedAt, startOfVietnamDay(range.from)));
	if (range.to) {
		conditions.push(lt(coachingRecords.startedAt, startOfVietnamDay(addDays(range.to, 1))));
	}
	const where = and(...conditions);

	const rows = await db
		.select({
			id: coachingRecords.id,
			startedAt: coachingRecords.startedAt,
			procedureId: coachingRecords.procedureId,
			procedureVersion: coachingRecords.procedureVersion,
			practice: coachingRecords.practice,
			stepsTotal: coachingRecords.stepsTotal,
			stepsAlone: coachingRecords.stepsAlone,
			stepsHint: coachingRecords.stepsHint,
			stepsExplain: coachingRecords.stepsExplain,
			stepsDemonstrate: coachingRecords.stepsDemonstrate,
			stepsVolunteer: coachingRecords.stepsVolunteer,
			durationMs: coachingRecords.durationMs
		})
		.from(coachingRecords)
		.where(where)
		.orderBy(desc(coachingRecords.startedAt), desc(coachingRecords.id))
		.limit(helpLogMaxSessions);

	// Cast to int: PostgreSQL sums integers as bigint, which postgres-js returns as a string.
	const [sums] = await db
		.select({
			sessions: sql<number>`count(*)::int`,
			practiceSessions: sql<number>`count(*) filter (where ${coachingRecords.practice})::int`,
			stepsTotal: sql<number>`coalesce(sum(${coachingRecords.stepsTotal}) filter (where not ${coachingRecords.practice}), 0)::int`,
			stepsAlone: sql<number>`coalesce(sum(${coachingRecords.stepsAlone}) filter (where not ${coachingRecords.practice}), 0)::int`
		})
		.from(coachingRecords)
		.where(where);
	const totals = sums ?? { sessions: 0, practiceSessions: 0, stepsTotal: 0, stepsAlone: 0 };

	return {
		sessions: rows.map((row) => ({ ...row, date: todayInVietnam(row.startedAt) })),
		totals: {
			...totals,
			shareAlone: totals.stepsTotal === 0 ? 0 : totals.stepsAlone / totals.stepsTotal
		}
	};
}
