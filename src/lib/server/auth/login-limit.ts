import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Database } from '../db/client';
import { rateLimitEvents } from '../db/schema';
import { addressKey, pruneRateLimitEvents, startAttempt } from '../rate-limit';

/**
 * Failed logins are counted per (username, address) pair and per address, never per username
 * alone: a per-account limit would let anyone lock a volunteer out by guessing from elsewhere,
 * while the pair limit still stops guessing one account from one place, and the address limit
 * stops trying many accounts from one place.
 */
export type LoginLimitSettings = {
	maxFailuresPerPair: number;
	maxFailuresPerAddress: number;
	windowMs: number;
};

export const defaultLoginLimitSettings: LoginLimitSettings = {
	maxFailuresPerPair: 5,
	maxFailuresPerAddress: 20,
	windowMs: 15 * 60 * 1000
};

const keyPrefix = 'login:';

/** The username is hashed: people type their password into the username field by mistake. */
export function loginLimitKeys(username: string, address: string) {
	const addr = addressKey(address);
	const user = createHash('sha256').update(username.trim().toLowerCase()).digest('hex');
	return {
		pair: `${keyPrefix}pair:${user.slice(0, 32)}:${addr}`,
		address: `${keyPrefix}addr:${addr}`
	};
}

export type LoginAttempt = {
	/** A limit was already reached: refuse without looking at the password. */
	limited: boolean;
	succeeded(): Promise<void>;
	failed(): Promise<void>;
};

export async function startLoginAttempt(
	db: Database,
	username: string,
	address: string,
	settings: LoginLimitSettings,
	now: Date
): Promise<LoginAttempt> {
	const keys = loginLimitKeys(username, address);
	const attempt = await startAttempt(db, [keys.pair, keys.address], settings.windowMs, now);
	// Counts include this attempt: more than the limit means it was reached before.
	const limited =
		attempt.failuresOf(keys.pair) > settings.maxFailuresPerPair ||
		attempt.failuresOf(keys.address) > settings.maxFailuresPerAddress;
	if (limited) await attempt.takeBack();
	return {
		limited,
		async succeeded() {
			await attempt.takeBack();
			// The right password proves the pair's earlier failures were typos; the address keeps
			// its count, or one valid account would let its holder reset it between guesses.
			await db.delete(rateLimitEvents).where(eq(rateLimitEvents.key, keys.pair));
			await pruneRateLimitEvents(db, keyPrefix, new Date(now.getTime() - settings.windowMs));
		},
		failed: () => attempt.keep()
	};
}
