import { officeSchema, officeSetting, setOfficeSetting } from '../../office/office-setting';
import { adminProcedure, createRouter, staffProcedure } from '../trpc';

/**
 * The office that receives dossiers (/quan-tri/co-quan): its names as receipts print them, the
 * head of office who signs the apology letter, the public address of receipts' QR codes. Staff
 * read it whole; devices get its public part with the reference data.
 */
export const officeRouter = createRouter({
	get: staffProcedure.query(({ ctx }) => officeSetting(ctx.db)),

	/** Replaces the whole office, audit-logged field by field (old → new). */
	set: adminProcedure
		.input(officeSchema)
		.mutation(({ ctx, input }) => setOfficeSetting(ctx.db, ctx.user.id, input))
});
