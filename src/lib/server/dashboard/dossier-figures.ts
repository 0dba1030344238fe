import { and, gte, lt, sql, type SQL } from 'drizzle-orm';
import { todayInVietnam } from '$lib/domain/validation/dates';
import type { Database } from '../db/client';
import { dossierApologies, dossiers } from '../db/schema';
import { bucketOf, periodBounds, share, type DashboardPeriod, type DashboardScope } from './scope';

export type DossierFigures = {
	/** Dossiers received in the period. */
	total: number;
	byProcedure: { procedureId: string; count: number }[];
	byChannel: { home: number; pointAlone: number; pointVolunteer: number };
	series: { bucket: string; total: number }[];
	/** Results ready in the period, and of those, ready by the due date first promised. */
	decided: number;
	onTime: number;
	onTimeRate: number;
	/** Waiting now past their due date (not paused for a supplement). */
	overdueNow: number;
	/** Apology letters (form 04) written in the period. */
	apologies: number;
};

/** Dossiers are scoped by their receiving ward, or by the access point that sent them. */
function dossierScope(scope: DashboardScope): SQL {
	switch (scope.kind) {
		case 'point':
			return sql`${dossiers.accessPointId} = ${scope.accessPointId}`;
		case 'ward':
			return sql`${dossiers.wardCode} = ${scope.communeCode}`;
		case 'all':
			return sql`true`;
	}
}

/** Vietnam's date of an instant, in SQL (fixed UTC+7, see bucketOf). */
const vietnamDay = (column: SQL | typeof dossiers.resultAt) =>
	sql`(timezone('UTC', ${column}) + interval '7 hours')::date`;

export async function dossierFigures(
	db: Database,
	scope: DashboardScope,
	period: DashboardPeriod,
	now: Date = new Date()
): Promise<DossierFigures> {
	const { start, end } = periodBounds(period);
	const inScope = dossierScope(scope);
	const received = and(inScope, gte(dossiers.receivedAt, start), lt(dossiers.receivedAt, end));
	const bucket = bucketOf(dossiers.receivedAt, period.bucket);
	const promised = sql`coalesce(${dossiers.originalDueDate}, ${dossiers.dueDate})`;
	const today = todayInVietnam(now);
	const [byProcedure, series, [counts], [results], [late], [apologies]] = await Promise.all([
		db
			.select({ procedureId: dossiers.procedureId, count: sql<number>`count(*)::int` })
			.from(dossiers)
			.where(received)
			.groupBy(dossiers.procedureId)
			.orderBy(sql`count(*) desc`, dossiers.procedureId),
		db
			.select({ bucket, total: sql<number>`count(*)::int` })
			.from(dossiers)
			.where(received)
			.groupBy(bucket)
			.orderBy(bucket),
		db
			.select({
				home: sql<number>`count(*) filter (where ${dossiers.channel} = 'home')::int`,
				pointAlone: sql<number>`count(*) filter (where ${dossiers.channel} = 'point_alone')::int`,
				pointVolunteer: sql<number>`count(*) filter (where ${dossiers.channel} = 'point_volunteer')::int`
			})
			.from(dossiers)
			.where(received),
		db
			.select({
				decided: sql<number>`count(*)::int`,
				onTime: sql<number>`count(*) filter (where ${vietnamDay(dossiers.resultAt)} <= ${promised})::int`
			})
			.from(dossiers)
			.where(and(inScope, gte(dossiers.resultAt, start), lt(dossiers.resultAt, end))),
		db
			.select({ overdueNow: sql<number>`count(*)::int` })
			.from(dossiers)
			.where(
				and(
					inScope,
					sql`${dossiers.status} in ('received', 'processing')`,
					sql`${dossiers.dueDate} < ${today}::date`
				)
			),
		db
			.select({ apologies: sql<number>`count(*)::int` })
			.from(dossierApologies)
			.innerJoin(dossiers, sql`${dossiers.id} = ${dossierApologies.dossierId}`)
			.where(and(inScope, gte(dossierApologies.at, start), lt(dossierApologies.at, end)))
	]);
	const byChannel = counts ?? { home: 0, pointAlone: 0, pointVolunteer: 0 };
	const decided = results?.decided ?? 0;
	const onTime = results?.onTime ?? 0;
	return {
		total: byChannel.home + byChannel.pointAlone + byChannel.pointVolunteer,
		byProcedure,
		byChannel,
		series,
		decided,
		onTime,
		onTimeRate: share(onTime, decided),
		overdueNow: late?.overdueNow ?? 0,
		apologies: apologies?.apologies ?? 0
	};
}
