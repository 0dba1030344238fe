import type { ProcedureDefinition } from '$lib/domain/procedures/procedure.schema';
import type { Database } from '../db/client';
import { catalogueFeed } from './procedure-store';

/**
 * `procedures.catalogue`: the versions a device keeps for offline use, or only the revision when
 * the device already has it (a sync pass on an unchanged catalogue downloads nothing).
 */
export async function catalogueForDevice(
	db: Database,
	knownRevision: string | undefined
): Promise<{ revision: string; versions?: ProcedureDefinition[] }> {
	const feed = await catalogueFeed(db);
	if (knownRevision === feed.revision) return { revision: feed.revision };
	return feed;
}
