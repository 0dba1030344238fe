import { AppError } from '$lib/errors/app-error';
import { resolveProcedure } from '$lib/domain/procedures/registry';
import { validateApplication } from '$lib/domain/procedures/validate-application';
import type { Database } from '../db/client';
import type { ApplicationInput } from './inputs';
import { unitLookupFor } from './unit-lookup';

/**
 * Validates an application with the same domain code the browser ran, against the
 * administrative units this server knows.
 */
export async function checkApplication(db: Database, input: ApplicationInput) {
	const lookup = resolveProcedure(input.procedureId, input.procedureVersion);
	if (!lookup.ok) throw new AppError('unknown_procedure');
	const units = await unitLookupFor(db, input.answers);
	const result = validateApplication(lookup.definition, input.answers, { units });
	return { ok: result.ok, issues: result.issues };
}
