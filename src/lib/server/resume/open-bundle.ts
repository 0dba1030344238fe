import { createHash, timingSafeEqual } from 'node:crypto';
import { eq, lte, sql } from 'drizzle-orm';
import { AppError } from '$lib/errors/app-error';
import type { Database } from '../db/client';
import { resumeDrafts } from '../db/schema';
import { addressKey, pruneRateLimitEvents, startAttempt } from '../rate-limit';
import type { ResumeSettings } from './resume-settings';

/** What the browser derives from the resume code (lookup id) and from code + PIN (token). */
export type ResumeCredentials = { lookupId: string; authToken: string };

export const sha256Hex = (value: string) => createHash('sha256').update(value).digest('hex');

export function sameHash(a: string, b: string): boolean {
	const left = Buffer.from(a, 'hex');
	const right = Buffer.from(b, 'hex');
	return left.length === right.length && timingSafeEqual(left, right);
}

/**
 * Checks the limits, then the bundle, for `fetch` and `remove`. The attempt is recorded for the
 * code and the address before counting (see startAttempt). A success or a refusal takes its
 * records back; a wrong or unknown code keeps them, and they are the failures counted next time.
 */
export async function openBundle(
	db: Database,
	settings: ResumeSettings,
	input: ResumeCredentials,
	clientAddress: string
): Promise<{ expiresAt: Date }> {
	const now = new Date();
	const addrKey = `resume:addr:${addressKey(clientAddress)}`;
	const codeKey = `resume:code:${input.lookupId}`;
	const attempt = await startAttempt(db, [addrKey, codeKey], settings.failureWindowMs, now);
	// Counts include this attempt, so "more than the limit" means the limit was already reached.
	if (attempt.failuresOf(addrKey) > settings.maxFailures) {
		await attempt.takeBack();
		throw new AppError('rate_limited');
	}
	if (attempt.failuresOf(codeKey) > settings.maxFailures) {
		await attempt.takeBack();
		throw new AppError('resume_locked');
	}

	const [draft] = await db
		.select({
			authHash: resumeDrafts.authHash,
			expiresAt: resumeDrafts.expiresAt,
			failedAttempts: resumeDrafts.failedAttempts
		})
		.from(resumeDrafts)
		.where(eq(resumeDrafts.lookupId, input.lookupId))
		.limit(1);
	if (draft && draft.expiresAt <= now) {
		await db.delete(resumeDrafts).where(eq(resumeDrafts.lookupId, input.lookupId));
		await attempt.takeBack();
		throw new AppError('resume_expired');
	}
	if (!draft || !sameHash(draft.authHash, sha256Hex(input.authToken))) {
		await attempt.keep();
		if (draft && draft.failedAttempts + 1 >= settings.maxLifetimeFailures) {
			await db.delete(resumeDrafts).where(eq(resumeDrafts.lookupId, input.lookupId));
		} else if (draft) {
			const lockNow = attempt.failuresOf(codeKey) >= settings.maxFailures;
			await db
				.update(resumeDrafts)
				.set({
					failedAttempts: sql`${resumeDrafts.failedAttempts} + 1`,
					...(lockNow ? { lockedUntil: new Date(now.getTime() + settings.failureWindowMs) } : {})
				})
				.where(eq(resumeDrafts.lookupId, input.lookupId));
		}
		throw new AppError('resume_wrong');
	}
	await attempt.takeBack();
	return { expiresAt: draft.expiresAt };
}

/** Expired bundles and stale failure records go whenever someone stores; no cron job needed. */
export async function purgeExpired(
	db: Database,
	settings: ResumeSettings,
	now: Date
): Promise<void> {
	await db.delete(resumeDrafts).where(lte(resumeDrafts.expiresAt, now));
	await pruneRateLimitEvents(db, 'resume:', new Date(now.getTime() - settings.failureWindowMs));
}
