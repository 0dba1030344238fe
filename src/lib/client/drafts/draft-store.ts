import {
	readCoachingSnapshot,
	type CoachingSnapshot
} from '$lib/domain/coaching/coaching-snapshot';
import type { Answers } from '$lib/domain/procedures/answers';
import type { ProcedureDefinition } from '$lib/domain/procedures/procedure.schema';
import type { Consent, CungLamDb, DraftRecord } from '../db';
import { openJson, sealJson, verifyKeyCheck, type Sealed } from '../vault/cipher';
import { DraftError } from './draft-error';

export type DraftSummary = Pick<
	DraftRecord,
	'id' | 'procedureId' | 'procedureSlug' | 'initials' | 'createdAt' | 'updatedAt' | 'lockedUntil'
>;

export type SessionKey = { key: CryptoKey; salt: Uint8Array; keyCheck: Sealed };

/**
 * What a draft's ciphertext holds: the answers and, in a coached session, who did what so far
 * (issue 7: attribution is stored with the draft, encrypted like the answers).
 */
export type DraftContent = { answers: Answers; coaching?: CoachingSnapshot };

/** Wrong PINs before the wait starts, and the first wait; each further miss doubles it. */
export const freeUnlockTries = 5;
const firstWaitMs = 30_000;
const maxWaitMs = 60 * 60_000;

/** Binds a draft's ciphertext to its id, so records cannot be swapped. */
export const draftAad = (id: string) => `draft:${id}`;

export async function createDraft(
	db: CungLamDb,
	input: {
		definition: ProcedureDefinition;
		session: SessionKey;
		consent: Consent;
		answers: Answers;
		/** The version the answers were begun on, when it is not `definition`'s (from home). */
		procedureVersion?: number;
		now?: Date;
	}
): Promise<DraftRecord> {
	const id = crypto.randomUUID();
	const now = (input.now ?? new Date()).toISOString();
	const record: DraftRecord = {
		id,
		procedureId: input.definition.id,
		procedureVersion: input.procedureVersion ?? input.definition.version,
		procedureSlug: input.definition.slug,
		initials: '',
		createdAt: now,
		updatedAt: now,
		salt: input.session.salt,
		keyCheck: input.session.keyCheck,
		sealed: await sealJson(input.session.key, { answers: input.answers }, draftAad(id)),
		consent: input.consent,
		failedUnlocks: 0
	};
	await db.drafts.add(record);
	return record;
}

/** The plaintext that gets sealed: no `coaching` key at all outside a coached session. */
export const draftContent = (answers: Answers, coaching?: CoachingSnapshot): DraftContent =>
	coaching ? { answers, coaching } : { answers };

/** One autosave: the answers sealed with a fresh IV, committed with strict durability. */
export async function saveDraftAnswers(
	db: CungLamDb,
	draftId: string,
	key: CryptoKey,
	answers: Answers,
	initials: string,
	now = new Date(),
	coaching?: CoachingSnapshot
): Promise<void> {
	const sealed = await sealJson(key, draftContent(answers, coaching), draftAad(draftId));
	const updated = await db.drafts.update(draftId, {
		sealed,
		initials,
		updatedAt: now.toISOString()
	});
	if (updated === 0) throw new DraftError('not_found');
}

/**
 * A draft whose version's grace is over moves to the version in effect: it names that version
 * from now on, with the answers carried over (issue 16).
 */
export async function moveDraftToVersion(
	db: CungLamDb,
	draftId: string,
	key: CryptoKey,
	definition: ProcedureDefinition,
	answers: Answers,
	coaching?: CoachingSnapshot,
	now = new Date()
): Promise<void> {
	const sealed = await sealJson(key, draftContent(answers, coaching), draftAad(draftId));
	const updated = await db.drafts.update(draftId, {
		procedureVersion: definition.version,
		procedureSlug: definition.slug,
		sealed,
		updatedAt: now.toISOString()
	});
	if (updated === 0) throw new DraftError('not_found');
}

export { DraftError, type DraftErrorCode } from './draft-error';

/**
 * Opens a draft with the key derived from the PIN the citizen typed. Wrong PINs are counted on
 * the record, so a reload does not reset them: after five, each try waits longer.
 */
export async function openDraft(
	db: CungLamDb,
	draftId: string,
	deriveKey: (salt: Uint8Array) => Promise<CryptoKey>,
	now = new Date()
): Promise<{
	record: DraftRecord;
	key: CryptoKey;
	answers: Answers;
	coaching?: CoachingSnapshot;
}> {
	const record = await db.drafts.get(draftId);
	if (!record) throw new DraftError('not_found');
	if (record.lockedUntil && new Date(record.lockedUntil) > now) {
		throw new DraftError('locked', record.lockedUntil);
	}
	const key = await deriveKey(record.salt);
	if (!(await verifyKeyCheck(key, record.keyCheck))) {
		const failedUnlocks = record.failedUnlocks + 1;
		const over = failedUnlocks - freeUnlockTries;
		const lockedUntil =
			over >= 0
				? new Date(now.getTime() + Math.min(maxWaitMs, firstWaitMs * 2 ** over)).toISOString()
				: undefined;
		await db.drafts.update(draftId, { failedUnlocks, lockedUntil });
		throw lockedUntil ? new DraftError('locked', lockedUntil) : new DraftError('pin_wrong');
	}
	let content: DraftContent;
	try {
		content = await openJson<DraftContent>(key, record.sealed, draftAad(draftId));
	} catch {
		// The key is right (key check passed), so the record itself is damaged.
		throw new DraftError('corrupt');
	}
	if (record.failedUnlocks > 0 || record.lockedUntil) {
		await db.drafts.update(draftId, { failedUnlocks: 0, lockedUntil: undefined });
	}
	const coaching = readCoachingSnapshot(content.coaching);
	return { record, key, answers: content.answers, ...(coaching && { coaching }) };
}

export async function listDrafts(db: CungLamDb): Promise<DraftSummary[]> {
	const rows = await db.drafts.orderBy('updatedAt').reverse().toArray();
	return rows.map(
		({ id, procedureId, procedureSlug, initials, createdAt, updatedAt, lockedUntil }) => ({
			id,
			procedureId,
			procedureSlug,
			initials,
			createdAt,
			updatedAt,
			lockedUntil
		})
	);
}

export async function deleteDraft(db: CungLamDb, draftId: string): Promise<void> {
	await db.transaction('rw', db.drafts, db.attachments, async () => {
		await db.attachments.where('draftId').equals(draftId).delete();
		await db.drafts.delete(draftId);
	});
}

/** Deletes drafts untouched for `maxAgeDays` (a setting, 30 by default) with their files. */
export async function purgeStaleDrafts(
	db: CungLamDb,
	maxAgeDays = 30,
	now = new Date()
): Promise<number> {
	const cutoff = new Date(now.getTime() - maxAgeDays * 86_400_000).toISOString();
	const stale = await db.drafts.where('updatedAt').below(cutoff).primaryKeys();
	for (const id of stale) await deleteDraft(db, id);
	return stale.length;
}
