/**
 * The device's copy of the procedure catalogue (`procedures.catalogue`), kept in IndexedDB so
 * that catalogue search, the wizard and practice work offline. The server answers with its
 * revision and, only when the device does not hold that revision yet, every version it serves.
 */
import {
	createProcedureCatalogue,
	type CatalogueOptions,
	type ProcedureCatalogue
} from '$lib/domain/procedures/catalogue';
import type { ProcedureDefinition } from '$lib/domain/procedures/procedure.schema';
import type { CungLamDb } from '../db';
import type { CatalogueAnswer } from './procedures.service';

export type { CatalogueAnswer };
/** How a refresh reaches the server: the tRPC query in the app, a direct caller in tests. */
export type CatalogueSource = (knownRevision?: string) => Promise<CatalogueAnswer>;

/** The revision of the copy on this device, in `settings`. */
export const catalogueRevisionKey = 'procedures.revision';

export async function readCatalogueRevision(db: CungLamDb): Promise<string | undefined> {
	const value = (await db.settings.get(catalogueRevisionKey))?.value;
	return typeof value === 'string' ? value : undefined;
}

/** Every version stored on this device (empty before the first refresh). */
export function readDeviceVersions(db: CungLamDb): Promise<ProcedureDefinition[]> {
	return db.procedures.toArray();
}

/**
 * Replaces the device's copy with what the server serves. A version the server no longer
 * serves is kept while a draft on this PC was begun on it and the procedure is still offered:
 * the draft's answers are carried to the new version field by field, which needs both.
 * Returns whether the copy changed.
 */
export async function storeCatalogue(db: CungLamDb, answer: CatalogueAnswer): Promise<boolean> {
	const versions = answer.versions;
	if (!versions) return false;
	await db.transaction('rw', [db.procedures, db.settings, db.drafts], async () => {
		const offered = new Set(versions.map((v) => v.id));
		const served = new Set(versions.map((v) => `${v.id}@${v.version}`));
		const needed = new Set(
			(await db.drafts.toArray())
				.filter((d) => offered.has(d.procedureId))
				.map((d) => `${d.procedureId}@${d.procedureVersion}`)
		);
		const kept = (await db.procedures.toArray()).filter((stored) => {
			const key = `${stored.id}@${stored.version}`;
			return needed.has(key) && !served.has(key);
		});
		await db.procedures.clear();
		await db.procedures.bulkPut([...versions, ...kept]);
		await db.settings.put({ key: catalogueRevisionKey, value: answer.revision });
	});
	return true;
}

/** Asks the server whether the catalogue changed and stores it if so; throws when unreachable. */
export async function refreshCatalogue(db: CungLamDb, source: CatalogueSource): Promise<boolean> {
	const known = await readCatalogueRevision(db);
	const answer = await source(known);
	if (answer.revision === known) return false;
	return storeCatalogue(db, answer);
}

/** The catalogue over the device's copy; `undefined` when this device has none yet. */
export async function loadDeviceCatalogue(
	db: CungLamDb,
	options?: CatalogueOptions
): Promise<ProcedureCatalogue | undefined> {
	const versions = await readDeviceVersions(db);
	return versions.length > 0 ? createProcedureCatalogue(versions, options) : undefined;
}
