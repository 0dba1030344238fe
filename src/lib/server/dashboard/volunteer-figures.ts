import { and, eq, gte, lt, sql } from 'drizzle-orm';
import type { Database } from '../db/client';
import { coachingRecords, shifts, users } from '../db/schema';
import { inScope, periodBounds, type DashboardPeriod, type DashboardScope } from './scope';

export type VolunteerFigure = {
	volunteerId: string;
	displayName: string;
	/** Hours on duty (shifts), the part inside the period. */
	hours: number;
	/** Real coached sessions they led. */
	sessions: number;
};

/**
 * Volunteer hours from the shifts managers set, and sessions from the coaching records. Names
 * are the staff's display names: the dashboard holds nothing about citizens.
 */
export async function volunteerFigures(
	db: Database,
	scope: DashboardScope,
	period: DashboardPeriod
): Promise<VolunteerFigure[]> {
	const { start, end } = periodBounds(period);
	// Raw instants as text: postgres-js takes Date parameters only through typed columns.
	const startAt = sql`${start.toISOString()}::timestamptz`;
	const endAt = sql`${end.toISOString()}::timestamptz`;
	const hours = db.$with('hours').as(
		db
			.select({
				volunteerId: sql<string>`${shifts.volunteerId}`.as('hours_volunteer'),
				hours:
					sql<number>`sum(extract(epoch from (least(${shifts.endsAt}, ${endAt}) - greatest(${shifts.startsAt}, ${startAt})))) / 3600.0`.as(
						'hours'
					)
			})
			.from(shifts)
			.where(
				and(
					inScope(shifts.accessPointId, scope),
					lt(shifts.startsAt, end),
					sql`${shifts.endsAt} > ${startAt}`
				)
			)
			.groupBy(shifts.volunteerId)
	);
	const sessions = db.$with('sessions').as(
		db
			.select({
				volunteerId: sql<string>`${coachingRecords.volunteerId}`.as('sessions_volunteer'),
				sessions: sql<number>`count(*)::int`.as('sessions')
			})
			.from(coachingRecords)
			.where(
				and(
					inScope(coachingRecords.accessPointId, scope),
					gte(coachingRecords.startedAt, start),
					lt(coachingRecords.startedAt, end),
					eq(coachingRecords.practice, false)
				)
			)
			.groupBy(coachingRecords.volunteerId)
	);
	// One statement: both sums joined with the names, not a list of ids sent back for them.
	const volunteer = sql<string>`coalesce(${hours.volunteerId}, ${sessions.volunteerId})`;
	const rows = await db
		.with(hours, sessions)
		.select({
			volunteerId: volunteer,
			displayName: sql<string>`coalesce(${users.displayName}, '')`,
			hours: sql<number>`coalesce(${hours.hours}, 0)`,
			sessions: sql<number>`coalesce(${sessions.sessions}, 0)::int`
		})
		.from(hours)
		.fullJoin(sessions, eq(sessions.volunteerId, hours.volunteerId))
		.leftJoin(users, sql`${users.id} = ${volunteer}`);
	return rows
		.map((row) => ({
			volunteerId: row.volunteerId,
			displayName: row.displayName,
			hours: Math.round(Number(row.hours) * 100) / 100,
			sessions: Number(row.sessions)
		}))
		.sort(
			(a, b) =>
				b.sessions - a.sessions ||
				b.hours - a.hours ||
				a.displayName.localeCompare(b.displayName, 'vi')
		);
}
