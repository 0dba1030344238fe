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
	const waiting = sql`${dossiers.status} in ('received', 'processing') and ${dossiers.dueDate} < ${today}::date`;
	const resulted = and(gte(dossiers.resultAt, start), lt(dossiers.resultAt, end));
	// Two scans of the scope's dossiers, not six: one for what was received (grouping sets give
	// the per-procedure, per-bucket and per-channel counts at once), one for results and lateness.
	const [groups, [results], [apologies]] = await Promise.all([
		db
			.select({
				byProcedure: sql<number>`grouping(${dossiers.procedureId})`,
				byBucket: sql<number>`grouping(${bucket})`,
				procedureId: dossiers.procedureId,
				bucket,
				channel: dossiers.channel,
				count: sql<number>`count(*)::int`
			})
			.from(dossiers)
			.where(received)
			.groupBy(sql`grouping sets ((${dossiers.procedureId}), (${bucket}), (${dossiers.channel}))`),
		db
			.select({
				decided: sql<number>`count(*) filter (where ${resulted})::int`,
				onTime: sql<number>`count(*) filter (where ${resulted} and ${vietnamDay(dossiers.resultAt)} <= ${promised})::int`,
				overdueNow: sql<number>`count(*) filter (where ${waiting})::int`
			})
			.from(dossiers)
			.where(and(inScope, sql`((${resulted}) or (${waiting}))`)),
		db
			.select({ apologies: sql<number>`count(*)::int` })
			.from(dossierApologies)
			.innerJoin(dossiers, sql`${dossiers.id} = ${dossierApologies.dossierId}`)
			.where(and(inScope, gte(dossierApologies.at, start), lt(dossierApologies.at, end)))
	]);
	// grouping() is 0 for the column a row is grouped by.
	const byProcedure = groups
		.filter((g) => Number(g.byProcedure) === 0)
		.map((g) => ({ procedureId: g.procedureId, count: g.count }))
		.sort((a, b) => b.count - a.count || a.procedureId.localeCompare(b.procedureId));
	const series = groups
		.filter((g) => Number(g.byBucket) === 0)
		.map((g) => ({ bucket: g.bucket, total: g.count }))
		.sort((a, b) => a.bucket.localeCompare(b.bucket));
	const channel = (c: string) =>
		groups.find((g) => Number(g.byProcedure) === 1 && Number(g.byBucket) === 1 && g.channel === c)
			?.count ?? 0;
	const counts = {
		home: channel('home'),
		pointAlone: channel('point_alone'),
		pointVolunteer: channel('point_volunteer')
	};
	const late = { overdueNow: results?.overdueNow ?? 0 };
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
