import { sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { addDays } from '$lib/domain/validation/dates';
import { accessPoints } from '../db/schema';

/** Whose figures: one access point, one ward (commune code), or the whole installation. */
export type DashboardScope =
	| { kind: 'point'; accessPointId: string }
	| { kind: 'ward'; communeCode: string }
	| { kind: 'all' };

export type Bucket = 'week' | 'month';

/** Vietnamese days, inclusive; buckets start on Monday (week) or the 1st (month). */
export type DashboardPeriod = { from: string; to: string; bucket: Bucket };

/** Midnight at the start of a Vietnamese day (UTC+7, no daylight saving). */
export const startOfVietnamDay = (isoDate: string): Date => new Date(`${isoDate}T00:00:00+07:00`);

/** [from 00:00, day after `to` 00:00) in Vietnam time, as instants. */
export function periodBounds(period: DashboardPeriod): { start: Date; end: Date } {
	return { start: startOfVietnamDay(period.from), end: startOfVietnamDay(addDays(period.to, 1)) };
}

/**
 * The Vietnamese day or bucket of an instant, computed in SQL. Vietnam has kept UTC+7 without
 * daylight saving since 1975, so a fixed offset is exact and needs no time-zone data (PGlite).
 */
export function bucketOf(column: AnyPgColumn, bucket: Bucket): SQL<string> {
	const local = sql`(timezone('UTC', ${column}) + interval '7 hours')`;
	return sql<string>`to_char(date_trunc(${sql.raw(`'${bucket}'`)}, ${local}), 'YYYY-MM-DD')`;
}

/** Rows of a table with an access-point column that fall in the scope. */
export function inScope(accessPointColumn: AnyPgColumn, scope: DashboardScope): SQL {
	switch (scope.kind) {
		case 'point':
			return sql`${accessPointColumn} = ${scope.accessPointId}`;
		case 'ward':
			return sql`${accessPointColumn} in (select ${accessPoints.id} from ${accessPoints} where ${accessPoints.communeCode} = ${scope.communeCode})`;
		case 'all':
			return sql`true`;
	}
}

/** a / b, 0 when nothing was counted (a share of nothing shows as 0 %, not as an error). */
export const share = (a: number, b: number): number => (b === 0 ? 0 : a / b);
