import { getProcedure } from '$lib/domain/procedures/registry';
import type { TimeLimit } from '$lib/domain/procedures/procedure.schema';
import type { Database } from '../db/client';

/**
 * The time limit of the procedure version a dossier was filed under: the one read of the
 * definition for the verification extension. It reads the bundled catalogue today; when the
 * procedures move to the server's store (issue 16) this is the one place to repoint, hence the
 * database parameter.
 */
export async function procedureTimeLimit(
	_db: Database,
	procedureId: string,
	version: number
): Promise<TimeLimit | undefined> {
	return Promise.resolve(getProcedure(procedureId, version)?.timeLimit);
}
