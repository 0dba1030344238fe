import { z } from 'zod';
import { catalogueForDevice } from '../../procedures/catalogue-query';
import { checkApplication } from '../../procedures/check-application';
import { procedureUsage } from '../../procedures/procedure-usage';
import { applicationInput } from '../../procedures/inputs';
import { createRouter, publicProcedure } from '../trpc';

export const proceduresRouter = createRouter({
	/** Validates an application with the same domain code the browser ran. */
	validate: publicProcedure
		.input(applicationInput)
		.mutation(({ ctx, input }) => checkApplication(ctx.db, input)),

	/** The published procedures for a device's offline copy; public, as the catalogue is. */
	catalogue: publicProcedure
		.input(z.object({ knownRevision: z.string().max(64).optional() }))
		.query(({ ctx, input }) => catalogueForDevice(ctx.db, input.knownRevision)),

	/**
	 * How often each procedure was used at this device's access point (the catalogue's order).
	 * Public like the catalogue: counts only; `accessPointId` is the one the device remembers.
	 */
	usage: publicProcedure
		.input(z.object({ accessPointId: z.uuid().optional() }))
		.query(({ ctx, input }) =>
			procedureUsage(ctx.db, { user: ctx.user, remembered: input.accessPointId })
		)
});
