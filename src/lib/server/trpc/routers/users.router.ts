import { asc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { displayNameSchema, passwordSchema, usernameSchema } from '../../auth/account-rules';
import { hashPassword } from '../../auth/password';
import { deleteUserSessions } from '../../auth/session';
import { auditLog, users } from '../../db/schema';
import { appError, createRouter, roleProcedure } from '../trpc';

const staffColumns = {
	id: users.id,
	username: users.username,
	displayName: users.displayName,
	role: users.role,
	accessPointId: users.accessPointId,
	createdAt: users.createdAt,
	disabledAt: users.disabledAt
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
			const [target] = await ctx.db
				.select(staffColumns)
				.from(users)
				.where(eq(users.id, input.userId))
				.limit(1);
			if (!target) throw appError('not_found');
			const allowed =
				ctx.user.role === 'admin'
					? target.role !== 'admin'
					: target.role === 'volunteer' &&
						ctx.user.accessPointId !== null &&
						target.accessPointId === ctx.user.accessPointId;
			if (!allowed) throw appError('forbidden');
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
		})
});
