import { z } from 'zod';
import { referenceSnapshot } from '../../reference-data/reference-snapshot';
import { createRouter, publicProcedure } from '../trpc';

/**
 * The administrator's reference data a device keeps for offline work (office, province fees,
 * mobile prefixes): only the revision when the device already has it. Public, like the
 * catalogue: a device syncs it before anyone logs in.
 */
export const referenceDataRouter = createRouter({
	snapshot: publicProcedure
		.input(z.object({ knownRevision: z.string().max(100).optional() }))
		.query(({ ctx, input }) => referenceSnapshot(ctx.db, input.knownRevision))
});
