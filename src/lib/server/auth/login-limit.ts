import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Database } from '../db/client';
import { rateLimitEvents } from '../db/schema';
import { addressKey, pruneRateLimitEvents, startAttempt } from '../rate-limit';

/**
 * Failed logins are counted here per (username, address) pair and per address: the pair limit
 * stops guessing one account from one place, the address limit trying many accounts from one
 * place. Guesses spread over many addresses are bounded per account by account-lockout.ts, with
 * a growing wait and a lock a manager lifts, so that a volunteer is never shut out for long
 * by someone guessing from elsewhere without someone who can help knowing of it.
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
	/** Refused for another reason than the password (the account must wait): not a failure. */
	refused(): Promise<void>;
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
		failed: () => attempt.keep(),
		refused: () => attempt.takeBack()
	};
}
