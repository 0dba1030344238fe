import { and, eq, gt, lte, sql } from 'drizzle-orm';
import { AppError } from '$lib/errors/app-error';
import type { Database } from './db/client';
import { rateLimitEvents } from './db/schema';
import { addressKey } from './rate-limit';

/**
 * Bytes one client address may upload (attachment chunks, resume bundles) within a window, so
 * that nobody fills the disk with files no dossier will ever name before the sweep removes them
 * (issue 14, item 4). Counted in `rate_limit_events` so that it holds across app servers.
 */
export type UploadLimitSettings = {
	maxBytes: number;
	windowMs: number;
	/** Each upload weighs at least this, so a flood of tiny chunks is bounded too. */
	minChargeBytes: number;
};

const MiB = 1024 * 1024;

/**
 * An access point behind one address sends a few dozen dossiers an hour, each with a few
 * compressed photos (≤ 5 MB each), plus the odd 20 MB resume bundle: far below this.
 */
export const defaultUploadLimit: UploadLimitSettings = {
	maxBytes: 512 * MiB,
	windowMs: 60 * 60 * 1000,
	minChargeBytes: 16 * 1024
};

export const uploadKeyPrefix = 'upload:addr:';

/**
 * Counts an upload of `bytes` against the client's address, THEN sums the window, so that
 * parallel uploads see each other (as startAttempt does). Over the limit, the charge is taken
 * back and the upload refused with `rate_limited`.
 */
export async function chargeUpload(
	db: Database,
	clientAddress: string,
	bytes: number,
	settings: UploadLimitSettings = defaultUploadLimit,
	now: Date = new Date()
): Promise<void> {
	const key = `${uploadKeyPrefix}${addressKey(clientAddress)}`;
	const since = new Date(now.getTime() - settings.windowMs);
	const [charged] = await db
		.insert(rateLimitEvents)
		.values({ key, at: now, amount: Math.max(bytes, settings.minChargeBytes) })
		.returning({ id: rateLimitEvents.id });
	const [window] = await db
		.select({ total: sql<string>`coalesce(sum(${rateLimitEvents.amount}), 0)` })
		.from(rateLimitEvents)
		.where(and(eq(rateLimitEvents.key, key), gt(rateLimitEvents.at, since)));
	if (Number(window?.total ?? 0) <= settings.maxBytes) return;
	await db.delete(rateLimitEvents).where(eq(rateLimitEvents.id, charged!.id));
	await db
		.delete(rateLimitEvents)
		.where(and(eq(rateLimitEvents.key, key), lte(rateLimitEvents.at, since)));
	throw new AppError('rate_limited');
}
