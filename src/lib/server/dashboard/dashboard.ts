import type { SessionUser } from '../auth/session';
import type { Database } from '../db/client';
import { coachingFigures } from './coaching-figures';
import { resolveScope, type ScopeRequest } from './dashboard-access';
import { dossierFigures } from './dossier-figures';
import { notificationFigures } from './notification-figures';
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
	const [coaching, ratings, volunteers, dossiers, notifications] = await Promise.all([
		coachingFigures(db, scope, period),
		ratingFigures(db, scope, period),
		volunteerFigures(db, scope, period),
		dossierFigures(db, scope, period, now),
		notificationFigures(db, scope, period)
	]);
	return { scope, period, coaching, ratings, volunteers, dossiers, notifications };
}

/** `dashboard.figures`: the caller's scope checked (resolveScope), then its figures. */
export async function dashboardFiguresFor(
	db: Database,
	user: SessionUser,
	request: ScopeRequest,
	period: DashboardPeriod
) {
	const scope = await resolveScope(db, user, request);
	return dashboardFigures(db, scope, period);
}

export type DashboardFigures = Awaited<ReturnType<typeof dashboardFigures>>;
