import { and, eq, type SQL } from 'drizzle-orm';
import { AppError } from '$lib/errors/app-error';
import type { SessionUser } from '../auth/session';
import type { Database } from '../db/client';
import { accessPoints, dossiers } from '../db/schema';

/** Which dossiers a staff member may see: one ward's, or (administrator) every ward's. */
export type WardScope = { kind: 'all' } | { kind: 'ward'; wardCode: string };

/**
 * An officer works for the ward of their access point (its commune code). An officer without
 * an access point sees nothing rather than everything: refused as `forbidden`.
 */
export async function wardScopeOf(db: Database, user: SessionUser): Promise<WardScope> {
	if (user.role === 'admin') return { kind: 'all' };
	if (!user.accessPointId) throw new AppError('forbidden');
	const [point] = await db
		.select({ communeCode: accessPoints.communeCode })
		.from(accessPoints)
		.where(eq(accessPoints.id, user.accessPointId))
		.limit(1);
	if (!point) throw new AppError('forbidden');
	return { kind: 'ward', wardCode: point.communeCode };
}

/** The condition that keeps a query inside the scope, combined with `extra`. */
export function inScope(scope: WardScope, ...extra: (SQL | undefined)[]): SQL | undefined {
	return and(scope.kind === 'ward' ? eq(dossiers.wardCode, scope.wardCode) : undefined, ...extra);
}
