import { resolveProcedure } from '$lib/domain/procedures/registry';
import { validateApplication } from '$lib/domain/procedures/validate-application';
import { applicationInput } from '../../procedures/inputs';
import { unitLookupFor } from '../../procedures/unit-lookup';
import { appError, createRouter, publicProcedure } from '../trpc';

export const proceduresRouter = createRouter({
	/** Validates an application with the same domain code the browser ran. */
	validate: publicProcedure.input(applicationInput).mutation(async ({ ctx, input }) => {
		const lookup = resolveProcedure(input.procedureId, input.procedureVersion);
		if (!lookup.ok) throw appError('unknown_procedure');
		const units = await unitLookupFor(ctx.db, input.answers);
		const result = validateApplication(lookup.definition, input.answers, { units });
		return { ok: result.ok, issues: result.issues };
	})
});
