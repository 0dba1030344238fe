import { and, count, eq, gte, sql } from 'drizzle-orm';
import type { Database } from '../db/client';
import { accessPoints, dossiers } from '../db/schema';

/** How far back "most used" looks: a year, so a season's procedures keep their place. */
export const USAGE_WINDOW_DAYS = 365;

export type ProcedureUsage = {
	/** The access point counted, or null when none could be told (then no counts). */
	accessPointId: string | null;
	/** Dossiers per procedure id received from this access point in the window. */
	counts: Record<string, number>;
};

/**
 * Which access point a device stands at: the signed-in staff member's; else the one the device
 * remembers from its last staff login, when it exists; else the installation's only one.
 */
async function accessPointFor(
	db: Database,
	user: { accessPointId: string | null } | null,
	remembered: string | undefined
): Promise<string | null> {
	if (user?.accessPointId) return user.accessPointId;
	if (remembered) {
		const [known] = await db
			.select({ id: accessPoints.id })
			.from(accessPoints)
			.where(eq(accessPoints.id, remembered))
			.limit(1);
		if (known) return known.id;
	}
	const points = await db.select({ id: accessPoints.id }).from(accessPoints).limit(2);
	return points.length === 1 ? (points[0]?.id ?? null) : null;
}

/**
 * The catalogue's "most used here" (issue 17): dossiers this access point sent in the last year,
 * per procedure. Aggregate counts only, never a dossier. The daily rollups count the whole
 * installation, not an access point, so this reads `dossiers` through its (access point,
 * received) index: one access point's year is a few thousand index entries.
 */
export async function procedureUsage(
	db: Database,
	who: { user: { accessPointId: string | null } | null; remembered?: string },
	now: Date = new Date()
): Promise<ProcedureUsage> {
	const accessPointId = await accessPointFor(db, who.user, who.remembered);
	if (!accessPointId) return { accessPointId: null, counts: {} };
	const since = new Date(now.getTime() - USAGE_WINDOW_DAYS * 86_400_000);
	const rows = await db
		.select({ procedureId: dossiers.procedureId, dossiers: count() })
		.from(dossiers)
		.where(and(eq(dossiers.accessPointId, accessPointId), gte(dossiers.receivedAt, since)))
		.groupBy(dossiers.procedureId)
		.orderBy(sql`2 desc`, dossiers.procedureId);
	return {
		accessPointId,
		counts: Object.fromEntries(rows.map((row) => [row.procedureId, Number(row.dossiers)]))
	};
}
