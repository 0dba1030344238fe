import { and, asc, eq, isNull } from 'drizzle-orm';
import { AppError } from '$lib/errors/app-error';
import { describeUnitListError, parseUnitList } from '$lib/domain/units/unit-list';
import type { Database } from '../db/client';
import { auditLog, communesTable, provincesTable } from '../db/schema';
import { importUnitList } from './import-units';

/** The provinces in force, by code. */
export function provincesInForce(db: Database) {
	return db
		.select({
			code: provincesTable.code,
			name: provincesTable.name,
			fullName: provincesTable.fullName
		})
		.from(provincesTable)
		.where(isNull(provincesTable.effectiveTo))
		.orderBy(asc(provincesTable.code));
}

/** Communes in force in one province, by name; empty when none were imported. */
export function communesInForce(db: Database, provinceCode: string) {
	return db
		.select({
			code: communesTable.code,
			name: communesTable.name,
			fullName: communesTable.fullName
		})
		.from(communesTable)
		.where(and(eq(communesTable.provinceCode, provinceCode), isNull(communesTable.effectiveTo)))
		.orderBy(asc(communesTable.name));
}

/**
 * An administrator's import of the official list (JSON of the shared dataset, or CSV): parsed
 * with the domain's rules, refused whole with every error line, or applied and audit-logged.
 */
export async function importUnitListText(
	db: Database,
	actorUserId: string,
	input: { format: 'json' | 'csv'; content: string; effectiveFrom?: string }
) {
	const parsed = parseUnitList(input.content, input.format, input.effectiveFrom);
	if (!parsed.ok) {
		throw new AppError('invalid_input', parsed.errors.map(describeUnitListError).join('\n'));
	}
	const report = await importUnitList(db, parsed.list);
	await db.insert(auditLog).values({
		actorUserId,
		action: 'units.import',
		details: {
			effectiveFrom: parsed.list.effectiveFrom,
			added: report.communes.added,
			retired: report.communes.retired
		}
	});
	return { effectiveFrom: parsed.list.effectiveFrom, report };
}
