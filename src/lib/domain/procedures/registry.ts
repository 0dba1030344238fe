/**
 * STOPGAP while issue 16 lands: the shipped documents bundled through Vite. Product code moves
 * to the server's store and the device's copy; this file is deleted when nothing imports it.
 */
import { createProcedureCatalogue, type ProcedureLookup } from './catalogue';
import { procedureDefinitionSchema, type ProcedureDefinition } from './procedure.schema';

const files = import.meta.glob<unknown>('../../server/procedures/documents/*.json', {
	eager: true,
	import: 'default'
});
const catalogue = createProcedureCatalogue(
	Object.values(files).map((document) => procedureDefinitionSchema.parse(document))
);

export const procedureVersions: readonly ProcedureDefinition[] = catalogue.versions;
export const procedures: readonly ProcedureDefinition[] = catalogue.procedures();
export const getProcedure = catalogue.get;
export const getProcedureBySlug = catalogue.bySlug;
export type { ProcedureLookup };
export const resolveProcedure = catalogue.resolve;
