import { and, gte, lt, sql } from 'drizzle-orm';
import type { Database } from '../db/client';
import { coachingRecords } from '../db/schema';
import { coachingBuckets } from './rollups';
import {
	bucketOf,
	inScope,
	periodBounds,
	share,
	type DashboardPeriod,
	type DashboardScope
} from './scope';

/** How the steps of real (not practice) coached sessions were done, per bucket or in all. */
export type StepShares = {
	sessions: number;
	stepsTotal: number;
	stepsAlone: number;
	/** After "Gợi ý", "Giải thích" or "Làm mẫu": the citizen still did it. */
	stepsAfterHelp: number;
	stepsVolunteer: number;
	shareAlone: number;
	shareAfterHelp: number;
	shareVolunteer: number;
};

export type SelfDonePoint = StepShares & { bucket: string };

export type SkillCardFigures = {
	/** Cards with two or more sessions in the period. */
	returning: number;
	/** Of those, cards whose last session's share done alone is above their first one's. */
	rose: number;
};

export type CoachingFigures = {
	totals: StepShares;
	practiceSessions: number;
	series: SelfDonePoint[];
	skillCards: SkillCardFigures;
};

const withShares = (row: Omit<StepShares, 'shareAlone' | 'shareAfterHelp' | 'shareVolunteer'>) => ({
	...row,
	shareAlone: share(row.stepsAlone, row.stepsTotal),
	shareAfterHelp: share(row.stepsAfterHelp, row.stepsTotal),
	shareVolunteer: share(row.stepsVolunteer, row.stepsTotal)
});

/** Sums as int: PostgreSQL sums integers as bigint, which postgres-js returns as a string. */
const sums = {
	sessions: sql<number>`count(*) filter (where not ${coachingRecords.practice})::int`,
	stepsTotal: sql<number>`coalesce(sum(${coachingRecords.stepsTotal}) filter (where not ${coachingRecords.practice}), 0)::int`,
	stepsAlone: sql<number>`coalesce(sum(${coachingRecords.stepsAlone}) filter (where not ${coachingRecords.practice}), 0)::int`,
	stepsAfterHelp: sql<number>`coalesce(sum(${coachingRecords.stepsHint} + ${coachingRecords.stepsExplain} + ${coachingRecords.stepsDemonstrate}) filter (where not ${coachingRecords.practice}), 0)::int`,
	stepsVolunteer: sql<number>`coalesce(sum(${coachingRecords.stepsVolunteer}) filter (where not ${coachingRecords.practice}), 0)::int`
};

/**
 * The figure that matters most (seed 003: 30 % done by citizens, 70 % by staff): of the steps of
 * coached sessions, the share citizens did alone, after help, or that volunteers did — in the
 * database, one grouped scan over the scope's index.
 */
export async function coachingFigures(
	db: Database,
	scope: DashboardScope,
	period: DashboardPeriod
): Promise<CoachingFigures> {
	const { start, end } = periodBounds(period);
	const where = and(
		inScope(coachingRecords.accessPointId, scope),
		gte(coachingRecords.startedAt, start),
		lt(coachingRecords.startedAt, end)
	);
	const bucket = bucketOf(coachingRecords.startedAt, period.bucket);
	// One grouped scan: the totals are the buckets' sums.
	const [rows, [cards]] = await Promise.all([
		scope.kind === 'all'
			? coachingBuckets(db, period)
			: db
					.select({
						bucket,
						...sums,
						practiceSessions: sql<number>`count(*) filter (where ${coachingRecords.practice})::int`
					})
					.from(coachingRecords)
					.where(where)
					.groupBy(bucket)
					.orderBy(bucket),
		skillCards(db, where)
	]);
	const sum = (key: keyof typeof sums | 'practiceSessions') =>
		rows.reduce((n, r) => n + Number(r[key]), 0);
	const practiceSessions = sum('practiceSessions');
	const total = {
		sessions: sum('sessions'),
		stepsTotal: sum('stepsTotal'),
		stepsAlone: sum('stepsAlone'),
		stepsAfterHelp: sum('stepsAfterHelp'),
		stepsVolunteer: sum('stepsVolunteer')
	};
	return {
		totals: withShares(total),
		practiceSessions,
		// Buckets with no coached session (only practice) are left out of the series.
		series: rows
			.filter((r) => r.sessions > 0)
			.map(({ practiceSessions: _p, ...r }) => ({ ...withShares(r), bucket: r.bucket })),
		skillCards: cards ?? { returning: 0, rose: 0 }
	};
}

/**
 * Of the cards with sessions in the scope and period: how many came back, and whose last
 * session's share done alone rose above their first one's. One pass of window functions over the
 * sessions in card order, which the partial index `coaching_records_card_sessions_idx` (migration
 * 0019) hands over sorted and alone: a city's year in about a tenth of a second, where an ordered
 * aggregate per card sorted twice per card.
 */
function skillCards(db: Database, where: ReturnType<typeof and>) {
	const share = sql`${coachingRecords.stepsAlone}::float8 / nullif(${coachingRecords.stepsTotal}, 0)`;
	const card = sql`partition by ${coachingRecords.skillCard} order by ${coachingRecords.startedAt}, ${coachingRecords.id}`;
	const wholeCard = sql`(${card} rows between unbounded preceding and unbounded following)`;
	const perSession = db
		.select({
			sessions: sql<number>`count(*) over ${wholeCard}`.as('sessions'),
			firstShare: sql<number>`first_value(${share}) over ${wholeCard}`.as('first_share'),
			lastShare: sql<number>`last_value(${share}) over ${wholeCard}`.as('last_share'),
			// The same window for all four: one pass, one WindowAgg.
			position: sql<number>`row_number() over ${wholeCard}`.as('position')
		})
		.from(coachingRecords)
		.where(
			and(
				where,
				sql`${coachingRecords.skillCard} is not null`,
				sql`not ${coachingRecords.practice}`
			)
		)
		.as('per_session');
	// One row per card: its first session's.
	return db
		.select({
			returning: sql<number>`count(*) filter (where ${perSession.sessions} >= 2)::int`,
			rose: sql<number>`count(*) filter (where ${perSession.sessions} >= 2 and ${perSession.lastShare} > ${perSession.firstShare})::int`
		})
		.from(perSession)
		.where(sql`${perSession.position} = 1`);
}
