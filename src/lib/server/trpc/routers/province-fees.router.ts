import { z } from 'zod';
import { safeText } from '$lib/domain/text/safe-text';
import { provinceFeeUnits } from '$lib/domain/procedures/province-fees';
import {
	provinceFeeRows,
	removeProvinceFee,
	setProvinceFee
} from '../../province-fees/province-fee-schedule';
import { adminProcedure, createRouter } from '../trpc';

const provinceCode = z.string().regex(/^\d{2}$/);
const procedureId = z.string().min(1).max(100);
/** Free text is optional: an empty field stores nothing. */
const optionalText = (max: number) =>
	safeText({ max })
		.optional()
		.transform((value) => (value ? value : undefined));

/**
 * Each province's figures for fees the province sets (/quan-tri/muc-thu). Only administrators
 * read the screen's rows; devices get the office's province's figures with the reference data.
 */
export const provinceFeesRouter = createRouter({
	/** Every procedure whose fee the province sets, with this province's figure or none. */
	list: adminProcedure
		.input(z.object({ provinceCode }))
		.query(({ ctx, input }) => provinceFeeRows(ctx.db, input.provinceCode)),

	set: adminProcedure
		.input(
			z.object({
				provinceCode,
				procedureId,
				amountVnd: z.number().int().min(0).max(100_000_000),
				per: z.enum(provinceFeeUnits),
				label: optionalText(200),
				note: optionalText(500),
				decision: optionalText(200)
			})
		)
		.mutation(({ ctx, input }) => setProvinceFee(ctx.db, ctx.user.id, stripped(input))),

	remove: adminProcedure
		.input(z.object({ provinceCode, procedureId }))
		.mutation(({ ctx, input }) => removeProvinceFee(ctx.db, ctx.user.id, input))
});

/** Absent optional texts are left out rather than carried as undefined. */
function stripped<T extends Record<string, unknown>>(input: T) {
	return Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) as T;
}
