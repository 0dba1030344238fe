import { z } from 'zod';
import { daysBetween, isIsoDate } from '$lib/domain/validation/dates';
import { availableScopes } from '../../dashboard/dashboard-access';
import { dashboardFiguresFor } from '../../dashboard/dashboard';
import { createRouter, roleProcedure } from '../trpc';

const isoDate = z.string().max(10).refine(isIsoDate, 'yyyy-mm-dd');

const figuresInput = z.object({
	scope: z.discriminatedUnion('kind', [
		z.object({ kind: z.literal('point'), accessPointId: z.uuid().optional() }),
		z.object({
			kind: z.literal('ward'),
			communeCode: z
				.string()
				.regex(/^\d{5}$/)
				.optional()
		}),
		z.object({ kind: z.literal('all') })
	]),
	period: z
		.object({ from: isoDate, to: isoDate, bucket: z.enum(['week', 'month']) })
		// Up to two years: enough for a year-on-year view, small enough to stay fast.
		.refine((p) => p.from <= p.to && daysBetween(p.from, p.to) <= 731, 'period')
});

const dashboardProcedure = roleProcedure('manager', 'officer', 'admin');

/** "Bảng số liệu" (issue 9): figures without personal data, scoped by role. */
export const dashboardRouter = createRouter({
	scopes: dashboardProcedure.query(({ ctx }) => availableScopes(ctx.db, ctx.user)),
	figures: dashboardProcedure
		.input(figuresInput)
		.query(({ ctx, input }) => dashboardFiguresFor(ctx.db, ctx.user, input.scope, input.period))
});
