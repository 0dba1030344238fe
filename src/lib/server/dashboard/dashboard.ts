import type { Database } from '../db/client';
import { coachingFigures } from './coaching-figures';
import { ratingFigures } from './rating-figures';
import type { DashboardPeriod, DashboardScope } from './scope';
import { volunteerFigures } from './volunteer-figures';

/** Everything one dashboard load shows, each part one or two SQL aggregates. */
export async function dashboardFigures(
	db: Database,
	scope: DashboardScope,
	period: DashboardPeriod
) {
	const [coaching, ratings, volunteers] = await Promise.all([
		coachingFigures(db, scope, period),
		ratingFigures(db, scope, period),
		volunteerFigures(db, scope, period)
	]);
	return { scope, period, coaching, ratings, volunteers };
}

export type DashboardFigures = Awaited<ReturnType<typeof dashboardFigures>>;
