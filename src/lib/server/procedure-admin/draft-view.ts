import { and, desc, eq, lt, ne } from 'drizzle-orm';
import { diffProcedures, type ProcedureChange } from '$lib/domain/procedures/procedure-diff';
import {
	procedureDefinitionSchema,
	type ProcedureDefinition
} from '$lib/domain/procedures/procedure.schema';
import { AppError } from '$lib/errors/app-error';
import type { Database } from '../db/client';
import { procedureVersions, type ProcedureVersionStatus } from '../db/schema';

const asDefinition = (row: { document: ProcedureDefinition; effectiveFrom: string | null }) =>
	procedureDefinitionSchema.parse({
		...row.document,
		...(row.effectiveFrom ? { effectiveFrom: row.effectiveFrom } : {})
	});

/**
 * One version as the administrator reviews it (a draft before publishing, usually): the document
 * for the preview in the real wizard, and what changed from the published version before it.
 */
export async function versionForReview(
	db: Database,
	input: { id: string; version: number }
): Promise<{
	document: ProcedureDefinition;
	status: ProcedureVersionStatus;
	changes: ProcedureChange[];
}> {
	const [row] = await db
		.select()
		.from(procedureVersions)
		.where(and(eq(procedureVersions.id, input.id), eq(procedureVersions.version, input.version)))
		.limit(1);
	if (!row) throw new AppError('not_found');
	const [before] = await db
		.select()
		.from(procedureVersions)
		.where(
			and(
				eq(procedureVersions.id, input.id),
				lt(procedureVersions.version, input.version),
				ne(procedureVersions.status, 'draft')
			)
		)
		.orderBy(desc(procedureVersions.version))
		.limit(1);
	const document = asDefinition(row);
	return {
		document,
		status: row.status,
		changes: diffProcedures(before ? asDefinition(before) : undefined, document)
	};
}
