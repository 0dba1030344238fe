import type { CoachingSnapshot } from '$lib/domain/coaching/coaching-snapshot';
import type { Answers } from '$lib/domain/procedures/answers';
import type { DocumentSlot, ProcedureDefinition } from '$lib/domain/procedures/procedure.schema';
import { applicantName } from '$lib/domain/procedures/applicant-name';
import { carryAnswers } from '$lib/domain/procedures/carry-answers';
import { maskedInitials } from '$lib/domain/text/initials';
import { cungLamDb, type Consent, type DraftRecord } from '../db';
import { makeKeyCheck, verifyKeyCheck } from '../vault/cipher';
import { deriveDraftKey, startDeriveWorker } from '../vault/derive-in-worker';
import { profileDeviceKey } from '../vault/profile-device-key';
import { newSalt } from '../vault/pin-key';
import { readDeviceSettings } from '../state/device-settings';
import { deviceCatalogue } from '../procedures/device-catalogue.svelte';
import { saveAnswersOffThread } from './autosave-client';
import {
	createDraft,
	deleteDraft,
	listDrafts as listStoredDrafts,
	moveDraftToVersion,
	openDraft,
	purgeStaleDrafts,
	type SessionKey
} from './draft-store';

/**
 * What a citizen session does with IndexedDB and WebCrypto, in one module that pages load only
 * when a session starts: Dexie and the vault stay off the home page's first load.
 */

/** The device's procedure catalogue, for the versions drafts name. */
export const procedureCatalogue = () => deviceCatalogue.ready();

/** The derivation worker started and this browser's device key read, before any PIN is final. */
export async function warmKeyDerivation(): Promise<void> {
	startDeriveWorker();
	await profileDeviceKey();
}

export async function sessionKeyFromPin(pin: string): Promise<SessionKey> {
	const salt = newSalt();
	const key = await deriveDraftKey(pin, salt, await profileDeviceKey());
	return { key, salt, keyCheck: await makeKeyCheck(key) };
}

export async function newDraft(
	definition: ProcedureDefinition,
	session: SessionKey,
	consent: Consent,
	answers: Answers = {},
	procedureVersion?: number
): Promise<DraftRecord> {
	return createDraft(cungLamDb(), { definition, session, consent, answers, procedureVersion });
}

/**
 * Moves a draft to the version in effect, carrying each answer whose step and field still exist
 * with the same kind. With the old version unknown on this device, a field is kept when the new
 * version has one of that step and id; the wizard checks every value again anyway.
 */
export async function moveDraft(
	draftId: string,
	key: CryptoKey,
	from: ProcedureDefinition | undefined,
	to: ProcedureDefinition,
	answers: Answers,
	coaching?: CoachingSnapshot
): Promise<Answers> {
	const carried = carryAnswers(from ?? to, to, answers).answers;
	await moveDraftToVersion(cungLamDb(), draftId, key, to, carried, coaching);
	return carried;
}

/** Whether a PIN typed again is this session's PIN (before issuing a resume code with it). */
export async function pinMatches(session: SessionKey, pin: string): Promise<boolean> {
	const key = await deriveDraftKey(pin, session.salt, await profileDeviceKey());
	return verifyKeyCheck(key, session.keyCheck);
}

export async function unlockDraft(draftId: string, pin: string) {
	const device = await profileDeviceKey();
	return openDraft(cungLamDb(), draftId, (salt) => deriveDraftKey(pin, salt, device));
}

/** One autosave; resolves with the commit time (epoch ms). */
export function saveAnswers(
	draftId: string,
	key: CryptoKey,
	answers: Answers,
	coaching?: CoachingSnapshot
): Promise<number> {
	const initials = maskedInitials(applicantName(answers));
	return saveAnswersOffThread(draftId, key, answers, initials, coaching);
}

export function removeDraft(draftId: string): Promise<void> {
	return deleteDraft(cungLamDb(), draftId);
}

export function purgeStale(): Promise<number> {
	return purgeStaleDrafts(cungLamDb(), readDeviceSettings().draftRetentionDays);
}

export function listDrafts() {
	return listStoredDrafts(cungLamDb());
}

export async function restoreAttachments(
	draftId: string,
	key: CryptoKey,
	items: { id: string; type: string; bytes: ArrayBuffer }[]
): Promise<void> {
	const { restoreAttachmentsFromBundle } = await import('../attachments/attachment-store');
	const { makeThumbnail } = await import('../attachments/prepare-attachment');
	// The bundle carries no previews: draw them again here.
	await restoreAttachmentsFromBundle(cungLamDb(), key, draftId, items, {
		thumbnail: makeThumbnail
	});
}

export async function addAttachment(
	draftId: string,
	key: CryptoKey,
	file: File,
	slot: DocumentSlot
) {
	const { prepareAttachment } = await import('../attachments/prepare-attachment');
	const { storeAttachment } = await import('../attachments/attachment-store');
	const prepared = await prepareAttachment(file, slot);
	if (!prepared.ok) return prepared;
	return { ok: true as const, ref: await storeAttachment(cungLamDb(), key, draftId, prepared) };
}

export async function attachmentThumbnail(key: CryptoKey, id: string): Promise<Blob | null> {
	const { loadThumbnail } = await import('../attachments/attachment-store');
	return loadThumbnail(cungLamDb(), key, id);
}

export async function deleteAttachment(id: string): Promise<void> {
	const { removeAttachment } = await import('../attachments/attachment-store');
	await removeAttachment(cungLamDb(), id);
}
