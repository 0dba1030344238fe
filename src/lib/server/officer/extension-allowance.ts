import { eq, sql } from 'drizzle-orm';
import { verificationAllowance } from '$lib/domain/dossier/verification-extension';
import type { Database } from '../db/client';
import { dossierExtensions } from '../db/schema';
import type { DossierRow } from './load';
import { procedureTimeLimit } from './procedure-time-limit';

/** Working days already added to a dossier by extensions. */
export async function extendedWorkingDays(db: Database, dossierId: string): Promise<number> {
	const [row] = await db
		.select({ days: sql<number>`coalesce(sum(${dossierExtensions.workingDays}), 0)::int` })
		.from(dossierExtensions)
		.where(eq(dossierExtensions.dossierId, dossierId));
	return row?.days ?? 0;
}

/** What the officer's page says of the allowance: null when the procedure allows none. */
export async function extensionAllowanceOf(
	db: Database,
	row: DossierRow
): Promise<{ allowedDays: number; usedDays: number } | null> {
	const allowedDays = verificationAllowance(
		await procedureTimeLimit(db, row.procedureId, row.procedureVersion)
	);
	if (allowedDays === 0) return null;
	return { allowedDays, usedDays: await extendedWorkingDays(db, row.id) };
}
