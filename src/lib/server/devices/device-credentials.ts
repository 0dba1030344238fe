import { createHash, randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { SessionUser } from '../auth/session';
import { coachingRoles } from '../coaching/coaching-records';
import type { Database } from '../db/client';
import { devices } from '../db/schema';
import type { PushSender } from '../sync/push';

/** 256 random bits, base64url: shown to the PC once at enrolment, never stored in clear. */
export function newDeviceCredential(): string {
	return randomBytes(32).toString('base64url');
}

/**
 * A credential as newDeviceCredential makes it: 43 base64url characters, said in the pattern
 * alone (the fuzzer's generator makes strings from it; a separate length would be a filter that
 * almost nothing it makes passes).
 */
export const deviceCredential = z.string().regex(/^[A-Za-z0-9_-]{43}$/);

/** What the server keeps of a credential: a fast hash is enough for 256 random bits. */
export function hashDeviceCredential(credential: string): string {
	return createHash('sha256').update(credential, 'utf8').digest('hex');
}

export type EnrolledDevice = typeof devices.$inferSelect;

/** The PC holding this credential, revoked or not; undefined for one no PC holds. */
export async function deviceByCredential(
	db: Database,
	credential: string
): Promise<EnrolledDevice | undefined> {
	const [row] = await db
		.select()
		.from(devices)
		.where(eq(devices.credentialHash, hashDeviceCredential(credential)))
		.limit(1);
	return row;
}

/**
 * Who sends a push: a staff member who coaches, by their session; a PC, by its credential. A
 * credential no PC holds counts as none (a PC enrolled on a server restored from an older backup
 * must be enrolled again).
 */
export async function pushSenderOf(
	db: Database,
	user: SessionUser | null,
	credential: string | undefined
): Promise<PushSender> {
	const staff = !!user && coachingRoles.includes(user.role);
	const device = credential ? await deviceByCredential(db, credential) : undefined;
	return {
		staff,
		device: device ? { accessPointId: device.accessPointId, revoked: !!device.revokedAt } : null
	};
}
