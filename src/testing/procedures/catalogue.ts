/**
 * The shipped procedure documents (`src/lib/server/procedures/documents/`), read from disk for
 * specs, benchmarks and the fuzzer: the same catalogue a fresh server seeds into its database.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createProcedureCatalogue } from '../../lib/domain/procedures/catalogue';
import {
	procedureDefinitionSchema,
	type ProcedureDefinition
} from '../../lib/domain/procedures/procedure.schema';
import type { PracticeCase } from '../../lib/domain/practice/practice-case';

export const documentsDir = fileURLToPath(
	new URL('../../lib/server/procedures/documents/', import.meta.url)
);

/** Every shipped document, parsed by the one schema, in file-name order. */
export function readShippedDocuments(): ProcedureDefinition[] {
	return readdirSync(documentsDir)
		.filter((name) => name.endsWith('.json'))
		.sort()
		.map((name) =>
			procedureDefinitionSchema.parse(JSON.parse(readFileSync(documentsDir + name, 'utf8')))
		);
}

/** The sample answers of the shipped practice cases were written for this day. */
const catalogue = createProcedureCatalogue(readShippedDocuments(), { today: () => '2026-11-22' });

export const shippedCatalogue = catalogue;
export const procedureVersions = catalogue.versions;
export const procedures: readonly ProcedureDefinition[] = catalogue.procedures();
export const getProcedure = catalogue.get;
export const getProcedureBySlug = catalogue.bySlug;
export const resolveProcedure = catalogue.resolve;

/** The shipped practice cases, each with its procedure id, in catalogue order. */
export const practiceCases: readonly PracticeCase[] = procedures.flatMap((definition) =>
	(definition.practiceCases ?? []).map((c) => ({ ...c, procedureId: definition.id }))
);

const shipped = (id: string): ProcedureDefinition => {
	const definition = getProcedure(id);
	if (!definition) throw new Error(`The shipped documents have no procedure ${id}`);
	return definition;
};

export const birthRegistration = shipped('dang-ky-khai-sinh');
export const birthResidenceInsurance = shipped('2.000986');
export const marriageRegistration = shipped('dang-ky-ket-hon');
export const deathRegistration = shipped('dang-ky-khai-tu');
export const maritalStatusConfirmation = shipped('xac-nhan-tinh-trang-hon-nhan');
export const civilStatusExtractCopy = shipped('cap-ban-sao-trich-luc-ho-tich');
export const certifiedCopy = shipped('chung-thuc-ban-sao-tu-ban-chinh');
export const permanentResidence = shipped('dang-ky-thuong-tru');
export const temporaryResidence = shipped('dang-ky-tam-tru');
export const residenceConfirmation = shipped('xac-nhan-thong-tin-cu-tru');

export function practiceCase(id: string): PracticeCase | undefined {
	return practiceCases.find((c) => c.id === id);
}
