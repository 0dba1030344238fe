import type { Answers } from '$lib/domain/procedures/answers';
import { generateResumeCode } from '$lib/domain/resume/resume-code';
import type { AttachmentRef } from '$lib/domain/procedures/answers';
import { cungLamDb } from '../db';
import {
	copyAttachmentsForBundle,
	restoreAttachmentsFromBundle
} from '../attachments/attachment-store';
import { fromBase64, openBundle, sealBundle, toBase64 } from '../vault/bundle';
import { deriveResumeSecrets } from '../vault/resume-secrets';

/** What travels inside the sealed bundle besides the files. */
export type BundledDraft = {
	procedureId: string;
	procedureVersion: number;
	procedureSlug: string;
	answers: Answers;
};

function attachmentRefs(answers: Answers): AttachmentRef[] {
	return Object.values(answers).flatMap((step) =>
		Object.values(step).flatMap((value) =>
			Array.isArray(value)
				? (value as AttachmentRef[]).filter((v) => typeof v?.attachmentId === 'string')
				: []
		)
	);
}

/**
 * "Tiếp tục tại nhà": seals the draft and its files under a key from a new resume code and the
 * PIN, and uploads only that ciphertext. Returns the code to print on the slip.
 */
export async function uploadForHome(
	draft: BundledDraft,
	deviceDraftKey: CryptoKey,
	pin: string
): Promise<{ code: string; expiresAt: Date }> {
	const code = generateResumeCode();
	const secrets = await deriveResumeSecrets(code, pin);
	const attachments = await copyAttachmentsForBundle(
		cungLamDb(),
		deviceDraftKey,
		attachmentRefs(draft.answers)
	);
	const bundle = await sealBundle(secrets.key, { draft, attachments });
	const { api } = await import('../trpc');
	const { expiresAt } = await api.resume.store.mutate({
		lookupId: secrets.lookupId,
		authToken: secrets.authToken,
		ciphertext: toBase64(bundle)
	});
	return { code, expiresAt: new Date(expiresAt) };
}

/** At home: fetches the bundle for code + PIN and opens it in this browser. */
export async function fetchFromHome(code: string, pin: string) {
	const secrets = await deriveResumeSecrets(code, pin);
	const { api } = await import('../trpc');
	const { ciphertext } = await api.resume.fetch.mutate({
		lookupId: secrets.lookupId,
		authToken: secrets.authToken
	});
	const { draft, attachments } = await openBundle(secrets.key, fromBase64(ciphertext));
	return { draft: draft as BundledDraft, attachments };
}

export { restoreAttachmentsFromBundle };
