import { z } from 'zod';
import { createShift, listShifts, onDutyNow, removeShift } from '../../shifts/shifts';
import { createRouter, managerProcedure, publicProcedure, volunteerProcedure } from '../trpc';

/** The rota UI sends local times with their offset (+07:00); devices' records send UTC. */
const instant = z.iso.datetime({ offset: true });

/**
 * "Ca trực" (issue 7, part 7): managers set who is on duty when; the access point's coaches see
 * its rota; the public home page shows who is on duty now. Changes are audit-logged.
 */
export function createShiftsRouter(now: () => Date = () => new Date()) {
	return createRouter({
		list: volunteerProcedure
			.input(z.object({ from: instant, to: instant, accessPointId: z.uuid().optional() }))
			.query(({ ctx, input }) => listShifts(ctx.db, ctx.user, input)),

		create: managerProcedure
			.input(z.object({ volunteerId: z.uuid(), startsAt: instant, endsAt: instant }))
			.mutation(({ ctx, input }) => createShift(ctx.db, ctx.user, input)),

		remove: managerProcedure
			.input(z.object({ id: z.uuid() }))
			.mutation(({ ctx, input }) => removeShift(ctx.db, ctx.user, input.id)),

		/** Public: display names only, nothing that reaches an account. */
		onDutyNow: publicProcedure
			.input(z.object({ accessPointId: z.uuid() }))
			.query(async ({ ctx, input }) => ({
				names: await onDutyNow(ctx.db, input.accessPointId, now())
			}))
	});
}

export const shiftsRouter = createShiftsRouter();
