import { mobilePrefixListSchema } from '$lib/domain/validation/mobile-prefix-list';
import { phonePrefixList, setPhonePrefixList } from '../../phone-prefixes/phone-prefix-list';
import { adminProcedure, createRouter, staffProcedure } from '../trpc';

/**
 * The mobile prefixes phone validation knows (/quan-tri/dau-so-di-dong): 3-digit prefixes, and
 * the 4-digit ones retired in 2018 with the prefix each became. Devices get it with the
 * reference data; the server checks dossiers against the same list.
 */
export const phonePrefixesRouter = createRouter({
	get: staffProcedure.query(({ ctx }) => phonePrefixList(ctx.db)),

	set: adminProcedure
		.input(mobilePrefixListSchema)
		.mutation(({ ctx, input }) => setPhonePrefixList(ctx.db, ctx.user.id, input))
});
