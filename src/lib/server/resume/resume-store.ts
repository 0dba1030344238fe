import { eq, sql } from 'drizzle-orm';
import { AppError } from '$lib/errors/app-error';
import { decodeBase64 } from '../base64';
import type { Database } from '../db/client';
import { resumeDrafts } from '../db/schema';
import { chargeUpload } from '../upload-limit';
import {
	openBundle,
	purgeExpired,
	sameHash,
	sha256Hex,
	type ResumeCredentials
} from './open-bundle';
import type { ResumeSettings } from './resume-settings';

/**
 * "Tiếp tục tại nhà" (issue 4, item 6): the server stores and hands back opaque bytes, sealed in
 * the browser; it keeps only a hash of the auth token. Nothing here logs its inputs: the lookup
 * id and token are secrets of the citizen.
 */

/** Uploads (or replaces, with the same token) the encrypted bundle (standard base64) for home. */
export async function storeBundle(
	db: Database,
	settings: ResumeSettings,
	input: ResumeCredentials & { ciphertext: string },
	clientAddress: string
): Promise<{ expiresAt: Date }> {
	const ciphertext = decodeBase64(input.ciphertext, settings.maxBundleBytes);
	await chargeUpload(db, clientAddress, ciphertext.byteLength);
	const now = new Date();
	await purgeExpired(db, settings, now);
	const authHash = sha256Hex(input.authToken);
	const [existing] = await db
		.select({ authHash: resumeDrafts.authHash })
		.from(resumeDrafts)
		.where(eq(resumeDrafts.lookupId, input.lookupId))
		.limit(1);
	if (existing && !sameHash(existing.authHash, authHash)) throw new AppError('conflict');
	const expiresAt = new Date(now.getTime() + settings.keepForMs);
	const size = ciphertext.byteLength;
	// The guard in `setWhere` covers a bundle stored by someone else between the two queries.
	const stored = await db
		.insert(resumeDrafts)
		.values({
			lookupId: input.lookupId,
			authHash,
			ciphertext,
			sizeBytes: size,
			createdAt: now,
			expiresAt
		})
		.onConflictDoUpdate({
			target: resumeDrafts.lookupId,
			set: { ciphertext, sizeBytes: size, expiresAt },
			setWhere: eq(resumeDrafts.authHash, authHash)
		})
		.returning({ expiresAt: resumeDrafts.expiresAt });
	if (stored.length === 0) throw new AppError('conflict');
	return { expiresAt };
}

/** The ciphertext (standard base64) for the browser at home to decrypt. */
export async function fetchBundle(
	db: Database,
	settings: ResumeSettings,
	input: ResumeCredentials,
	clientAddress: string
): Promise<{ ciphertext: string; expiresAt: Date }> {
	const { expiresAt } = await openBundle(db, settings, input, clientAddress);
	// Read as hex text: PGlite parses bytea one byte at a time, seconds for 20 MB.
	const [draft] = await db
		.select({ hex: sql<string>`encode(${resumeDrafts.ciphertext}, 'hex')` })
		.from(resumeDrafts)
		.where(eq(resumeDrafts.lookupId, input.lookupId))
		.limit(1);
	// Removed between the two queries (finished in another tab): nothing to hand back.
	if (!draft) throw new AppError('resume_wrong');
	return { ciphertext: Buffer.from(draft.hex, 'hex').toString('base64'), expiresAt };
}

/** The citizen finished at home: the server copy goes. */
export async function removeBundle(
	db: Database,
	settings: ResumeSettings,
	input: ResumeCredentials,
	clientAddress: string
): Promise<{ removed: true }> {
	await openBundle(db, settings, input, clientAddress);
	await db.delete(resumeDrafts).where(eq(resumeDrafts.lookupId, input.lookupId));
	return { removed: true };
}
