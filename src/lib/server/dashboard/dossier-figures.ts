import { and, gte, lt, sql, type SQL } from 'drizzle-orm';
import { todayInVietnam } from '$lib/domain/validation/dates';
import type { Database } from '../db/client';
import { dossierApologies, dossiers } from '../db/schema';
import { receivedGroups, resultTotals } from './rollups';
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
export function dossierScope(scope: DashboardScope): SQL {
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
	// The whole installation reads the daily totals; a ward or a point, its own rows by index:
	// one scan for what was received, grouped by procedure, bucket and channel at once (a few
	// hundred groups, hashed), one for results and lateness.
	const whole = scope.kind === 'all';
	const [groups, results, [apologies]] = await Promise.all([
		whole
			? receivedGroups(db, period)
			: db
					.select({
						procedureId: dossiers.procedureId,
						bucket,
						channel: dossiers.channel,
						count: sql<number>`count(*)::int`
					})
					.from(dossiers)
					.where(received)
					.groupBy(dossiers.procedureId, bucket, dossiers.channel),
		whole
			? resultTotals(db, period, today)
			: db
					.select({
						decided: sql<number>`count(*) filter (where ${resulted})::int`,
						onTime: sql<number>`count(*) filter (where ${resulted} and ${vietnamDay(dossiers.resultAt)} <= ${promised})::int`,
						overdueNow: sql<number>`count(*) filter (where ${waiting})::int`
					})
					.from(dossiers)
					.where(and(inScope, sql`((${resulted}) or (${waiting}))`))
					.then(([row]) => row),
		apologyCount(db, scope, start, end)
	]);
	const tally = (keyOf: (g: (typeof groups)[number]) => string) => {
		const totals = new Map<string, number>();
		for (const g of groups) totals.set(keyOf(g), (totals.get(keyOf(g)) ?? 0) + g.count);
		return [...totals];
	};
	const byProcedure = tally((g) => g.procedureId)
		.map(([procedureId, count]) => ({ procedureId, count }))
		.sort((a, b) => b.count - a.count || a.procedureId.localeCompare(b.procedureId));
	const series = tally((g) => g.bucket)
		.map(([bucket, total]) => ({ bucket, total }))
		.sort((a, b) => a.bucket.localeCompare(b.bucket));
	const channels = new Map(tally((g) => g.channel));
	const byChannel = {
		home: channels.get('home') ?? 0,
		pointAlone: channels.get('point_alone') ?? 0,
		pointVolunteer: channels.get('point_volunteer') ?? 0
	};
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
		overdueNow: results?.overdueNow ?? 0,
		apologies: apologies?.apologies ?? 0
	};
}

/** Form 04 letters written in the period; the whole installation needs no join to find them. */
function apologyCount(db: Database, scope: DashboardScope, start: Date, end: Date) {
	const inPeriod = and(gte(dossierApologies.at, start), lt(dossierApologies.at, end));
	const count = { apologies: sql<number>`count(*)::int` };
	if (scope.kind === 'all') return db.select(count).from(dossierApologies).where(inPeriod);
	return db
		.select(count)
		.from(dossierApologies)
		.innerJoin(dossiers, sql`${dossiers.id} = ${dossierApologies.dossierId}`)
		.where(and(dossierScope(scope), inPeriod));
}
