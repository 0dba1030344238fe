import { asc, eq, sql } from 'drizzle-orm';
import { AppError } from '$lib/errors/app-error';
import { unlockAccount } from '../auth/account-lockout';
import { hashPassword } from '../auth/password';
import { deleteUserSessions, type SessionUser } from '../auth/session';
import type { Database } from '../db/client';
import { auditLog, users } from '../db/schema';

/**
 * Staff accounts. A manager sees and runs the accounts of their own access point only, and
 * creates and disables volunteers there; an administrator sees everyone and may disable any
 * account but an administrator's. Nothing here ever returns a password hash.
 */

const staffColumns = {
	id: users.id,
	username: users.username,
	displayName: users.displayName,
	role: users.role,
	accessPointId: users.accessPointId,
	createdAt: users.createdAt,
	disabledAt: users.disabledAt,
	lockedAt: users.lockedAt
};

/** Staff of the manager's access point (all staff for an administrator), disabled included. */
export async function listStaff(db: Database, actor: SessionUser) {
	const order = [asc(users.role), asc(users.username)];
	if (actor.role === 'admin') {
		return db
			.select(staffColumns)
			.from(users)
			.orderBy(...order);
	}
	if (!actor.accessPointId) return [];
	return db
		.select(staffColumns)
		.from(users)
		.where(eq(users.accessPointId, actor.accessPointId))
		.orderBy(...order);
}

/** A volunteer at the manager's own access point; the manager hands over the password. */
export async function createVolunteer(
	db: Database,
	actor: SessionUser,
	input: { username: string; displayName: string; password: string }
) {
	const accessPointId = actor.accessPointId;
	if (!accessPointId) throw new AppError('forbidden');
	const passwordHash = await hashPassword(input.password);
	return db.transaction(async (tx) => {
		const [created] = await tx
			.insert(users)
			.values({
				username: input.username,
				displayName: input.displayName,
				role: 'volunteer',
				passwordHash,
				accessPointId
			})
			.onConflictDoNothing({ target: users.username })
			.returning(staffColumns);
		if (!created) throw new AppError('username_taken');
		await tx.insert(auditLog).values({
			actorUserId: actor.id,
			action: 'users.create_volunteer',
			subject: created.id,
			details: { accessPointId }
		});
		return created;
	});
}

/** Disables an account and ends its sessions at once; calling it again changes nothing. */
export async function disableAccount(db: Database, actor: SessionUser, userId: string) {
	const target = await manageableAccount(db, actor, userId);
	return db.transaction(async (tx) => {
		const [updated] = await tx
			.update(users)
			.set({ disabledAt: sql`coalesce(${users.disabledAt}, now())` })
			.where(eq(users.id, target.id))
			.returning({ id: users.id, disabledAt: users.disabledAt });
		const sessionsEnded = await deleteUserSessions(tx, target.id);
		await tx.insert(auditLog).values({
			actorUserId: actor.id,
			action: 'users.disable',
			subject: target.id,
			details: { role: target.role, sessionsEnded }
		});
		return { id: target.id, disabledAt: updated?.disabledAt ?? null, sessionsEnded };
	});
}

/**
 * Lets a disabled account log in again (a volunteer back from a break, a mistaken click), with
 * the password it had; the same people may do it as may disable it.
 */
export async function enableAccount(db: Database, actor: SessionUser, userId: string) {
	const target = await manageableAccount(db, actor, userId);
	return db.transaction(async (tx) => {
		await tx.update(users).set({ disabledAt: null }).where(eq(users.id, target.id));
		if (target.disabledAt !== null) {
			await tx.insert(auditLog).values({
				actorUserId: actor.id,
				action: 'users.enable',
				subject: target.id,
				details: { role: target.role }
			});
		}
		return { id: target.id, disabledAt: null };
	});
}

/**
 * Lifts the lock that too many wrong passwords in a row put on an account (issue 14), and
 * forgets those failures; the password stays. An administrator may unlock an administrator
 * too: a locked administrator has no other way back in.
 */
export async function unlockStaffAccount(db: Database, actor: SessionUser, userId: string) {
	const target = await manageableAccount(db, actor, userId, { adminMayRunAdmins: true });
	return db.transaction(async (tx) => {
		const wasLocked = await unlockAccount(tx, target.id);
		if (wasLocked) {
			await tx.insert(auditLog).values({
				actorUserId: actor.id,
				action: 'users.unlock',
				subject: target.id,
				details: { role: target.role }
			});
		}
		return { id: target.id, lockedAt: null };
	});
}

/**
 * The account a manager or administrator asks to disable, enable or unlock, if theirs to run: a
 * manager runs the volunteers of their own access point; an administrator anyone but an
 * administrator (unless `adminMayRunAdmins`).
 */
async function manageableAccount(
	db: Database,
	actor: SessionUser,
	userId: string,
	options: { adminMayRunAdmins?: boolean } = {}
) {
	const [target] = await db.select(staffColumns).from(users).where(eq(users.id, userId)).limit(1);
	if (!target) throw new AppError('not_found');
	const allowed =
		actor.role === 'admin'
			? options.adminMayRunAdmins === true || target.role !== 'admin'
			: target.role === 'volunteer' &&
				actor.accessPointId !== null &&
				target.accessPointId === actor.accessPointId;
	if (!allowed) throw new AppError('forbidden');
	return target;
}
