import { and, gte, lt, sql } from 'drizzle-orm';
import type { Database } from '../db/client';
import { dossierContactConsents, dossiers, notifications } from '../db/schema';
import { dossierScope } from './dossier-figures';
import { periodBounds, type DashboardPeriod, type DashboardScope } from './scope';

export type NotificationFigures = {
	/** Messages that left in the period. */
	sent: number;
	/** Messages given up on after the last retry (dead), created in the period. */
	failed: number;
	/** Consents citizens withdrew at the look-up in the period. */
	withdrawn: number;
};

/** Issue 20: what the citizens were told, what never reached them, and who said "no more". */
export async function notificationFigures(
	db: Database,
	scope: DashboardScope,
	period: DashboardPeriod
): Promise<NotificationFigures> {
	const { start, end } = periodBounds(period);
	const inScope = dossierScope(scope);
	const sentIn = and(gte(notifications.sentAt, start), lt(notifications.sentAt, end));
	const createdIn = and(gte(notifications.createdAt, start), lt(notifications.createdAt, end));
	const [[messages], [consents]] = await Promise.all([
		db
			.select({
				sent: sql<number>`count(*) filter (where ${notifications.state} = 'sent' and ${sentIn})::int`,
				failed: sql<number>`count(*) filter (where ${notifications.state} = 'dead' and ${createdIn})::int`
			})
			.from(notifications)
			.innerJoin(dossiers, sql`${dossiers.id} = ${notifications.dossierId}`)
			.where(and(inScope, sql`(${sentIn}) or (${createdIn})`)),
		db
			.select({ withdrawn: sql<number>`count(*)::int` })
			.from(dossierContactConsents)
			.innerJoin(dossiers, sql`${dossiers.id} = ${dossierContactConsents.dossierId}`)
			.where(
				and(
					inScope,
					gte(dossierContactConsents.withdrawnAt, start),
					lt(dossierContactConsents.withdrawnAt, end)
				)
			)
	]);
	return {
		sent: messages?.sent ?? 0,
		failed: messages?.failed ?? 0,
		withdrawn: consents?.withdrawn ?? 0
	};
}
