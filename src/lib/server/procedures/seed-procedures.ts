import { sql } from 'drizzle-orm';
import { queryRows, type Database } from '../db/client';
import { publishDocuments, type PublishOutcome } from './procedure-publishing';

/**
 * Shipped documents say no effective day of their own: they apply from the day communes took
 * over these procedures under the two-level local government (1 July 2025), which puts them in
 * effect for every date the app and its tests use.
 */
export const SHIPPED_EFFECTIVE_FROM = '2025-07-01';

/**
 * On first start, as the demo accounts are seeded: the shipped procedures are published when
 * the store is empty. Once anything is stored, the store is the administrator's.
 */
export async function seedProcedures(
	db: Database,
	documents: readonly unknown[]
): Promise<PublishOutcome | undefined> {
	const [row] = await queryRows<{ n: number }>(
		db,
		sql`select count(*)::int as n from procedure_versions`
	);
	if ((row?.n ?? 0) > 0) return undefined;
	const outcome = await publishDocuments(db, documents, {
		by: null,
		effectiveFrom: SHIPPED_EFFECTIVE_FROM,
		source: 'seed'
	});
	if (!outcome.ok) {
		const first = outcome.problems[0];
		throw new Error(
			`shipped procedure documents do not validate: #${first?.index} ${first?.path} ${first?.message.en}`
		);
	}
	return outcome;
}
