import type { ProcedureDefinition } from './procedure.schema';
import { birthRegistration } from './catalog/birth-registration';
import { birthResidenceInsurance } from './catalog/birth-residence-insurance';
import { certifiedCopy } from './catalog/certified-copy';
import { civilStatusExtractCopy } from './catalog/civil-status-extract-copy';
import { deathRegistration } from './catalog/death-registration';
import { maritalStatusConfirmation } from './catalog/marital-status-confirmation';
import { marriageRegistration } from './catalog/marriage-registration';
import { permanentResidence } from './catalog/permanent-residence';
import { residenceConfirmation } from './catalog/residence-confirmation';
import { temporaryResidence } from './catalog/temporary-residence';

/**
 * Every shipped version of every procedure. A dossier records the id and version it was filed
 * under, so old versions stay here when a procedure changes: add a new version, never edit one
 * that dossiers may refer to.
 */
export const procedureVersions: readonly ProcedureDefinition[] = [
	birthRegistration,
	birthResidenceInsurance,
	marriageRegistration,
	deathRegistration,
	maritalStatusConfirmation,
	civilStatusExtractCopy,
	certifiedCopy,
	permanentResidence,
	temporaryResidence,
	residenceConfirmation
];

function latestVersions(all: readonly ProcedureDefinition[]): ProcedureDefinition[] {
	const latest = new Map<string, ProcedureDefinition>();
	for (const definition of all) {
		const current = latest.get(definition.id);
		if (!current || definition.version > current.version) latest.set(definition.id, definition);
	}
	return [...latest.values()];
}

/** The latest version of each procedure, in catalogue order. */
export const procedures: readonly ProcedureDefinition[] = latestVersions(procedureVersions);

/** A procedure by id, the latest version unless one is asked for; undefined when unknown. */
export function getProcedure(id: string, version?: number): ProcedureDefinition | undefined {
	if (version === undefined) return procedures.find((definition) => definition.id === id);
	return procedureVersions.find(
		(definition) => definition.id === id && definition.version === version
	);
}

export function getProcedureBySlug(slug: string): ProcedureDefinition | undefined {
	return procedures.find((definition) => definition.slug === slug);
}

export type ProcedureLookup =
	| { ok: true; definition: ProcedureDefinition }
	| { ok: false; code: 'unknown_procedure' | 'unknown_version' };

/** For the server: why a submitted procedure id and version cannot be used. */
export function resolveProcedure(id: string, version?: number): ProcedureLookup {
	if (!procedureVersions.some((definition) => definition.id === id)) {
		return { ok: false, code: 'unknown_procedure' };
	}
	const definition = getProcedure(id, version);
	return definition ? { ok: true, definition } : { ok: false, code: 'unknown_version' };
}
