import { z } from 'zod';
import { displayNameSchema, passwordSchema, usernameSchema } from '../../auth/account-rules';
import {
	createVolunteer,
	disableAccount,
	enableAccount,
	listStaff,
	unlockStaffAccount
} from '../../users/staff-accounts';
import { createRouter, roleProcedure } from '../trpc';

const createVolunteerInput = z.object({
	username: usernameSchema,
	displayName: displayNameSchema,
	password: passwordSchema
});

const accountInput = z.object({ userId: z.uuid() });

const managerOrAdmin = roleProcedure('manager', 'admin');

/**
 * Staff accounts ("Tài khoản"): a manager runs the volunteers of their own access point, an
 * administrator everyone (server/users/staff-accounts.ts says who may do what).
 */
export const usersRouter = createRouter({
	/** Staff of the manager's access point (all staff for an administrator), disabled included. */
	list: managerOrAdmin.query(({ ctx }) => listStaff(ctx.db, ctx.user)),

	/** A volunteer at the manager's own access point; the manager hands over the password. */
	createVolunteer: roleProcedure('manager')
		.input(createVolunteerInput)
		.mutation(({ ctx, input }) => createVolunteer(ctx.db, ctx.user, input)),

	/** Disables an account and ends its sessions at once; calling it again changes nothing. */
	disable: managerOrAdmin
		.input(accountInput)
		.mutation(({ ctx, input }) => disableAccount(ctx.db, ctx.user, input.userId)),

	/** Lets a disabled account log in again, with the password it had. */
	enable: managerOrAdmin
		.input(accountInput)
		.mutation(({ ctx, input }) => enableAccount(ctx.db, ctx.user, input.userId)),

	/** Lifts the lock that too many wrong passwords in a row put on an account (issue 14). */
	unlock: managerOrAdmin
		.input(accountInput)
		.mutation(({ ctx, input }) => unlockStaffAccount(ctx.db, ctx.user, input.userId))
});
