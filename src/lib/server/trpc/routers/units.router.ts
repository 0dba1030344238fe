import { z } from 'zod';
import { UNIT_LIST_MAX_CHARS } from '$lib/domain/units/unit-list';
import { communesInForce, importUnitListText, provincesInForce } from '../../units/unit-lists';
import { adminProcedure, createRouter, publicProcedure } from '../trpc';

const isoDate = z
	.string()
	.max(10)
	.regex(/^\d{4}-\d{2}-\d{2}$/);

/** The official list is ~300 KB; hooks.server.ts sizes this route's body limit from it. */

export const unitsRouter = createRouter({
	provinces: publicProcedure.query(({ ctx }) => provincesInForce(ctx.db)),

	/** Communes in force in one province; empty when none were imported (typed name then). */
	communes: publicProcedure
		.input(z.object({ provinceCode: z.string().regex(/^\d{2}$/) }))
		.query(({ ctx, input }) => communesInForce(ctx.db, input.provinceCode)),

	/** Administrators import the official list (JSON of the shared dataset, or CSV). */
	import: adminProcedure
		.input(
			z.object({
				format: z.enum(['json', 'csv']),
				content: z.string().min(1).max(UNIT_LIST_MAX_CHARS),
				effectiveFrom: isoDate.optional()
			})
		)
		.mutation(({ ctx, input }) => importUnitListText(ctx.db, ctx.user.id, input))
});
