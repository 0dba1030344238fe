import { eq } from 'drizzle-orm';
import { AppError } from '$lib/errors/app-error';
import { unlockAccount } from '../auth/account-lockout';
import { normalizeUsername } from '$lib/domain/staff/account-rules';
import { passwordSchema } from '../auth/account-rules';
import { hashPassword, randomReadablePassword } from '../auth/password';
import { deleteUserSessions } from '../auth/session';
import type { Database } from '../db/client';
import { auditLog, users, type Role } from '../db/schema';

export type PasswordReset = {
	username: string;
	role: Role;
	/** Shown once by whoever asked; only its hash is stored. */
	password: string;
	wasLocked: boolean;
	sessionsEnded: number;
	/** A disabled account stays disabled: a new password does not undo a manager's decision. */
	disabled: boolean;
};

/**
 * A new password for a staff account, from the server's own console (`npm run accounts:reset`):
 * the way back in for whoever lost the demo passwords printed once, or a locked-out
 * administrator. It also lifts the lock, ends the account's sessions (whoever knew the old
 * password is logged out) and writes an audit line with no actor, as the console has none.
 * `not_found` for an unknown username, `invalid_input` for a given password too short or long.
 */
export async function resetStaffPassword(
	db: Database,
	username: string,
	password?: string
): Promise<PasswordReset> {
	if (password !== undefined && !passwordSchema.safeParse(password).success) {
		throw new AppError('invalid_input');
	}
	const newPassword = password ?? randomReadablePassword();
	const passwordHash = await hashPassword(newPassword);
	return db.transaction(async (tx) => {
		const [target] = await tx
			.select({
				id: users.id,
				username: users.username,
				role: users.role,
				disabledAt: users.disabledAt
			})
			.from(users)
			.where(eq(users.username, normalizeUsername(username)))
			.limit(1)
			.for('update');
		if (!target) throw new AppError('not_found');
		await tx.update(users).set({ passwordHash }).where(eq(users.id, target.id));
		const wasLocked = await unlockAccount(tx, target.id);
		const sessionsEnded = await deleteUserSessions(tx, target.id);
		await tx.insert(auditLog).values({
			action: 'users.reset_password',
			subject: target.id,
			details: { role: target.role, via: 'console', wasLocked, sessionsEnded }
		});
		return {
			username: target.username,
			role: target.role,
			password: newPassword,
			wasLocked,
			sessionsEnded,
			disabled: target.disabledAt !== null
		};
	});
}
