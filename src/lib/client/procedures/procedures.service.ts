/** The procedure catalogue as the server serves it, and the server's own check of an application. */
import type { ProcedureDefinition } from '$lib/domain/procedures/procedure.schema';
import { api, type RouterInputs, type RouterOutputs } from '../api';

export type ServerValidation = RouterOutputs['procedures']['validate'];

/**
 * `procedures.catalogue`: the published versions a device keeps (in effect, in grace, or taking
 * effect later), left out when the device already holds `knownRevision`.
 */
export type CatalogueAnswer = { revision: string; versions?: ProcedureDefinition[] };

/** `application` is the wizard's answer; the server's zod schema checks its shape. */
export const validateOnServer = async (application: unknown): Promise<ServerValidation> =>
	(await api()).procedures.validate.mutate(application as RouterInputs['procedures']['validate']);

export const fetchProcedureCatalogue = async (knownRevision?: string): Promise<CatalogueAnswer> =>
	(await api()).procedures.catalogue.query(knownRevision ? { knownRevision } : {});

/** `procedures.usage`: dossiers per procedure at this device's access point, the last year. */
export type UsageAnswer = RouterOutputs['procedures']['usage'];

export const fetchProcedureUsage = async (accessPointId?: string): Promise<UsageAnswer> =>
	(await api()).procedures.usage.query(accessPointId ? { accessPointId } : {});
