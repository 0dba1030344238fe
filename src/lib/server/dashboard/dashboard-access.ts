import { eq } from 'drizzle-orm';
import { AppError } from '$lib/errors/app-error';
import type { SessionUser } from '../auth/session';
import type { Database } from '../db/client';
import { accessPoints } from '../db/schema';
import type { DashboardScope } from './scope';

export type ScopeRequest =
	| { kind: 'point'; accessPointId?: string }
	| { kind: 'ward'; communeCode?: string }
	| { kind: 'all' };

async function pointOf(db: Database, id: string) {
	const [point] = await db
		.select({ id: accessPoints.id, communeCode: accessPoints.communeCode })
		.from(accessPoints)
		.where(eq(accessPoints.id, id))
		.limit(1);
	return point;
}

/**
 * Which figures a caller may see (issue 9, roles): a manager their access point; an officer
 * their ward (the commune of their access point) or one point in it; an administrator any scope.
 * A request beyond that is refused, never narrowed silently.
 */
export async function resolveScope(
	db: Database,
	user: SessionUser,
	request: ScopeRequest
): Promise<DashboardScope> {
	if (user.role === 'admin') {
		if (request.kind === 'all') return request;
		if (request.kind === 'ward' && request.communeCode)
			return { kind: 'ward', communeCode: request.communeCode };
		if (
			request.kind === 'point' &&
			request.accessPointId &&
			(await pointOf(db, request.accessPointId))
		)
			return { kind: 'point', accessPointId: request.accessPointId };
		throw new AppError('invalid_input');
	}
	const own = user.accessPointId ? await pointOf(db, user.accessPointId) : undefined;
	if (!own) throw new AppError('forbidden');
	if (user.role === 'manager') {
		if (request.kind === 'point' && (request.accessPointId ?? own.id) === own.id)
			return { kind: 'point', accessPointId: own.id };
		throw new AppError('forbidden');
	}
	if (user.role === 'officer') {
		if (request.kind === 'ward' && (request.communeCode ?? own.communeCode) === own.communeCode)
			return { kind: 'ward', communeCode: own.communeCode };
		if (request.kind === 'point') {
			const point = await pointOf(db, request.accessPointId ?? own.id);
			if (point && point.communeCode === own.communeCode)
				return { kind: 'point', accessPointId: point.id };
		}
		throw new AppError('forbidden');
	}
	throw new AppError('forbidden');
}

/** The scopes a caller may choose from, for the dashboard's picker. */
export async function availableScopes(db: Database, user: SessionUser) {
	const rows = await db
		.select({ id: accessPoints.id, name: accessPoints.name, communeCode: accessPoints.communeCode })
		.from(accessPoints)
		.orderBy(accessPoints.name);
	const own = rows.find((p) => p.id === user.accessPointId);
	if (user.role === 'admin') {
		return { points: rows, wards: [...new Set(rows.map((p) => p.communeCode))].sort(), all: true };
	}
	if (user.role === 'officer' && own) {
		return {
			points: rows.filter((p) => p.communeCode === own.communeCode),
			wards: [own.communeCode],
			all: false
		};
	}
	return { points: own ? [own] : [], wards: [], all: false };
}
