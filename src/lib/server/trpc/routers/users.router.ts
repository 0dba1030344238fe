import { asc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { displayNameSchema, passwordSchema, usernameSchema } from '../../auth/account-rules';
import { unlockAccount } from '../../auth/account-lockout';
import { hashPassword } from '../../auth/password';
import { deleteUserSessions, type SessionUser } from '../../auth/session';
import type { Database } from '../../db/client';
import { auditLog, users } from '../../db/schema';
import { appError, createRouter, roleProcedure } from '../trpc';

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

const createVolunteerInput = z.object({
	username: usernameSchema,
	displayName: displayNameSchema,
	password: passwordSchema
});

/**
 * Staff accounts. A manager sees and runs the accounts of their own access point only, and
 * creates and disables volunteers there; an administrator sees everyone and may disable any
 * account but an administrator's. Nothing here ever returns a password hash.
 */
export const usersRouter = createRouter({
	/** Staff of the manager's access point (all staff for an administrator), disabled included. */
	list: roleProcedure('manager', 'admin').query(async ({ ctx }) => {
		const order = [asc(users.role), asc(users.username)];
		if (ctx.user.role === 'admin') {
			return ctx.db
				.select(staffColumns)
				.from(users)
				.orderBy(...order);
		}
		if (!ctx.user.accessPointId) return [];
		return ctx.db
			.select(staffColumns)
			.from(users)
			.where(eq(users.accessPointId, ctx.user.accessPointId))
			.orderBy(...order);
	}),

	/** A volunteer at the manager's own access point; the manager hands over the password. */
	createVolunteer: roleProcedure('manager')
		.input(createVolunteerInput)
		.mutation(async ({ ctx, input }) => {
			const accessPointId = ctx.user.accessPointId;
			if (!accessPointId) throw appError('forbidden');
			const passwordHash = await hashPassword(input.password);
			return ctx.db.transaction(async (tx) => {
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
				if (!created) throw appError('username_taken');
				await tx.insert(auditLog).values({
					actorUserId: ctx.user.id,
					action: 'users.create_volunteer',
					subject: created.id,
					details: { accessPointId }
				});
				return created;
			});
		}),

	/** Disables an account and ends its sessions at once; calling it again changes nothing. */
	disable: roleProcedure('manager', 'admin')
		.input(z.object({ userId: z.uuid() }))
		.mutation(async ({ ctx, input }) => {
			const target = await manageableAccount(ctx.db, ctx.user, input.userId);
			return ctx.db.transaction(async (tx) => {
				const [updated] = await tx
					.update(users)
					.set({ disabledAt: sql`coalesce(${users.disabledAt}, now())` })
					.where(eq(users.id, target.id))
					.returning({ id: users.id, disabledAt: users.disabledAt });
				const sessionsEnded = await deleteUserSessions(tx, target.id);
				await tx.insert(auditLog).values({
					actorUserId: ctx.user.id,
					action: 'users.disable',
					subject: target.id,
					details: { role: target.role, sessionsEnded }
				});
				return { id: target.id, disabledAt: updated?.disabledAt ?? null, sessionsEnded };
			});
		}),

	/**
	 * Lets a disabled account log in again (a volunteer back from a break, a mistaken click),
	 * with the password it had; the same people may do it as may disable it.
	 */
	enable: roleProcedure('manager', 'admin')
		.input(z.object({ userId: z.uuid() }))
		.mutation(async ({ ctx, input }) => {
			const target = await manageableAccount(ctx.db, ctx.user, input.userId);
			return ctx.db.transaction(async (tx) => {
				await tx.update(users).set({ disabledAt: null }).where(eq(users.id, target.id));
				if (target.disabledAt !== null) {
					await tx.insert(auditLog).values({
						actorUserId: ctx.user.id,
						action: 'users.enable',
						subject: target.id,
						details: { role: target.role }
					});
				}
				return { id: target.id, disabledAt: null };
			});
		}),

	/**
	 * Lifts the lock that too many wrong passwords in a row put on an account (issue 14), and
	 * forgets those failures; the password stays. An administrator may unlock an administrator
	 * too: a locked administrator has no other way back in.
	 */
	unlock: roleProcedure('manager', 'admin')
		.input(z.object({ userId: z.uuid() }))
		.mutation(async ({ ctx, input }) => {
			const target = await manageableAccount(ctx.db, ctx.user, input.userId, {
				adminMayRunAdmins: true
			});
			return ctx.db.transaction(async (tx) => {
				const wasLocked = await unlockAccount(tx, target.id);
				if (wasLocked) {
					await tx.insert(auditLog).values({
						actorUserId: ctx.user.id,
						action: 'users.unlock',
						subject: target.id,
						details: { role: target.role }
					});
				}
				return { id: target.id, lockedAt: null };
			});
		})
});

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
	if (!target) throw appError('not_found');
	const allowed =
		actor.role === 'admin'
			? options.adminMayRunAdmins === true || target.role !== 'admin'
			: target.role === 'volunteer' &&
				actor.accessPointId !== null &&
				target.accessPointId === actor.accessPointId;
	if (!allowed) throw appError('forbidden');
	return target;
}
