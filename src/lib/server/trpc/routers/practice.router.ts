import { z } from 'zod';
import { outcomes } from '$lib/domain/coaching/attribution';
import {
	createExercise,
	defaultPracticeSettings,
	exerciseCodePattern,
	joinExercise,
	reportSeat,
	viewExercise,
	type PracticeSettings
} from '../../practice/exercises';
import { createRouter, publicProcedure, volunteerProcedure } from '../trpc';

/** Typed on a PC from the big screen: spaces dropped, lower case raised, O read as 0. */
const code = z
	.string()
	.max(16)
	.transform((c) => c.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1'))
	.pipe(z.string().regex(exerciseCodePattern));

const count = z.number().int().min(0).max(100);

/**
 * Group practice (issue 7, item 5). A staff member starts an exercise on one sample case; PCs
 * join anonymously by its code and report only counts when they finish.
 */
export function createPracticeRouter(
	overrides: Partial<PracticeSettings> = {},
	clock: () => Date = () => new Date()
) {
	const settings = { ...defaultPracticeSettings, ...overrides };
	return createRouter({
		create: volunteerProcedure
			.input(
				// The case must be one of a published procedure's (checked in createExercise).
				z.object({ caseId: z.string().min(1).max(64) })
			)
			.mutation(({ ctx, input }) =>
				createExercise(ctx.db, ctx.user, input.caseId, settings, clock())
			),

		/** Public: the PCs of an IT club have no account. Wrong codes are limited per address. */
		join: publicProcedure
			.input(z.object({ code }))
			.mutation(({ ctx, input }) =>
				joinExercise(ctx.db, input.code, ctx.clientAddress, settings, clock())
			),

		/** Public, but only the holder of a seat's token can report for it. */
		report: publicProcedure
			.input(
				z.object({
					token: z
						.string()
						.max(22)
						.regex(/^[A-Za-z0-9_-]{22}$/),
					stepsTotal: count,
					stepsAlone: count,
					outcomes: z.strictObject(
						Object.fromEntries(outcomes.map((o) => [o, count])) as {
							[K in (typeof outcomes)[number]]: typeof count;
						}
					)
				})
			)
			.mutation(async ({ ctx, input }) => {
				await reportSeat(ctx.db, input, clock());
				return { ok: true as const };
			}),

		view: volunteerProcedure
			.input(z.object({ code }))
			.query(({ ctx, input }) => viewExercise(ctx.db, ctx.user, input.code, clock()))
	});
}

export const practiceRouter = createPracticeRouter();
