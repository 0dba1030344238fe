import type { Database } from '../db/client';
import { coachingFigures } from './coaching-figures';
import { dossierFigures } from './dossier-figures';
import { ratingFigures } from './rating-figures';
import type { DashboardPeriod, DashboardScope } from './scope';
import { volunteerFigures } from './volunteer-figures';

/** Everything one dashboard load shows, each part one or a few SQL aggregates, run together. */
export async function dashboardFigures(
	db: Database,
	scope: DashboardScope,
	period: DashboardPeriod,
	now: Date = new Date()
) {
	const [coaching, ratings, volunteers, dossiers] = await Promise.all([
		coachingFigures(db, scope, period),
		ratingFigures(db, scope, period),
		volunteerFigures(db, scope, period),
		dossierFigures(db, scope, period, now)
	]);
	return { scope, period, coaching, ratings, volunteers, dossiers };
}

export type DashboardFigures = Awaited<ReturnType<typeof dashboardFigures>>;
