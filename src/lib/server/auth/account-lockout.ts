import { and, eq, isNull } from 'drizzle-orm';
import {
	nextTryAt,
	reachesLock,
	type AccountLockoutSettings
} from '$lib/domain/staff/login-lockout';
import type { Database } from '../db/client';
import { auditLog, users } from '../db/schema';

export {
	defaultAccountLockoutSettings,
	type AccountLockoutSettings
} from '$lib/domain/staff/login-lockout';

/**
 * One login's standing with the per-account rule ($lib/domain/staff/login-lockout), kept on the
 * account's row so that it holds across addresses and across several app servers.
 */
export type AccountAttempt =
	/** Too soon after the last failures: refuse without looking at the password. */
	| { kind: 'delayed'; retryAt: Date }
	| {
			kind: 'open';
			/** Locked: even the right password only learns that the account is locked. */
			locked: boolean;
			succeeded(): Promise<void>;
			failed(): Promise<void>;
			/**
			 * The right password during a lock: not a failure, so that the volunteer trying again
			 * is told of the lock again rather than made to wait.
			 */
			refused(): Promise<void>;
	  };

/**
 * Counts the attempt as a failure BEFORE the password is checked, under a row lock, as
 * rate-limit.ts does for addresses: a burst of parallel guesses each sees the others' count and
 * delay, instead of all passing a check made before any of them was recorded. `succeeded`
 * resets the count; `failed` locks the account once the count reaches the limit.
 */
export async function startAccountAttempt(
	db: Database,
	userId: string,
	now: Date,
	settings: AccountLockoutSettings
): Promise<AccountAttempt> {
	const standing = await db.transaction(async (tx) => {
		const [row] = await tx
			.select({
				failedLogins: users.failedLogins,
				lastFailedLoginAt: users.lastFailedLoginAt,
				lockedAt: users.lockedAt
			})
			.from(users)
			.where(eq(users.id, userId))
			.for('update');
		if (!row) return null;
		const retryAt = nextTryAt(row, now, settings);
		if (retryAt) return { kind: 'delayed' as const, retryAt };
		const failures = row.failedLogins + 1;
		await tx
			.update(users)
			.set({ failedLogins: failures, lastFailedLoginAt: now })
			.where(eq(users.id, userId));
		return { kind: 'counted' as const, failures, before: row, locked: row.lockedAt !== null };
	});
	if (standing?.kind === 'delayed') return { kind: 'delayed', retryAt: standing.retryAt };
	const locked = standing?.locked ?? false;
	return {
		kind: 'open',
		locked,
		async succeeded() {
			if (locked) return;
			await db
				.update(users)
				.set({ failedLogins: 0, lastFailedLoginAt: null })
				.where(eq(users.id, userId));
		},
		async failed() {
			if (!standing || locked || !reachesLock(standing.failures, settings)) return;
			await db.transaction(async (tx) => {
				const [lockedNow] = await tx
					.update(users)
					.set({ lockedAt: now })
					.where(and(eq(users.id, userId), isNull(users.lockedAt)))
					.returning({ id: users.id });
				// No actor: the guesses locked it. The count is a fact, not personal data.
				if (lockedNow) {
					await tx.insert(auditLog).values({
						at: now,
						action: 'auth.account_locked',
						subject: userId,
						details: { failures: standing.failures }
					});
				}
			});
		},
		async refused() {
			if (!standing) return;
			// Only if no other attempt counted meanwhile: theirs must not be undone.
			await db
				.update(users)
				.set({
					failedLogins: standing.before.failedLogins,
					lastFailedLoginAt: standing.before.lastFailedLoginAt
				})
				.where(and(eq(users.id, userId), eq(users.failedLogins, standing.failures)));
		}
	};
}

/** Lifts a lock and forgets the failures; true when the account was locked. */
export async function unlockAccount(db: Database, userId: string): Promise<boolean> {
	const [before] = await db
		.select({ lockedAt: users.lockedAt })
		.from(users)
		.where(eq(users.id, userId))
		.for('update');
	await db
		.update(users)
		.set({ lockedAt: null, failedLogins: 0, lastFailedLoginAt: null })
		.where(eq(users.id, userId));
	return before?.lockedAt != null;
}
