import { eq } from 'drizzle-orm';
import { AppError } from '$lib/errors/app-error';
import type { Database } from '../db/client';
import { dossiers } from '../db/schema';
import { inScope, type WardScope } from './scope';

export type DossierRow = typeof dossiers.$inferSelect;

/**
 * The dossier with this code inside the officer's ward. Another ward's dossier is `not_found`,
 * exactly like a code that does not exist: the answer never tells it exists. `lock` takes the
 * row lock for a change, so two officers acting at once queue up and the second sees the first.
 */
export async function findDossier(
	db: Database,
	scope: WardScope,
	code: string,
	lock = false
): Promise<DossierRow> {
	const query = db
		.select()
		.from(dossiers)
		.where(inScope(scope, eq(dossiers.code, code)))
		.limit(1);
	const [row] = lock ? await query.for('update') : await query;
	if (!row) throw new AppError('not_found');
	return row;
}
