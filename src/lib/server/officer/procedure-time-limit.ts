import type { TimeLimit } from '$lib/domain/procedures/procedure.schema';
import type { Database } from '../db/client';
import { publishedVersion } from '../procedures/procedure-store';

/**
 * The time limit of the procedure version a dossier was filed under (replaced or retired since,
 * perhaps): the one read of the definition for the verification extension.
 */
export async function procedureTimeLimit(
	db: Database,
	procedureId: string,
	version: number
): Promise<TimeLimit | undefined> {
	return (await publishedVersion(db, procedureId, version))?.timeLimit;
}
