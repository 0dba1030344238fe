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
	const [hours, sessions] = await Promise.all([
		db
			.select({
				volunteerId: shifts.volunteerId,
				hours: sql<number>`sum(extract(epoch from (least(${shifts.endsAt}, ${endAt}) - greatest(${shifts.startsAt}, ${startAt})))) / 3600.0`
			})
			.from(shifts)
			.where(
				and(
					inScope(shifts.accessPointId, scope),
					lt(shifts.startsAt, end),
					sql`${shifts.endsAt} > ${startAt}`
				)
			)
			.groupBy(shifts.volunteerId),
		db
			.select({ volunteerId: coachingRecords.volunteerId, sessions: sql<number>`count(*)::int` })
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
	]);
	const ids = [...new Set([...hours, ...sessions].map((r) => r.volunteerId))];
	if (ids.length === 0) return [];
	const names = await db
		.select({ id: users.id, displayName: users.displayName })
		.from(users)
		.where(sql`${users.id} in ${ids}`);
	return ids
		.map((volunteerId) => ({
			volunteerId,
			displayName: names.find((n) => n.id === volunteerId)?.displayName ?? '',
			hours:
				Math.round(Number(hours.find((h) => h.volunteerId === volunteerId)?.hours ?? 0) * 100) /
				100,
			sessions: sessions.find((s) => s.volunteerId === volunteerId)?.sessions ?? 0
		}))
		.sort(
			(a, b) =>
				b.sessions - a.sessions ||
				b.hours - a.hours ||
				a.displayName.localeCompare(b.displayName, 'vi')
		);
}
