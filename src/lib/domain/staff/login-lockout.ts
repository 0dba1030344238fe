/**
 * Login guessing per account, whatever the address (issue 14). Guesses spread over many
 * addresses escape the per-address limits, so each account also counts its wrong passwords in
 * a row: after a few, every further try waits a delay that doubles per failure up to a cap, and
 * after `lockAfterFailures` (at most 100, NIST SP 800-63B 5.2.2) the account is locked until a
 * manager or an administrator lifts it. A right password resets the count.
 */
export type AccountLockoutSettings = {
	/** Wrong passwords in a row that cost nothing (typos). */
	freeFailures: number;
	/** The wait after the first failure past the free ones; it doubles with each further one. */
	firstDelayMs: number;
	maxDelayMs: number;
	lockAfterFailures: number;
};

/**
 * Twice the per-(account, address) limit of login-limit.ts before any wait: someone guessing
 * from one place is stopped there first, and the volunteer typing at the access point is not
 * held up by them; only guesses from many places make the account wait.
 */
export const defaultAccountLockoutSettings: AccountLockoutSettings = {
	freeFailures: 10,
	firstDelayMs: 30 * 1000,
	maxDelayMs: 15 * 60 * 1000,
	lockAfterFailures: 100
};

/** What an account's row says about logins: failures in a row and the lock. */
export type AccountLoginRecord = {
	failedLogins: number;
	lastFailedLoginAt: Date | null;
	lockedAt: Date | null;
};

/** How long a try must wait after `failures` wrong passwords in a row. */
export function delayAfterFailures(failures: number, settings: AccountLockoutSettings): number {
	if (failures < settings.freeFailures) return 0;
	// Capped before the power: 2 ** 1000 is Infinity, and the cap is reached long before.
	const doublings = Math.min(failures - settings.freeFailures, 52);
	return Math.min(settings.maxDelayMs, settings.firstDelayMs * 2 ** doublings);
}

/** The first moment the account may try a password again, or null when it may now. */
export function nextTryAt(
	record: AccountLoginRecord,
	now: Date,
	settings: AccountLockoutSettings
): Date | null {
	if (!record.lastFailedLoginAt) return null;
	const at = record.lastFailedLoginAt.getTime() + delayAfterFailures(record.failedLogins, settings);
	return at > now.getTime() ? new Date(at) : null;
}

/** Whether this many failures in a row lock the account. */
export function reachesLock(failures: number, settings: AccountLockoutSettings): boolean {
	return failures >= settings.lockAfterFailures;
}
