import { and, gte, lt, sql } from 'drizzle-orm';
import { ratingCriteria, satisfactionLevels } from '$lib/domain/coaching/coaching-record';
import type { Database } from '../db/client';
import { ratings } from '../db/schema';
import { ratingCriteriaTotals, ratingLevels } from './rollups';
import { inScope, periodBounds, share, type DashboardPeriod, type DashboardScope } from './scope';

type Level = (typeof satisfactionLevels)[number];
type Criterion = (typeof ratingCriteria)[number];

export type RatingFigures = {
	count: number;
	byLevel: Record<Level, { count: number; share: number }>;
	/** Average points (0–2) of each criterion that was answered, with how many answered it. */
	criteria: { criterion: Criterion; answers: number; average: number }[];
};

/** "Gửi đánh giá": the share of each overall answer and the criteria's averages. */
export async function ratingFigures(
	db: Database,
	scope: DashboardScope,
	period: DashboardPeriod
): Promise<RatingFigures> {
	const { start, end } = periodBounds(period);
	const where = and(
		inScope(ratings.accessPointId, scope),
		gte(ratings.at, start),
		lt(ratings.at, end)
	);
	const whole = scope.kind === 'all';
	const [levels, criteria] = await Promise.all([
		whole
			? ratingLevels(db, period)
			: db
					.select({ overall: ratings.overall, count: sql<number>`count(*)::int` })
					.from(ratings)
					.where(where)
					.groupBy(ratings.overall),
		whole
			? ratingCriteriaTotals(db, period)
			: db
					.select({
						criterion: sql<string>`c.key`,
						answers: sql<number>`count(*)::int`,
						average: sql<number>`avg((c.value)::int)::float8`
					})
					.from(
						sql`${ratings} cross join lateral jsonb_each_text(${ratings.criteria}) as c(key, value)`
					)
					.where(where)
					.groupBy(sql`c.key`)
	]);
	const count = levels.reduce((n, l) => n + l.count, 0);
	const byLevel = Object.fromEntries(
		satisfactionLevels.map((level) => {
			const n = levels.find((l) => l.overall === level)?.count ?? 0;
			return [level, { count: n, share: share(n, count) }];
		})
	) as RatingFigures['byLevel'];
	return {
		count,
		byLevel,
		criteria: ratingCriteria
			.map((criterion) => {
				const row = criteria.find((c) => c.criterion === criterion);
				return { criterion, answers: row?.answers ?? 0, average: Number(row?.average ?? 0) };
			})
			.filter((c) => c.answers > 0)
	};
}
