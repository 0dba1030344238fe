import { z } from 'zod';
import { isIsoDate } from '$lib/domain/validation/dates';
import { versionForReview } from '../../procedure-admin/draft-view';
import { listProcedures } from '../../procedure-admin/procedure-list';
import { uploadProcedureFile } from '../../procedure-admin/upload';
import { discardDraft, publishDraft, retireProcedure } from '../../procedures/procedure-publishing';
import { adminProcedure, createRouter } from '../trpc';

const id = z.string().min(1).max(64);
const version = z.number().int().positive().max(1_000_000);
const isoDate = z.string().max(10).refine(isIsoDate);

/**
 * The administrator's procedures (/quan-tri/thu-tuc, issue 16): upload as drafts, review the
 * changes, publish from a day, retire, discard a draft. Every action writes an audit line.
 */
export const procedureAdminRouter = createRouter({
	list: adminProcedure.query(({ ctx }) => listProcedures(ctx.db)),

	/** The file's size is checked before it is decoded; body-limit.ts bounds the request too. */
	upload: adminProcedure
		.input(
			z.object({
				fileName: z.string().min(1).max(255),
				contentBase64: z.string().min(1)
			})
		)
		.mutation(({ ctx, input }) => uploadProcedureFile(ctx.db, ctx.user.id, input)),

	draft: adminProcedure
		.input(z.object({ id, version }))
		.query(({ ctx, input }) => versionForReview(ctx.db, input)),

	publish: adminProcedure
		.input(z.object({ id, version, effectiveFrom: isoDate }))
		.mutation(({ ctx, input }) => publishDraft(ctx.db, { ...input, by: ctx.user.id })),

	retire: adminProcedure
		.input(z.object({ id }))
		.mutation(({ ctx, input }) => retireProcedure(ctx.db, { ...input, by: ctx.user.id })),

	discard: adminProcedure
		.input(z.object({ id, version }))
		.mutation(({ ctx, input }) => discardDraft(ctx.db, { ...input, by: ctx.user.id }))
});
