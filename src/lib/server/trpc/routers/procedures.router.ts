import { checkApplication } from '../../procedures/check-application';
import { applicationInput } from '../../procedures/inputs';
import { createRouter, publicProcedure } from '../trpc';

export const proceduresRouter = createRouter({
	/** Validates an application with the same domain code the browser ran. */
	validate: publicProcedure
		.input(applicationInput)
		.mutation(({ ctx, input }) => checkApplication(ctx.db, input))
});
