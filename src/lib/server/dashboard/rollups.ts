import { and, gte, lte, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Database } from '../db/client';
import {
	dashboardCoaching,
	dashboardDossierResults,
	dashboardDossiersReceived,
	dashboardDossiersWaiting,
	dashboardRatingCriteria,
	dashboardRatings
} from '../db/schema';
import type { Bucket, DashboardPeriod } from './scope';

/**
 * The whole installation's figures from the daily totals the triggers keep (migration
 * `dashboard_rollup_triggers`): a city's year is a few thousand rows here instead of a million.
 * Each function answers exactly what the scan of the source table answers for the scope "all".
 */

const int = (expression: SQL) => sql<number>`coalesce(${expression}, 0)::int`;

/** The bucket of a Vietnamese day: the same labels `bucketOf` gives an instant. */
const bucketOfDay = (column: AnyPgColumn, bucket: Bucket): SQL<string> =>
	sql<string>`to_char(date_trunc(${sql.raw(`'${bucket}'`)}, ${column}::timestamp), 'YYYY-MM-DD')`;

const inPeriod = (column: AnyPgColumn, period: DashboardPeriod) =>
	and(gte(column, period.from), lte(column, period.to));

export function receivedGroups(db: Database, period: DashboardPeriod) {
	const t = dashboardDossiersReceived;
	const bucket = bucketOfDay(t.day, period.bucket);
	return db
		.select({
			procedureId: t.procedureId,
			bucket,
			channel: t.channel,
			count: int(sql`sum(${t.dossiers})`)
		})
		.from(t)
		.where(inPeriod(t.day, period))
		.groupBy(t.procedureId, bucket, t.channel);
}

export async function resultTotals(db: Database, period: DashboardPeriod, today: string) {
	const [[results], [waiting]] = await Promise.all([
		db
			.select({
				decided: int(sql`sum(${dashboardDossierResults.decided})`),
				onTime: int(sql`sum(${dashboardDossierResults.onTime})`)
			})
			.from(dashboardDossierResults)
			.where(inPeriod(dashboardDossierResults.day, period)),
		db
			.select({ overdueNow: int(sql`sum(${dashboardDossiersWaiting.dossiers})`) })
			.from(dashboardDossiersWaiting)
			.where(sql`${dashboardDossiersWaiting.dueDate} < ${today}::date`)
	]);
	return {
		decided: results?.decided ?? 0,
		onTime: results?.onTime ?? 0,
		overdueNow: waiting?.overdueNow ?? 0
	};
}

export function coachingBuckets(db: Database, period: DashboardPeriod) {
	const t = dashboardCoaching;
	const bucket = bucketOfDay(t.day, period.bucket);
	const coached = (column: AnyPgColumn) =>
		int(sql`sum(${column}) filter (where not ${t.practice})`);
	return db
		.select({
			bucket,
			sessions: coached(t.sessions),
			stepsTotal: coached(t.stepsTotal),
			stepsAlone: coached(t.stepsAlone),
			stepsAfterHelp: coached(t.stepsAfterHelp),
			stepsVolunteer: coached(t.stepsVolunteer),
			practiceSessions: int(sql`sum(${t.sessions}) filter (where ${t.practice})`)
		})
		.from(t)
		.where(inPeriod(t.day, period))
		.groupBy(bucket)
		.orderBy(bucket);
}

export function ratingLevels(db: Database, period: DashboardPeriod) {
	return db
		.select({
			overall: dashboardRatings.overall,
			count: int(sql`sum(${dashboardRatings.ratings})`)
		})
		.from(dashboardRatings)
		.where(inPeriod(dashboardRatings.day, period))
		.groupBy(dashboardRatings.overall);
}

export function ratingCriteriaTotals(db: Database, period: DashboardPeriod) {
	const t = dashboardRatingCriteria;
	return db
		.select({
			criterion: t.criterion,
			answers: int(sql`sum(${t.answers})`),
			average: sql<number>`(sum(${t.points})::float8 / nullif(sum(${t.answers}), 0))`
		})
		.from(t)
		.where(inPeriod(t.day, period))
		.groupBy(t.criterion)
		.having(sql`sum(${t.answers}) > 0`);
}
