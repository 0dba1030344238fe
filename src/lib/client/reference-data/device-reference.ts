/**
 * The device's copy of the administrator's reference data (office, the office's province's fee
 * figures, mobile prefixes), kept in IndexedDB `settings` so that the wizard, fee texts and
 * receipts work offline. Like the catalogue, the server answers with a revision and the body only
 * when the device does not hold that revision yet.
 */
import type { CungLamDb } from '../db';
import type { ReferenceAnswer, ReferenceData } from './reference-data.service';

export const referenceRevisionKey = 'reference.revision';
export const referenceDataKey = 'reference.data';
/** Where receipts read the office (client/sync/submission-ops.ts), kept in step with the snapshot. */
export const officeSettingKey = 'server.office';

export type ReferenceSource = (knownRevision?: string) => Promise<ReferenceAnswer>;

export async function readReferenceRevision(db: CungLamDb): Promise<string | undefined> {
	const value = (await db.settings.get(referenceRevisionKey))?.value;
	return typeof value === 'string' ? value : undefined;
}

export async function readReferenceData(db: CungLamDb): Promise<ReferenceData | undefined> {
	return (await db.settings.get(referenceDataKey))?.value as ReferenceData | undefined;
}

/** Asks the server whether the reference data changed and stores it if so; throws when unreachable. */
export async function refreshReferenceData(
	db: CungLamDb,
	source: ReferenceSource
): Promise<boolean> {
	const known = await readReferenceRevision(db);
	const answer = await source(known);
	if (answer.revision === known || !answer.data) return false;
	const data = answer.data;
	await db.transaction('rw', db.settings, async () => {
		await db.settings.bulkPut([
			{ key: referenceDataKey, value: data },
			{ key: officeSettingKey, value: data.office },
			{ key: referenceRevisionKey, value: answer.revision }
		]);
	});
	return true;
}
