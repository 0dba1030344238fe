import { and, asc, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import {
	describeUnitListError,
	parseUnitList,
	UNIT_LIST_MAX_CHARS
} from '$lib/domain/units/unit-list';
import { auditLog, communesTable, provincesTable } from '../../db/schema';
import { importUnitList } from '../../units/import-units';
import { adminProcedure, appError, createRouter, publicProcedure } from '../trpc';

const isoDate = z
	.string()
	.max(10)
	.regex(/^\d{4}-\d{2}-\d{2}$/);

/** The official list is ~300 KB; hooks.server.ts sizes this route's body limit from it. */

export const unitsRouter = createRouter({
	provinces: publicProcedure.query(({ ctx }) =>
		ctx.db
			.select({
				code: provincesTable.code,
				name: provincesTable.name,
				fullName: provincesTable.fullName
			})
			.from(provincesTable)
			.where(isNull(provincesTable.effectiveTo))
			.orderBy(asc(provincesTable.code))
	),

	/** Communes in force in one province; empty when none were imported (typed name then). */
	communes: publicProcedure
		.input(z.object({ provinceCode: z.string().regex(/^\d{2}$/) }))
		.query(({ ctx, input }) =>
			ctx.db
				.select({
					code: communesTable.code,
					name: communesTable.name,
					fullName: communesTable.fullName
				})
				.from(communesTable)
				.where(
					and(eq(communesTable.provinceCode, input.provinceCode), isNull(communesTable.effectiveTo))
				)
				.orderBy(asc(communesTable.name))
		),

	/** Administrators import the official list (JSON of the shared dataset, or CSV). */
	import: adminProcedure
		.input(
			z.object({
				format: z.enum(['json', 'csv']),
				content: z.string().min(1).max(UNIT_LIST_MAX_CHARS),
				effectiveFrom: isoDate.optional()
			})
		)
		.mutation(async ({ ctx, input }) => {
			const parsed = parseUnitList(input.content, input.format, input.effectiveFrom);
			if (!parsed.ok) {
				throw appError('invalid_input', parsed.errors.map(describeUnitListError).join('\n'));
			}
			const report = await importUnitList(ctx.db, parsed.list);
			await ctx.db.insert(auditLog).values({
				actorUserId: ctx.user.id,
				action: 'units.import',
				details: {
					effectiveFrom: parsed.list.effectiveFrom,
					added: report.communes.added,
					retired: report.communes.retired
				}
			});
			return { effectiveFrom: parsed.list.effectiveFrom, report };
		})
});
